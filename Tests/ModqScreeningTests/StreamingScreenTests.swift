import Foundation
@testable import ModqCore
import Testing

@testable import ModqScreening

/// `StreamingScreen` (what `modq screen` runs) against the whole queue loaded in memory and
/// screened by `screenQueue`: the same results in the same order and the same diagnostics,
/// with repeated ids (some of them duplicates of other reviews' text), malformed lines, tiny
/// record runs and fingerprint blocks, and failing spill files (records, fingerprints and
/// pass 1's results).
@Suite struct StreamingScreenTests {
  /// 300 lines: texts that duplicate each other across the queue, short ones, repeated ids
  /// (repeats of repeats too), malformed and blank lines.
  static func queue() throws -> QueueFile {
    let texts = [
      "The tent pitched quickly in the rain and kept us dry through two stormy nights at camp.",
      "These boots were comfortable from the first day and my feet stayed dry on wet trails.",
    ]
    var random = SeededRandom(seed: 21)
    var lines: [String] = []
    var used: [String] = []
    for i in 0..<300 {
      let body = i % 9 == 4 ? texts[i % 2] : i % 13 == 6 ? texts[i % 2] + " Really" : "Fine \(i)."
      switch random.below(12) {
      case 0: lines.append(#"{"id":"x","rating":"#)
      case 1: lines.append("")
      case 2...3 where !used.isEmpty:
        let id = used[random.below(used.count)]
        lines.append(#"{"id":"\#(id)","rating":4,"body":"\#(body)"}"#)
      default:
        used.append("s-\(i)")
        lines.append(#"{"id":"s-\#(i)","rating":4,"body":"\#(body)"}"#)
      }
    }
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("modq-stream-\(UUID().uuidString).jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    return try QueueFile(path: url.path)
  }

  static func streaming(
    _ queue: QueueFile, _ engine: ScreeningEngine, records: @escaping () -> QueueRowRecords
  ) -> StreamingScreen {
    var screen = StreamingScreen(file: queue, engine: engine, threads: 2)
    screen.chunkSize = 5
    screen.makeRecords = records
    screen.makeScreener = { engine in
      QueueScreener(engine: engine, spills: true) { width in
        FingerprintTable(width: width, count: 0, blockShift: 3) { () throws(SpillError) in
          try UnlinkedSpillFile()
        }
      }
    }
    return screen
  }

  /// Runs `screen` to the end: its results, diagnostics and the spill failures it reported.
  static func collect(_ screen: StreamingScreen) throws -> (
    [ScreeningResult], [QueueDiagnostic], [SpillError]
  ) {
    var streamed: [ScreeningResult] = []
    var failures: [SpillError] = []
    let diagnostics = try screen.run(progress: { _, _ in }, spillFailure: { failures.append($0) }) {
      streamed += $0
    }
    return (streamed, diagnostics, failures)
  }

  @Test func matchesTheQueueScreenedInMemory() throws {
    let engine = try #require(ContentFixture.engine)
    let queue = try Self.queue()
    let load = queue.loadAll()
    let whole = engine.screenQueue(load.entries.map(\.review), threads: 1)
    #expect(whole.contains { $0.findings.contains { $0.criterion == "integrity.duplicate" } })
    #expect(load.diagnostics.filter { $0.reason.hasPrefix("duplicate id") }.count > 20)
    for runRows in [3, 1 << 16] {
      let screen = Self.streaming(queue, engine) {
        QueueRowRecords(runRows: runRows) { () throws(SpillError) in
          try UnlinkedSpillFile(prefix: "modq-ids", file: "id spill file", contents: "ids")
        }
      }
      let (streamed, diagnostics, failures) = try Self.collect(screen)
      #expect(streamed == whole)
      #expect(diagnostics == load.diagnostics)
      #expect(failures.isEmpty)
    }
  }

  @Test func aFailedRecordWriteKeepsThemInMemoryWithTheSameResults() throws {
    let engine = try #require(ContentFixture.engine)
    let queue = try Self.queue()
    let load = queue.loadAll()
    let screen = Self.streaming(queue, engine) {
      QueueRowRecords(runRows: 4) { () throws(SpillError) in
        let store = FlakySpillStore()
        store.failWritesFrom = 3
        return store
      }
    }
    let (streamed, diagnostics, failures) = try Self.collect(screen)
    #expect(streamed == engine.screenQueue(load.entries.map(\.review), threads: 1))
    #expect(diagnostics == load.diagnostics)
    // The first of the two record files to fail (the second fails too, unreported).
    #expect(failures == [FingerprintSpillError(what: "write", errno: ENOSPC)])
  }

  @Test func aFailedRecordReadThrowsBeforeAnyResult() throws {
    let engine = try #require(ContentFixture.engine)
    let queue = try Self.queue()
    var stores: [FlakySpillStore] = []
    let screen = Self.streaming(queue, engine) {
      QueueRowRecords(runRows: 4) { () throws(SpillError) in
        let store = FlakySpillStore()
        stores.append(store)
        return store
      }
    }
    var emitted = 0
    #expect(throws: FingerprintSpillError(what: "read", errno: EIO)) {
      _ = try screen.run(
        progress: { done, _ in
          // Pass 1 is over once its records are written: make their reads fail.
          if done == queue.byteCount { for store in stores { store.failReads = true } }
        }
      ) { emitted += $0.count }
    }
    #expect(emitted == 0)
    #expect(stores.count == 2 && stores.allSatisfy { $0.writes > 0 })
  }

  /// Progress never goes back, reaches the queue's size when every line is screened, and
  /// ends at its total after the last results.
  @Test func progressMovesForwardToItsTotal() throws {
    let engine = try #require(ContentFixture.engine)
    let queue = try Self.queue()
    let screen = Self.streaming(queue, engine) { QueueRowRecords(runRows: 1 << 16, spill: nil) }
    var reports: [(done: Int, total: Int)] = []
    var emittedAt: [Int] = []
    _ = try screen.run(progress: { reports.append(($0, $1)) }) { _ in
      emittedAt.append(reports.count)
    }
    let total = queue.byteCount + queue.byteCount / 8
    #expect(reports.allSatisfy { $0.total == total })
    #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.done <= $1.done })
    #expect(reports.last?.done == total)
    // Every line screened before the first result is given out.
    let first = try #require(emittedAt.first)
    #expect(reports[first - 1].done == queue.byteCount)
  }

  @Test func aFailedResultWriteKeepsThemInMemoryWithTheSameResults() throws {
    let engine = try #require(ContentFixture.engine)
    let queue = try Self.queue()
    let load = queue.loadAll()
    var screen = Self.streaming(queue, engine) { QueueRowRecords(runRows: 1 << 16, spill: nil) }
    var spills: [ResultSpill] = []
    screen.makeResults = {
      let spill = ResultSpill { () throws(SpillError) in
        let store = FlakySpillStore()
        store.failWritesFrom = 4
        return store
      }
      spills.append(spill)
      return spill
    }
    let (streamed, diagnostics, failures) = try Self.collect(screen)
    #expect(streamed == engine.screenQueue(load.entries.map(\.review), threads: 1))
    #expect(diagnostics == load.diagnostics)
    #expect(failures == [FingerprintSpillError(what: "write", errno: ENOSPC)])
    // Three chunks were written before the failure; the rest stayed in memory.
    #expect(spills.count == 1 && spills[0].keptByteCount > 0)
  }

  @Test func aFailedResultReadThrowsAfterTheResultsBeforeIt() throws {
    let engine = try #require(ContentFixture.engine)
    let queue = try Self.queue()
    let load = queue.loadAll()
    var screen = Self.streaming(queue, engine) { QueueRowRecords(runRows: 1 << 16, spill: nil) }
    let store = FlakySpillStore()
    screen.makeResults = { ResultSpill { () throws(SpillError) in store } }
    var emitted: [ScreeningResult] = []
    #expect(throws: FingerprintSpillError(what: "read", errno: EIO)) {
      _ = try screen.run(progress: { _, _ in }) {
        emitted += $0
        // The second chunk of results cannot be read back.
        store.failReads = true
      }
    }
    let whole = engine.screenQueue(load.entries.map(\.review), threads: 1)
    #expect(!emitted.isEmpty && emitted.count < whole.count)
    #expect(Array(whole.prefix(emitted.count)) == emitted)
  }
}

/// `ResultCodec`: every result of the demo queue (duplicates, non-ASCII evidence, several
/// findings) comes back as it went in.
@Suite struct ResultCodecTests {
  @Test func resultsComeBackAsTheyWentIn() throws {
    let engine = try #require(ContentFixture.engine)
    let queue = try QueueFile(path: Fixture.root.appendingPathComponent("data/queue/demo.jsonl").path)
    let results = engine.screenQueue(queue.loadAll().entries.map(\.review), threads: 1)
    #expect(results.count >= 150)
    #expect(results.contains { !$0.findings.isEmpty && $0.findings.contains { !$0.relatedReviewIDs.isEmpty } })
    let codec = ResultCodec(engine: engine)
    var bytes: [UInt8] = []
    for result in results { codec.encode(result, into: &bytes) }
    var decoded: [ScreeningResult] = []
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count { decoded.append(codec.decode(buffer, at: &offset)) }
    }
    #expect(decoded == results)
  }
}
