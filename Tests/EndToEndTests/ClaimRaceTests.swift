import Foundation
import ModqCore
import Testing

/// `modq decide` takes the claim rules' path: processes racing on the same reviews decide
/// each exactly once (the first decision wins, the rest exit 3), a live claim by someone
/// else is refused, an expired one is not.
@Suite(.serialized) struct ClaimRaceTests {
  @Test func racingProcessesDecideEachReviewExactlyOnce() throws {
    let dir = try makeTempDirectory("race")
    let reviews = 200
    let queue = try makeQueue(in: dir, count: reviews)
    let log = dir + "/audit.jsonl"
    var running: [(pid_t, String, String)] = []
    for (w, step) in [1, 3, 7, 9].enumerated() {
      // Every writer wants every review once, in its own order (steps coprime to 200).
      let order = (0..<reviews).map { ($0 * step + 37 * w) % reviews }
      var lines = ""
      for r in order {
        lines += "{\"review\":\"r-\(r)\",\"verdict\":\"publish\",\"id\":\"w\(w)-\(r)\"}\n"
      }
      let from = dir + "/w\(w).jsonl"
      try lines.write(toFile: from, atomically: true, encoding: .utf8)
      let out = dir + "/w\(w).out"
      let err = dir + "/w\(w).err"
      let pid = try ModqProcess.start(
        ["decide", queue, "--from", from, "--audit", log, "--batch", "8", "--moderator", "w\(w)"],
        stdout: out, stderr: err)
      running.append((pid, out, err))
    }
    var acknowledged: [String] = []
    var refusals = 0
    for (pid, out, err) in running {
      let code = ModqProcess.wait(pid)
      #expect(code == 0 || code == 3, "writer exit \(code)")
      acknowledged += acknowledgedIDs(ModqProcess.text(out))
      refusals +=
        ModqProcess.text(err).split(separator: "\n")
        .filter { $0.contains("refused: review") && $0.contains("already decided") }.count
    }
    #expect(acknowledged.count == reviews)
    #expect(refusals == 3 * reviews)
    let (verification, state) = try AuditVerifier.verifyAndFold(path: log)
    #expect(verification.isOK, "\(verification.summary)")
    let decisions = try AuditVerifier.events(path: log).filter(\.type.isDecision)
    #expect(decisions.count == reviews)
    #expect(Set(decisions.compactMap(\.review)).count == reviews)
    #expect(state.decisions.count == reviews)
  }

  @Test func aLiveClaimByAnotherModeratorIsRefusedAnExpiredOneIsNot() throws {
    let dir = try makeTempDirectory("claimed")
    let queue = try makeQueue(in: dir, count: 3)
    let path = dir + "/audit.jsonl"
    let log = try AuditLog(path: path)
    let now = LeaseClock.nowMs()
    _ = try log.append(
      .claim(review: "r-0", queue: queue, leaseUntilMs: now + 3_600_000, moderator: "ana"),
      check: ClaimRules.checkNow)
    _ = try log.append(
      .claim(review: "r-1", queue: queue, leaseUntilMs: now - 1_000, moderator: "ana"),
      check: ClaimRules.checkNow)
    let decide = { (review: String) in
      try ModqProcess.run(
        [
          "decide", queue, "--review", review, "--verdict", "reject", "--audit", path,
          "--moderator", "bo",
        ], in: dir)
    }
    let (held, _, heldErr) = try decide("r-0")
    #expect(held == 3)
    #expect(heldErr.contains("review 'r-0' is claimed by ana"))
    let (expired, expiredOut, _) = try decide("r-1")
    #expect(expired == 0 && expiredOut.hasPrefix("recorded "))
    let (again, _, againErr) = try decide("r-1")
    #expect(again == 3 && againErr.contains("already decided (reject by bo"))
    let decisions = try AuditVerifier.events(path: path).filter(\.type.isDecision)
    #expect(decisions.compactMap(\.review) == ["r-1"])
  }
}
