import Foundation
import ModqCore
import Testing

/// 8 `modq decide --from` processes x 500 decisions on one log, plus 25 reviews every
/// writer tries to decide: no gaps, a valid chain, each review decided exactly once.
/// And issue #7's proof: 8 moderators work the same queue of 1,000 reviews (100 under plain
/// `swift test`), each in its own order, one decision per lock and sync.
@Suite(.serialized) struct ConcurrentWritersTests {
  @Test func eightModeratorsDecideEachReviewExactlyOnce() throws {
    let reviews = ProofScale.pick(small: 100, ci: 1000, release: 1000)
    let writers = 8
    let dir = try makeTempDirectory("moderators")
    let ids = (0..<reviews).map { "r-\($0)" }
    let queue = try makeQueue(in: dir, count: reviews)
    let log = dir + "/audit.jsonl"
    let started = Date()
    var pids: [(pid_t, String, String)] = []
    for w in 0..<writers {
      // Each moderator starts at a different point of the queue and shuffles a little.
      let first: Int = w * reviews / writers
      var order: [String] = Array(ids[first...]) + Array(ids[..<first])
      for i in stride(from: 0, to: order.count - 1, by: 2) where Bool.random() {
        order.swapAt(i, i + 1)
      }
      var text = ""
      for id in order {
        text += "{\"review\":\"\(id)\",\"verdict\":\"publish\",\"id\":\"m\(w)-\(id)\"}\n"
      }
      let from = dir + "/m\(w).jsonl"
      try text.write(toFile: from, atomically: true, encoding: .utf8)
      let pid = try ModqProcess.start(
        ["decide", queue, "--from", from, "--audit", log, "--batch", "1", "--moderator", "m\(w)"],
        stdout: dir + "/m\(w).out", stderr: dir + "/m\(w).err")
      pids.append((pid, dir + "/m\(w).out", dir + "/m\(w).err"))
    }
    var acknowledged: [String] = []
    var refused = 0
    for (pid, out, err) in pids {
      let code = ModqProcess.wait(pid)
      #expect(
        code == 0 || code == 3, "moderator exit \(code): \(ModqProcess.text(err).prefix(300))")
      acknowledged += acknowledgedIDs(ModqProcess.text(out))
      refused += ModqProcess.text(err).components(separatedBy: "is already decided").count - 1
    }
    let seconds = Int(Date().timeIntervalSince(started).rounded())
    let (verification, state) = try AuditVerifier.verifyAndFold(path: log)
    #expect(verification.isOK, "\(verification.summary)")
    let events = try AuditVerifier.events(path: log)
    #expect(events.map(\.seq) == Array(1...max(1, events.count)), "seq gaps")
    var perReview: [String: Int] = [:]
    for e in events { perReview[e.review ?? "", default: 0] += 1 }
    #expect(perReview.count == reviews, "reviews decided: \(perReview.count) of \(reviews)")
    #expect(perReview.values.allSatisfy { $0 == 1 }, "a review decided twice")
    #expect(acknowledged.count == reviews && Set(acknowledged).count == reviews)
    for id in acknowledged { #expect(state.seq(forID: id) != nil, "acknowledged \(id) lost") }
    #expect(refused == reviews * (writers - 1), "refusals \(refused)")
    let (code, stdout, _) = try ModqProcess.run(["verify", log], in: dir)
    #expect(code == 0 && stdout.hasPrefix("ok \(reviews) "), "\(stdout)")
    var figures = "moderators: \(writers) processes x \(reviews) reviews, "
    figures += "\(events.count) decisions (each review exactly once), "
    figures += "\(refused) refused as already decided, chain ok, \(seconds) s"
    ProofScale.report(figures)
  }

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
