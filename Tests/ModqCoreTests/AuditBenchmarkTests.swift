import Crypto
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

  /// The generated log is byte-stable (benchmark figures stay comparable across changes):
  /// its SHA-256 is pinned, and it verifies.
  @Test func generatedLogIsByteStable() throws {
    let dir = try makeTempDir("bench")
    let path = dir + "/log.jsonl"
    let size = try AuditLogGenerator.write(path: path, events: 500)
    let bytes = readBytes(path)
    #expect(size == bytes.count)
    #expect(
      Hex.string(SHA256.hash(data: bytes))
        == "6ba2ccca55a1f772acd318906468a0e33c36b50a7b7e708f43cb912f7362a7fd")
    #expect(try AuditVerifier.verify(path: path).isOK)
    #expect(try AuditLogGenerator.write(path: path, events: 0) == 0)
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
