import Foundation
import Testing
@testable import ModqCore

/// `ReplayLoader` verifies in slices (the head first, then chunks in the background): the
/// result must be exactly that of one pass over the whole file, whatever the slice sizes,
/// on good logs, damaged ones, and logs with a recovered torn fragment.
@Suite struct ReplayLoaderTests {
  static let chunks = [1, 250, 700, 4096, Int.max]

  func write(_ bytes: [UInt8]) throws -> String {
    let path = try makeTempDir("replay-loader") + "/audit.jsonl"
    try writeBytes(path, bytes)
    return path
  }

  func synthetic(_ events: Int) throws -> [UInt8] {
    let path = try makeTempDir("replay-loader") + "/audit.jsonl"
    try TimedLogWriter.write(path: path, events: SyntheticAuditLog(events: events, seed: 5))
    return readBytes(path)
  }

  /// Loads `path` with a head of `head` bytes and chunks of `chunk`; checks it against one
  /// pass (the audit log's verifier, and the index of a one-slice load).
  func expectSameAsOnePass(_ path: String, head: Int, chunk: Int) throws {
    let whole = try ReplayLoader(path: path).finish(chunkBytes: .max)
    let reference = try AuditVerifier.verify(path: path)
    let loader = try ReplayLoader(path: path)
    let first = loader.head(bytes: head)
    #expect(first.index.count <= whole.index.count)
    var seen: [Int] = []
    let log = loader.finish(chunkBytes: chunk) { bytes, _ in seen.append(bytes) }
    #expect(log.isComplete)
    #expect(seen == seen.sorted())
    #expect(log.verification.summary == reference.summary, "head \(head) chunk \(chunk)")
    #expect(log.verification.count == reference.count)
    #expect(log.verification.recoveries.map(\.offset) == reference.recoveries.map(\.offset))
    #expect(log.integritySummary == whole.integritySummary)
    let a = log.index
    let b = whole.index
    #expect(a.count == b.count)
    #expect(a.offsets == b.offsets && a.lengths == b.lengths && a.times == b.times)
    #expect(a.kinds == b.kinds && a.finals == b.finals && a.targets == b.targets)
    #expect((0..<a.count).allSatisfy { a.moderator($0) == b.moderator($0) })
    #expect((0..<a.count).allSatisfy { a.review($0) == b.review($0) })
    #expect((0..<a.count).allSatisfy { a.suggestedCriteria($0) == b.suggestedCriteria($0) })
  }

  @Test func headIsAVerifiedPrefixAndFinishCompletesIt() throws {
    let bytes = try synthetic(400)
    let path = try write(bytes)
    let loader = try ReplayLoader(path: path)
    let head = loader.head(bytes: 5000)
    #expect(!head.isComplete)
    #expect(head.verification.isOK)
    #expect(head.index.count > 0 && head.index.count < 400)
    #expect(head.checkedBytes >= 5000 && head.checkedBytes < bytes.count)
    #expect(bytes[head.checkedBytes - 1] == 10)
    #expect(head.integritySummary.hasPrefix("verifying chain… "))
    #expect(head.integritySummary.contains("showing only the first \(head.index.count), verified"))
    let whole = loader.finish(chunkBytes: 3000)
    #expect(whole.isComplete && whole.index.count == 400)
    #expect(whole.integritySummary.hasPrefix("chain verified: 400 events"))
    #expect(head.index.count < whole.index.count)
    for head in [0, 1, 5000, 1 << 30] {
      for chunk in Self.chunks { try expectSameAsOnePass(path, head: head, chunk: chunk) }
    }
  }

  @Test func damagedLogsBreakWhereOnePassBreaks() throws {
    let bytes = try synthetic(60)
    let lines = lineRanges(bytes)
    var edited = bytes
    edited[lines[30].lowerBound + 12] ^= 1
    var missing = bytes
    missing.removeSubrange(lines[20].lowerBound...lines[20].upperBound)
    var reordered = bytes
    let a = Array(bytes[lines[40].lowerBound...lines[40].upperBound])
    let b = Array(bytes[lines[41].lowerBound...lines[41].upperBound])
    reordered.replaceSubrange(lines[40].lowerBound...lines[41].upperBound, with: b + a)
    let torn = Array(bytes.dropLast(40))
    for damaged in [edited, missing, reordered, torn] {
      let path = try write(damaged)
      let one = try ReplayLoader(path: path).finish(chunkBytes: .max)
      #expect(!one.verification.isOK)
      for head in [0, 3000] {
        for chunk in Self.chunks { try expectSameAsOnePass(path, head: head, chunk: chunk) }
      }
    }
  }

  @Test func aRecoveredFragmentAtASliceEndIsStillAccepted() throws {
    let (path, _, _) = try AuditLogRecoveryTests.tornLog()
    let log = try AuditLog(path: path)
    _ = try log.append(sampleDecision("r-7"))
    let whole = try ReplayLoader(path: path).finish(chunkBytes: .max)
    #expect(whole.verification.isOK && whole.verification.recoveries.count == 1)
    let size = readBytes(path).count
    for chunk in Array(1...size).filter({ $0 % 37 == 0 }) + [1] {
      try expectSameAsOnePass(path, head: 0, chunk: chunk)
    }
  }

  @Test func emptyAndMissingFiles() throws {
    let empty = try write([])
    let log = try ReplayLoader(path: empty).head()
    #expect(log.isComplete && log.index.count == 0 && log.verification.isOK)
    #expect(throws: AuditError.self) { _ = try ReplayLoader(path: empty + ".missing") }
  }
}
