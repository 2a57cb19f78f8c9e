import Foundation
import Testing

/// `modq screen` spills the duplicate fingerprints of complete 4,096-row blocks to an unlinked
/// temporary file; when that file cannot be made, they stay in memory with a warning on stderr
/// and the output is the same.
@Suite struct ScreenSpillTests {
  /// 9,000 reviews (two complete blocks and a partial one): one long text repeated every 1,500
  /// reviews, so its group spans all three blocks; the rest too short to take part.
  static func queue(in dir: String) throws -> String {
    let text = "The tent pitched quickly in the rain and kept the four of us dry through two "
      + "stormy nights at the lake camp"
    var lines = ""
    for i in 0..<9000 {
      let body = i % 1500 == 7 ? text : "Fine \(i)."
      lines += "{\"id\": \"s-\(i)\", \"rating\": 4, \"body\": \"\(body)\"}\n"
    }
    let path = dir + "/queue.jsonl"
    try lines.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  func screen(_ args: [String], in dir: String, tmpdir: String) throws -> (Int32, String, String) {
    let out = dir + "/out-\(UUID().uuidString)"
    let err = dir + "/err-\(UUID().uuidString)"
    let pid = try ModqProcess.start(
      ["screen"] + args, stdout: out, stderr: err, environment: ["TMPDIR": tmpdir])
    let code = ModqProcess.wait(pid)
    return (code, ModqProcess.text(out), ModqProcess.text(err))
  }

  @Test func spilledAndKeptInMemoryGiveTheSameOutput() throws {
    let dir = try makeTempDirectory("screen-spill")
    let queue = try Self.queue(in: dir)
    let (code, spilled, err) = try screen([queue], in: dir, tmpdir: dir)
    #expect(code == 0, "\(err)")
    #expect(!err.contains("kept in memory"))
    let lines = spilled.split(separator: "\n")
    #expect(lines.count == 9000)
    let flagged = lines.filter { $0.contains("\"integrity.duplicate\"") }
    #expect(flagged.count == 6)
    #expect(flagged.first?.contains("\"s-7507\"") == true)
    // No file is left behind: it was unlinked at once.
    let left = try FileManager.default.contentsOfDirectory(atPath: dir)
    #expect(!left.contains { $0.hasPrefix("modq-fingerprints-") })

    let (memoryCode, inMemory, memoryErr) = try screen(
      ["--threads", "1", queue], in: dir, tmpdir: dir + "/missing")
    #expect(memoryCode == 0, "\(memoryErr)")
    #expect(memoryErr.contains("fingerprint spill file: create in \(dir)/missing failed"))
    #expect(memoryErr.contains("fingerprints kept in memory"))
    #expect(inMemory == spilled)
  }
}
