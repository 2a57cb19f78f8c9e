import Foundation
import Testing

@testable import ModqCore

/// Claims, leases and fencing (ClaimRules) on a real log, with a fixed wall clock.
@Suite struct ClaimRulesTests {
  /// A log and a clock: `now` is what the rules see; leases are absolute ms.
  final class Fixture {
    let dir: String
    let path: String
    let log: AuditLog
    var now: Int64 = 1_000_000

    init() throws {
      dir = try makeTempDir("claims")
      path = dir + "/audit.jsonl"
      log = try AuditLog(path: path)
    }

    /// Appends under the rules at `now`.
    @discardableResult
    func append(_ draft: AuditDraft) throws -> AuditEvent {
      let now = self.now
      return try log.append(draft) { state, d in try ClaimRules.check(state, d, nowMs: now) }
    }

    func claim(_ review: String, by moderator: String, leaseMs: Int64 = 10_000) throws -> Int {
      try append(
        .claim(review: review, queue: "q.jsonl", leaseUntilMs: now + leaseMs, moderator: moderator)
      ).seq
    }

    func decide(_ review: String, by moderator: String, token: Int?, _ verdict: Verdict = .publish)
      throws -> AuditEvent
    {
      var draft = sampleDecision(review, verdict)
      draft.moderator = moderator
      return try append(draft.fenced(by: token))
    }

    /// The refusal `body` throws (nil if it did not throw one).
    func refusal(_ body: () throws -> Any) -> ClaimRefusal.Kind? {
      do {
        _ = try body()
        return nil
      } catch let refusal as ClaimRefusal {
        return refusal.kind
      } catch {
        return nil
      }
    }
  }

  @Test func aLiveClaimKeepsOthersOutAndAnExpiredOneIsTakenOver() throws {
    let f = try Fixture()
    let ana = try f.claim("r-1", by: "ana")
    let kind = f.refusal { try f.claim("r-1", by: "bo") }
    guard case .claimed(let held) = kind else {
      Issue.record("expected claimed, got \(String(describing: kind))")
      return
    }
    #expect(held.seq == ana && held.moderator == "ana")
    f.now += 10_001
    let bo = try f.claim("r-1", by: "bo")
    #expect(bo > ana)
    #expect(f.log.state.claim(for: "r-1")?.moderator == "bo")
    #expect(f.log.state.liveClaims(nowMs: f.now).map(\.seq) == [bo])
  }

  @Test func aModeratorCanTakeOverTheirOwnLiveClaim() throws {
    let f = try Fixture()
    let crashed = try f.claim("r-1", by: "ana")
    let restarted = try f.claim("r-1", by: "ana")
    #expect(restarted > crashed)
    guard case .lost = f.refusal({ try f.decide("r-1", by: "ana", token: crashed) }) else {
      Issue.record("the superseded session's token must be refused")
      return
    }
    #expect(f.refusal { try f.claim("r-1", by: "bo") } != nil)
    _ = try f.decide("r-1", by: "ana", token: restarted)
  }

  @Test func theFirstDecisionWins() throws {
    let f = try Fixture()
    let ana = try f.claim("r-1", by: "ana")
    _ = try f.decide("r-1", by: "ana", token: ana, .reject)
    let kind = f.refusal { try f.decide("r-1", by: "bo", token: nil) }
    guard case .decided(let first) = kind else {
      Issue.record("expected decided, got \(String(describing: kind))")
      return
    }
    #expect(first.moderator == "ana" && first.verdict == .reject)
    // A retry of ana's own decision with a new id is refused too: never written twice.
    #expect(f.refusal { try f.decide("r-1", by: "ana", token: ana) } != nil)
    let events = try AuditVerifier.events(path: f.path)
    #expect(events.filter { $0.type.isDecision }.count == 1)
    #expect(f.log.state.claim(for: "r-1") == nil)
  }

  @Test func aStaleFencingTokenIsRefused() throws {
    let f = try Fixture()
    let ana = try f.claim("r-1", by: "ana", leaseMs: 5_000)
    f.now += 6_000
    let bo = try f.claim("r-1", by: "bo")
    let kind = f.refusal { try f.decide("r-1", by: "ana", token: ana) }
    guard case .lost(let token, let now) = kind else {
      Issue.record("expected lost, got \(String(describing: kind))")
      return
    }
    #expect(token == ana && now?.seq == bo)
    #expect(
      f.refusal {
        try f.append(
          .renew(review: "r-1", claim: ana, leaseUntilMs: f.now + 9_000, moderator: "ana"))
      } != nil)
    let decided = try f.decide("r-1", by: "bo", token: bo)
    #expect(f.log.state.decision(for: "r-1")?.seq == decided.seq)
    #expect(decided["claim"]?.intValue == bo)
  }

  @Test func anExpiredClaimNobodyTookCanStillDecideAndRenew() throws {
    let f = try Fixture()
    let ana = try f.claim("r-1", by: "ana", leaseMs: 1_000)
    f.now += 5_000
    try f.append(.renew(review: "r-1", claim: ana, leaseUntilMs: f.now + 2_000, moderator: "ana"))
    #expect(f.log.state.claim(for: "r-1")?.leaseUntilMs == f.now + 2_000)
    #expect(f.log.state.claim(for: "r-1")?.isLive(nowMs: f.now) == true)
    _ = try f.decide("r-1", by: "ana", token: ana)
  }

  @Test func renewalsExtendTheLease() throws {
    let f = try Fixture()
    let ana = try f.claim("r-1", by: "ana", leaseMs: 3_000)
    for step in 1...3 {
      f.now += 2_000
      try f.append(
        .renew(review: "r-1", claim: ana, leaseUntilMs: f.now + 3_000, moderator: "ana"))
      #expect(f.refusal { try f.claim("r-1", by: "bo") } != nil, "renewal \(step)")
    }
    f.now += 3_001
    #expect(try f.claim("r-1", by: "bo") > ana)
  }

  @Test func aReleasedClaimFreesTheReviewAndADecisionWithoutClaimChecksOthers() throws {
    let f = try Fixture()
    let ana = try f.claim("r-1", by: "ana")
    guard case .claimed = f.refusal({ try f.decide("r-1", by: "bo", token: nil) }) else {
      Issue.record("a decision without a claim must respect a live claim")
      return
    }
    try f.append(.release(review: "r-1", claim: ana, moderator: "ana"))
    #expect(f.log.state.claim(for: "r-1") == nil)
    guard case .lost = f.refusal({ try f.decide("r-1", by: "ana", token: ana) }) else {
      Issue.record("a released claim must not fence a decision")
      return
    }
    _ = try f.decide("r-1", by: "bo", token: nil)
  }

  @Test func theFoldOnDiskMatchesTheWriter() throws {
    let f = try Fixture()
    let ana = try f.claim("r-1", by: "ana", leaseMs: 4_321)
    _ = try f.claim("r-2", by: "bo")
    try f.append(.renew(review: "r-1", claim: ana, leaseUntilMs: f.now + 9_999, moderator: "ana"))
    let (verification, state) = try AuditVerifier.verifyAndFold(path: f.path)
    #expect(verification.isOK)
    #expect(state.claim(for: "r-1")?.leaseUntilMs == f.now + 9_999)
    #expect(state.claim(for: "r-2")?.moderator == "bo")
    #expect(state.liveClaims(nowMs: f.now).count == 2)
    #expect(state.liveClaims(nowMs: f.now + 20_000).isEmpty)
  }

  @Test func reviewsChangedAfterASeqNameWhatAFollowerMustRecheck() throws {
    let f = try Fixture()
    let ana = try f.claim("r-1", by: "ana")
    let mark = f.log.state.eventCount
    #expect(f.log.state.reviewsChanged(after: mark).isEmpty)
    _ = try f.append(.annotate(review: "r-9", queue: "q.jsonl", note: "n", moderator: "ana"))
    _ = try f.claim("r-2", by: "bo")
    let decided = try f.decide("r-1", by: "ana", token: ana)
    _ = try f.append(.undo(target: decided.seq, moderator: "ana"))
    #expect(f.log.state.reviewsChanged(after: mark) == ["r-2", "r-1"])
    #expect(f.log.state.reviewsChanged(after: 0) == ["r-1", "r-2"])
  }

  @Test func leaseTimesRoundTrip() {
    for ms: Int64 in [0, 1_234, 1_795_000_000_123, 951_782_400_000] {
      let text = "\"" + LeaseClock.format(ms: ms) + "\""
      let parsed = Array(text.utf8).withUnsafeBytes { LeaseClock.parse($0, 0, $0.count) }
      #expect(parsed == ms, "\(text)")
    }
    #expect(LeaseClock.format(ms: 1_795_000_000_123) == "2026-11-18T11:06:40.123Z")
    let bad = Array("\"2026-13-01T00:00:00.000Z\"".utf8)
    #expect(bad.withUnsafeBytes { LeaseClock.parse($0, 0, $0.count) } == nil)
  }
}
