import Foundation
import ModqCore
import Testing

/// 8 `modq decide --from` processes x 500 decisions on one log, plus 25 reviews every
/// writer tries to decide: no gaps, a valid chain, each review decided exactly once.
@Suite(.serialized) struct ConcurrentWritersTests {
  @Test func eightWritersFiveHundredEach() throws {
    let dir = try makeTempDirectory("writers")
    let shared = (0..<25).map { "s-\($0)" }
    let queue = try makeQueue(in: dir, count: 4000, extra: shared)
    let log = dir + "/audit.jsonl"
    var pids: [(pid_t, String)] = []
    for w in 0..<8 {
      var lines = ""
      for n in 0..<500 {
        lines += "{\"review\":\"r-\(w * 500 + n)\",\"verdict\":\"publish\",\"id\":\"w\(w)-\(n)\"}\n"
        if n % 20 == 0 {
          lines += "{\"review\":\"s-\(n / 20)\",\"verdict\":\"reject\",\"id\":\"w\(w)-s\(n)\"}\n"
        }
      }
      let from = dir + "/w\(w).jsonl"
      try lines.write(toFile: from, atomically: true, encoding: .utf8)
      let out = dir + "/w\(w).out"
      let pid = try ModqProcess.start(
        ["decide", queue, "--from", from, "--audit", log, "--batch", "40", "--moderator", "w\(w)"],
        stdout: out, stderr: dir + "/w\(w).err")
      pids.append((pid, out))
    }
    var acknowledged: [String] = []
    for (pid, out) in pids {
      let code = ModqProcess.wait(pid)
      #expect(code == 0 || code == 3, "writer exit \(code)")
      acknowledged += acknowledgedIDs(ModqProcess.text(out))
    }
    let (verification, state) = try AuditVerifier.verifyAndFold(path: log)
    #expect(verification.isOK, "\(verification.summary)")
    #expect(verification.count == 4000 + 25)
    #expect(acknowledged.count == 4025)
    for id in acknowledged { #expect(state.seq(forID: id) != nil) }
    let events = try AuditVerifier.events(path: log)
    #expect(events.map(\.seq) == Array(1...4025))
    var perReview: [String: Int] = [:]
    for e in events { perReview[e.review ?? "", default: 0] += 1 }
    #expect(perReview.count == 4025)
    #expect(perReview.values.allSatisfy { $0 == 1 })
    let (code, stdout, _) = try ModqProcess.run(["verify", log], in: dir)
    #expect(code == 0 && stdout.hasPrefix("ok 4025 \(verification.head)"))
  }
}
