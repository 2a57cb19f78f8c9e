import Foundation
import Testing

@testable import ModqCore

/// The benchmark floors measure what they say (counts only; no timing is asserted).
@Suite struct AuditBenchmarkTests {
  @Test func hashLinesCoversEveryLineUpToItsHashMember() throws {
    let dir = try makeTempDir("bench")
    let path = dir + "/log.jsonl"
    try AuditLogGenerator.write(path: path, events: 120)
    let hashed = try AuditBenchmark.hashLines(path: path)
    let bytes = readBytes(path)
    #expect(hashed.lines == 120)
    #expect(hashed.bytes == bytes.count - 120 * 76)
    #expect(throws: AuditError.self) { try AuditBenchmark.hashLines(path: dir + "/absent") }
  }

  @Test func rawSyncsAndSyncTimingIOReportEachSync() throws {
    let dir = try makeTempDir("bench")
    let micros = try AuditBenchmark.rawSyncs(path: dir + "/raw", count: 3, lineBytes: 50)
    #expect(micros.count == 3 && micros.allSatisfy { $0 > 0 })
    #expect(!FileManager.default.fileExists(atPath: dir + "/raw"))
    let io = SyncTimingIO()
    let log = try AuditLog(path: dir + "/a.jsonl", io: io)
    #expect(io.lastSyncMicros == 0)
    _ = try log.append(sampleDecision("r-1"))
    #expect(io.lastSyncMicros > 0)
  }
}
