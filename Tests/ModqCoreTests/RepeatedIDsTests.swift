import Foundation
import Testing

@testable import ModqCore

/// Repeated ids found by merging sorted runs of id-hash records (`QueueRowRecords`,
/// `repeatedIDs`) must be exactly those `loadAll()` finds with its dictionary of real ids: the
/// same entries kept, the same diagnostics in the same order, whatever the run size, read
/// block, chunk size, hash collisions or spill failures.
@Suite struct RepeatedIDsTests {
  typealias S = QueueTestSupport

  /// `count` lines: mostly fresh ids, about a third repeats of an earlier id (some repeated
  /// several times, some far back), malformed and blank lines in between.
  static func queueText(count: Int, seed: UInt64) -> String {
    var random = SeededRandom(seed: seed)
    var used: [String] = []
    var lines: [String] = []
    for i in 0..<count {
      switch random.below(20) {
      case 0: lines.append(#"{"id":"bad-\#(i)","rating":"#)
      case 1: lines.append("")
      case 2...7 where !used.isEmpty:
        lines.append(S.line(used[random.below(used.count)], body: "again \(i)"))
      default:
        used.append("r-\(i)")
        lines.append(S.line("r-\(i)", body: "text \(i)"))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  struct Outcome: Equatable {
    var ids: [String]
    var diagnostics: [String]
  }

  static func reference(_ queue: QueueFile) -> Outcome {
    let load = queue.loadAll()
    return Outcome(
      ids: load.entries.map(\.review.id), diagnostics: load.diagnostics.map(\.description))
  }

  /// Records the queue in runs of `runRows`, finds the repeats, reads it again skipping them.
  static func external(
    _ queue: QueueFile, _ records: QueueRowRecords, block: Int = 512
  ) throws(SpillError) -> Outcome {
    let malformed = queue.forEachRow(size: 7, threads: 2, recording: records) { _, _, _ in }
    let repeats = try queue.repeatedIDs(in: records, block: block)
    var ids: [String] = []
    var rows: [Int] = []
    _ = queue.forEachRow(size: 5, threads: 1, skipping: repeats.rows) { entries, visited, _ in
      ids += entries.map(\.review.id)
      rows += visited
    }
    #expect(rows.count + repeats.rows.count == records.count)
    let diagnostics = (malformed + repeats.diagnostics).sorted { $0.line < $1.line }
    return Outcome(ids: ids, diagnostics: diagnostics.map(\.description))
  }

  static func spilling(_ runRows: Int, _ stores: ScriptedSpillStores) -> QueueRowRecords {
    QueueRowRecords(runRows: runRows) { () throws(SpillError) in try stores.make() }
  }

  @Test(arguments: [(1, 1), (3, 2), (7, 512), (64, 5), (100_000, 512)])
  func externalSortMatchesLoadAll(runRows: Int, block: Int) throws {
    let queue = try QueueFile(path: try S.tempFile(Self.queueText(count: 700, seed: 3)))
    let expected = Self.reference(queue)
    #expect(expected.diagnostics.count > 150)

    let stores = ScriptedSpillStores()
    let records = Self.spilling(runRows, stores)
    #expect(try Self.external(queue, records, block: block) == expected)
    #expect(records.spillFailure == nil)
    #expect((stores.writes > 0) == (runRows < records.count))
    let resident = QueueRowRecords(runRows: runRows, spill: nil)
    #expect(try Self.external(queue, resident, block: block) == expected)
  }

  @Test func locationsAreReadBackFromSpilledRuns() throws {
    let text = [S.line("a"), "", S.line("b"), S.line("a"), "{", S.line("c")].joined(
      separator: "\n")
    let queue = try QueueFile(path: try S.tempFile(text))
    let records = Self.spilling(2, ScriptedSpillStores())
    _ = queue.forEachRow(size: 2, threads: 1, recording: records) { _, _, _ in }
    #expect(records.count == 4)
    let lines = try (0..<4).map { row throws(SpillError) in try records.location(ofRow: row) }
    #expect(lines.map(\.line) == [1, 3, 4, 6])
    let starts = lines.map { queue.entry(lineStart: $0.offset, line: $0.line)?.review.id }
    #expect(starts == ["a", "b", "a", "c"])
  }

  @Test(arguments: [1, 4, 1000])
  func collidingHashesDropNoReview(runRows: Int) throws {
    let text = [S.line("a"), S.line("b"), S.line("b"), S.line("a"), S.line("c"), S.line("b")]
      .joined(separator: "\n")
    let queue = try QueueFile(path: try S.tempFile(text))
    for hash in [{ (_: String) in UInt64(42) }, { UInt64($0.utf8.count) }] {
      let stores = ScriptedSpillStores()
      let records = QueueRowRecords(runRows: runRows, hash: hash) { () throws(SpillError) in
        try stores.make()
      }
      let outcome = try Self.external(queue, records)
      #expect(outcome.ids == ["a", "b", "c"])
      #expect(outcome == Self.reference(queue))
      #expect(outcome.diagnostics.last?.hasSuffix("(first seen on line 2)") == true)
    }
    // On a generated queue every id colliding with every other still matches.
    let big = try QueueFile(path: try S.tempFile(Self.queueText(count: 300, seed: 11)))
    let stores = ScriptedSpillStores()
    let records = QueueRowRecords(runRows: 16, hash: { UInt64($0.utf8.count % 3) }) {
      () throws(SpillError) in try stores.make()
    }
    #expect(try Self.external(big, records, block: 3) == Self.reference(big))
  }

  @Test func aFailedWriteKeepsLaterRunsInMemory() throws {
    let queue = try QueueFile(path: try S.tempFile(Self.queueText(count: 400, seed: 5)))
    let stores = ScriptedSpillStores()
    stores.failWritesFrom = 3
    let records = Self.spilling(8, stores)
    #expect(try Self.external(queue, records, block: 3) == Self.reference(queue))
    #expect(records.spillFailure == ScriptedSpillStore.failure("write", ENOSPC))
    #expect(records.byteCount > 300 * 32)
  }

  @Test func aFailedCreateKeepsEverythingInMemory() throws {
    let queue = try QueueFile(path: try S.tempFile(Self.queueText(count: 100, seed: 6)))
    let records = QueueRowRecords(runRows: 4) { () throws(SpillError) in
      throw ScriptedSpillStore.failure("create in /nowhere", EACCES)
    }
    #expect(try Self.external(queue, records) == Self.reference(queue))
    #expect(records.spillFailure?.errno == EACCES)
  }

  @Test func aFailedReadThrows() throws {
    let queue = try QueueFile(path: try S.tempFile(Self.queueText(count: 200, seed: 7)))
    let stores = ScriptedSpillStores()
    let records = Self.spilling(8, stores)
    _ = queue.forEachRow(size: 7, threads: 1, recording: records) { _, _, _ in }
    #expect(stores.made.count == 2)
    stores.failReads()
    #expect(throws: ScriptedSpillStore.failure("read", EIO)) {
      try queue.repeatedIDs(in: records)
    }
    #expect(throws: ScriptedSpillStore.failure("read", EIO)) {
      try records.location(ofRow: 0)
    }
    // The last, partial run is in memory: its rows still read.
    try #require(records.count % 8 != 0)
    #expect(try records.location(ofRow: records.count - 1).line > 0)
  }
}
