import Foundation
import Testing
@testable import ModqCore

/// The columnar report must give exactly the figures of the old builder
/// (`ReferenceReportBuilder`), on generated logs: the benchmark's synthetic log, and a rough
/// one with the edge cases (no suggestion, repeated criteria, escalations without reasons,
/// undos of non-decisions and of themselves, odd ratings, equal times, idle gaps).
@Suite struct ReportAgreementTests {
  func open(_ events: some Sequence<(String, AuditDraft)>) throws -> ReplayLog {
    let path = NSTemporaryDirectory() + "modq-report-agree-\(UUID().uuidString).jsonl"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try TimedLogWriter.write(path: path, events: events)
    let log = try ReplayLog(path: path)
    #expect(log.verification.isOK)
    return log
  }

  /// Stars 0...7 per review (0 unknown, above 5 clamped), deterministic.
  func ratings(_ index: ReplayIndex, seed: UInt64) -> [UInt8] {
    var random = SeededRandom(seed: seed)
    return (0..<index.reviewCount).map { _ in UInt8(random.below(8)) }
  }

  func expectAgreement(_ index: ReplayIndex, ratings: [UInt8]?, idle: Int) {
    let fast = ModerationReport.reports(
      index, by: ReportGrouping.allCases, ratings: ratings, idleLimitSeconds: idle)
    for (grouping, report) in zip(ReportGrouping.allCases, fast) {
      let old = ReferenceReportBuilder.report(
        index, by: grouping, ratings: ratings, idleLimitSeconds: idle)
      let single = ModerationReport(index, by: grouping, ratings: ratings, idleLimitSeconds: idle)
      #expect(report.rows == old.rows, "\(grouping) rows, idle \(idle)")
      #expect(report.total == old.total, "\(grouping) total, idle \(idle)")
      #expect(report.rejectsByRating == old.rejectsByRating)
      #expect(report.escalationsByReason.map(\.reason) == old.escalationsByReason.map(\.reason))
      #expect(report.escalationsByReason.map(\.count) == old.escalationsByReason.map(\.count))
      for format in ReportFormat.allCases {
        #expect(report.rendered(as: format) == old.rendered(as: format), "\(grouping) \(format)")
        #expect(single.rendered(as: format) == old.rendered(as: format))
      }
    }
  }

  @Test func syntheticLogAgreesWithTheOldBuilder() throws {
    for seed: UInt64 in [7, 11] {
      let log = try open(SyntheticAuditLog(events: 6000, seed: seed))
      #expect(log.index.count == 6000)
      for idle in [1800, 30, 0] {
        expectAgreement(log.index, ratings: nil, idle: idle)
        expectAgreement(log.index, ratings: ratings(log.index, seed: seed), idle: idle)
      }
    }
  }

  @Test func roughLogAgreesWithTheOldBuilder() throws {
    let log = try open(RoughAuditLog(events: 4000, seed: 3))
    #expect(log.index.count == 4000)
    for idle in [1800, 20] {
      expectAgreement(log.index, ratings: nil, idle: idle)
      expectAgreement(log.index, ratings: ratings(log.index, seed: 5), idle: idle)
    }
  }

  @Test func fixtureAgreesWithTheOldBuilder() throws {
    let log = try ReplayFixture.open()
    let ratings = try ReviewResolver(paths: [ReplayFixture.queuePath]).ratings(for: log.index)
    expectAgreement(log.index, ratings: ratings, idle: 1800)
    expectAgreement(log.index, ratings: nil, idle: 3600)
  }

  @Test func medianBySelectionEqualsSorting() {
    var random = SeededRandom(seed: 9)
    for n in [1, 2, 3, 4, 5, 10, 101, 1000] {
      for spread in [1, 3, 1_000_000] {
        var values = (0..<n).map { _ in Int64(random.below(spread)) }
        let sorted = values.sorted()
        let expected = n % 2 == 1
          ? Double(sorted[n / 2]) : Double(sorted[n / 2 - 1] + sorted[n / 2]) / 2
        let median = values.withUnsafeMutableBufferPointer { MedianSelection.median($0) }
        #expect(median == expected, "n \(n) spread \(spread)")
      }
    }
    var none: [Int64] = []
    #expect(none.withUnsafeMutableBufferPointer { MedianSelection.median($0) } == nil)
  }
}

/// Random events covering what the synthetic log does not: decisions without suggestion,
/// repeated and unsorted criteria, escalations with no reason, undos aimed anywhere
/// (sessions, undos, later seqs, 0), several events in the same second, and long idle gaps.
struct RoughAuditLog: Sequence {
  let events: Int
  let seed: UInt64

  func makeIterator() -> AnyIterator<(String, AuditDraft)> {
    var random = SeededRandom(seed: seed)
    var clock: Int64 = 1_795_420_800_000
    var produced = 0
    let names = ["ana", "bo", "chen", "(none)"]
    let criteria = ["pii.phone", "profanity", "threat", "(none)", "b", "a"]
    return AnyIterator {
      guard produced < events else { return nil }
      produced += 1
      clock += Int64([0, 0, 1000, 7000, 45_000, 4_000_000][random.below(6)])
      let who = names[random.below(names.count)]
      let ts = ReplayTime.format(clock)
      let roll = random.below(100)
      if roll < 8 {
        let id = "x-\(produced)"
        return (ts, .session(start: roll < 4, queue: "q.jsonl", moderator: who, id: id))
      }
      if roll < 14 {
        let target = [0, produced - 1, produced + 3, random.below(produced + 1)][random.below(4)]
        return (ts, .undo(target: target, moderator: who, id: "x-\(produced)"))
      }
      if roll < 17 {
        return (ts, .skip(review: "r-\(random.below(50))", queue: "q.jsonl", moderator: who))
      }
      func pick() -> [String] {
        (0..<random.below(4)).map { _ in criteria[random.below(criteria.count)] }
      }
      let verdicts: [Verdict?] = [nil, .publish, .reject, .escalate]
      let suggestion = AuditSuggestion(verdict: verdicts[random.below(4)], criteria: pick())
      return (
        ts,
        .decision(
          review: "r-\(random.below(300))", queue: "q.jsonl", reviewSHA256: "00",
          suggested: suggestion, final: Verdict.allCases[random.below(3)], criteria: pick(),
          policy: "p", moderator: who, id: "x-\(produced)")
      )
    }
  }
}
