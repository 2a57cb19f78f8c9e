import Foundation
import ModqCore
import Testing

/// Writers are killed with SIGKILL at random moments, 40 rounds x 4 writers (75 rounds, 300
/// kills with MODQ_PROOF=ci; 1,250 rounds, 5,000 kills with MODQ_PROOF=release); every tenth
/// round a torn half line is also left at the end, as a crash mid-write would. Every
/// acknowledged decision must survive, torn tails must be quarantined, the chain must verify.
@Suite(.serialized) struct KillLoopTests {
  @Test func acknowledgedDecisionsSurviveKillNine() throws {
    let dir = try makeTempDirectory("kill")
    let rounds = ProofScale.pick(small: 40, ci: 75, release: 1250)
    let started = Date()
    let writers = 4
    let perWriter = 12
    let log = dir + "/audit.jsonl"
    var generator = SystemRandomNumberGenerator()
    var acknowledged: [String] = []
    var injected: [Int] = []
    for round in 0..<rounds {
      let current = readFile(log)
      if round % 10 == 5, current.last == 10 {
        let size = current.count
        let half = Array("{\"seq\":999999,\"ts\":\"2026-11-23T00:00:00Z\",\"moderator\":\"x\"".utf8)
        let handle = try #require(FileHandle(forWritingAtPath: log))
        try handle.seekToEnd()
        try handle.write(contentsOf: half)
        try handle.close()
        injected.append(size)
      }
      // A small queue per round keeps start-up short; review ids stay unique across rounds.
      let roundDir = dir + "/round\(round)"
      try FileManager.default.createDirectory(atPath: roundDir, withIntermediateDirectories: true)
      let first = round * writers * perWriter
      let queue = try makeQueue(
        in: roundDir, count: 0, extra: (first..<(first + writers * perWriter)).map { "r-\($0)" })
      var running: [(pid_t, String)] = []
      for w in 0..<writers {
        var lines = ""
        for n in 0..<perWriter {
          let review = (round * writers + w) * perWriter + n
          lines +=
            "{\"review\":\"r-\(review)\",\"verdict\":\"reject\",\"criteria\":[\"pii.phone\"]}\n"
        }
        let from = dir + "/r\(round)w\(w).jsonl"
        try lines.write(toFile: from, atomically: true, encoding: .utf8)
        let out = dir + "/r\(round)w\(w).out"
        let pid = try ModqProcess.start(
          ["decide", queue, "--from", from, "--audit", log, "--batch", "1"],
          stdout: out, stderr: dir + "/r\(round)w\(w).err")
        running.append((pid, out))
      }
      // Kill at a random moment after the first acknowledgement (or after 10 s).
      let deadline = Date().addingTimeInterval(10)
      while Date() < deadline, !running.contains(where: { !readFile($0.1).isEmpty }) {
        usleep(2_000)
      }
      usleep(UInt32.random(in: 0...60_000, using: &generator))
      for (pid, _) in running { kill(pid, SIGKILL) }
      for (pid, out) in running {
        _ = ModqProcess.wait(pid)
        acknowledged += acknowledgedIDs(ModqProcess.text(out))
      }
    }
    // A last writer recovers anything torn by the final round.
    let queue = try makeQueue(in: dir, count: 1)
    let (code, _, stderr) = try ModqProcess.run(
      ["decide", queue, "--review", "r-0", "--verdict", "publish", "--audit", log], in: dir)
    #expect(code == 0 || code == 3, "\(stderr)")
    let (verification, state) = try AuditVerifier.verifyAndFold(path: log)
    #expect(verification.isOK, "\(verification.summary)")
    #expect(!acknowledged.isEmpty)
    for id in acknowledged { #expect(state.seq(forID: id) != nil, "acknowledged \(id) lost") }
    let recovered = Set(verification.recoveries.map(\.offset))
    for offset in injected {
      #expect(recovered.contains(offset), "injected torn tail at \(offset) not recovered")
      let fragment = readFile(log + ".torn-\(offset)")
      #expect(fragment.starts(with: Array("{\"seq\":999999".utf8)))
    }
    let (verifyCode, stdout, _) = try ModqProcess.run(["verify", log], in: dir)
    #expect(verifyCode == 0, "\(stdout)")
    let kills = rounds * writers
    let seconds = Int(Date().timeIntervalSince(started).rounded())
    let torn = verification.recoveries.count
    var figures = "kill -9: \(kills) writers killed in \(rounds) rounds, "
    figures += "\(acknowledged.count) acknowledged decisions all present, "
    figures += "\(verification.count) events, \(torn) torn tails quarantined "
    figures += "(\(injected.count) injected), chain ok, \(seconds) s"
    ProofScale.report(figures)
  }

  func readFile(_ path: String) -> [UInt8] {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
  }
}
