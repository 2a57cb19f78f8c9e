import Foundation
import Testing
@testable import ModqCore

@Suite("Daily queues: new / merge")
struct DailyQueueTests {
  func line(_ id: String, _ body: String) -> String {
    "{\"id\":\"\(id)\",\"rating\":4,\"body\":\"\(body)\",\"x_extra\":[1, 2]}"
  }

  @Test("drops duplicate ids and reviews already decided; keeps kept lines byte for byte")
  func build() throws {
    let dir = try makeTempDir("daily")
    let a = dir + "/a.jsonl"
    let b = dir + "/b.jsonl"
    try writeBytes(a, Array([line("r1", "one"), line("r2", "two"), "not json", line("r1", "dup")].joined(separator: "\n").utf8) + [0x0A])
    try writeBytes(b, Array([line("r2", "again"), line("r3", "three"), line("r4", "four")].joined(separator: "\n").utf8) + [0x0A])
    let logPath = dir + "/audit.jsonl"
    let log = try AuditLog(path: logPath)
    _ = try log.append(sampleDecision("r3", .reject))
    let undone = try log.append(sampleDecision("r4", .reject))
    _ = try log.append(AuditDraft.undo(target: undone.seq, moderator: "ana"))
    let (verification, state) = try AuditVerifier.verifyAndFold(path: logPath)
    #expect(verification.isOK)

    let out = dir + "/day.jsonl"
    let writer = try AtomicFileWriter(path: out)
    var drops: [QueueDrop] = []
    let summary = try DailyQueueBuilder(state: state).build(inputs: [a, b], into: writer) {
      drops.append($0)
    }
    try writer.commit()
    let kept = String(decoding: readBytes(out), as: UTF8.self)
    #expect(kept == [line("r1", "one"), line("r2", "two"), line("r4", "four")].joined(separator: "\n") + "\n")
    #expect(summary.kept == 3)
    #expect(summary.read == 7)
    #expect(summary.dropped == ["duplicate": 2, "decided": 1, "malformed": 1])
    let decided = try #require(drops.first { $0.code == "decided" })
    #expect(decided.id == "r3" && decided.file == b && decided.line == 2)
    #expect(drops.contains { $0.id == "r2" && $0.reason == .duplicate(file: a, line: 2) })
    #expect(!FileManager.default.fileExists(atPath: writer.tempPath))
  }

  @Test("merge into one of its inputs replaces it atomically")
  func mergeInPlace() throws {
    let dir = try makeTempDir("merge")
    let q = dir + "/q.jsonl"
    let extra = dir + "/new.jsonl"
    try writeBytes(q, Array((line("r1", "one") + "\n").utf8))
    try writeBytes(extra, Array((line("r2", "two") + "\n" + line("r1", "dup") + "\n").utf8))
    let writer = try AtomicFileWriter(path: q)
    let summary = try DailyQueueBuilder().build(inputs: [q, extra], into: writer) { _ in }
    try writer.commit()
    #expect(summary.kept == 2)
    #expect(String(decoding: readBytes(q), as: UTF8.self) == line("r1", "one") + "\n" + line("r2", "two") + "\n")
  }

  @Test("an uncommitted writer leaves the target untouched and removes its temporary file")
  func uncommitted() throws {
    let dir = try makeTempDir("atomic")
    let q = dir + "/q.jsonl"
    try writeBytes(q, Array("old\n".utf8))
    var temp = ""
    do {
      let writer = try AtomicFileWriter(path: q)
      try writer.writeLine(Array("new".utf8))
      temp = writer.tempPath
    }
    #expect(String(decoding: readBytes(q), as: UTF8.self) == "old\n")
    #expect(!temp.isEmpty && !FileManager.default.fileExists(atPath: temp))
  }
}
