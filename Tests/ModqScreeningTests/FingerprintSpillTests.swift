import Foundation
import ModqCore
import Testing

@testable import ModqScreening

/// A spill store in memory that can be told to fail its writes (from the `failWritesFrom`-th
/// on) or its reads, the way a full disk or a bad sector would.
final class FlakySpillStore: FingerprintSpillStore {
  private var file: [UInt8] = []
  var failWritesFrom = Int.max
  var failReads = false
  private(set) var writes = 0

  func write(_ data: UnsafeRawBufferPointer, at offset: Int) throws(FingerprintSpillError) {
    writes += 1
    if writes >= failWritesFrom { throw FingerprintSpillError(what: "write", errno: ENOSPC) }
    if file.count < offset + data.count {
      file += [UInt8](repeating: 0, count: offset + data.count - file.count)
    }
    file.replaceSubrange(offset..<(offset + data.count), with: data)
  }

  func read(into data: UnsafeMutableRawBufferPointer, at offset: Int)
    throws(FingerprintSpillError)
  {
    if failReads { throw FingerprintSpillError(what: "read", errno: EIO) }
    guard offset + data.count <= file.count else {
      throw FingerprintSpillError(what: "read past the end", errno: EIO)
    }
    file.withUnsafeBytes {
      data.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + data.count)]))
    }
  }
}

@Suite struct FingerprintSpillTests {
  static let layout = DuplicateFingerprint(sketchSize: 48)
  static let grouping = DuplicateGrouping(
    layout: layout, threshold: 0.75, sketchSize: 48, maxPosting: 64)

  /// Word-key texts: 40 originals, each repeated (some exactly, some with one word changed)
  /// at indices spread over the whole table, so groups cross block boundaries; short texts
  /// take no part.
  static func texts(count: Int) -> [[UInt64]] {
    var generator = SplitMix(seed: 7)
    let originals = (0..<40).map { _ in (0..<30).map { _ in generator.next() % 5000 } }
    return (0..<count).map { i -> [UInt64] in
      switch generator.next() % 6 {
      case 0: return originals[Int(generator.next() % 40)]
      case 1:
        var text = originals[Int(generator.next() % 40)]
        text[Int(generator.next() % 30)] = generator.next()
        return text
      case 2: return [1, 2, 3]
      default: return (0..<25).map { _ in generator.next() }
      }
    }
  }

  static func fill(_ table: FingerprintTable, _ texts: [[UInt64]], batch: Int) {
    var k = 0
    while k < texts.count {
      let end = min(texts.count, k + batch)
      for _ in k..<end { table.appendRow() }
      for i in k..<end {
        table.fill(i) { row in
          guard texts[i].count >= 8 else { return false }
          texts[i].withUnsafeBufferPointer { layout.write($0, shingleSize: 2, into: row) }
          return true
        }
      }
      table.seal()
      k = end
    }
  }

  static func inMemory(_ texts: [[UInt64]]) -> FingerprintTable {
    let table = FingerprintTable(width: layout.width, count: 0)
    fill(table, texts, batch: 37)
    return table
  }

  @Test func spilledTableGroupsLikeTheInMemoryOne() throws {
    let texts = Self.texts(count: 1000)
    let table = FingerprintTable(width: Self.layout.width, count: 0, blockShift: 4) {
      () throws(FingerprintSpillError) in try UnlinkedSpillFile()
    }
    Self.fill(table, texts, batch: 37)
    #expect(table.spillFailure == nil)
    // 62 complete blocks of 16 rows spilled; the last, partial block (8 rows) stays.
    #expect(table.spilledByteCount == 62 * 16 * Self.layout.width * 4)
    #expect(table.byteCount == 16 * Self.layout.width * 4 + 63 * 8)
    let expected = Self.grouping.groups(Self.inMemory(texts))
    for i in [0, 15, 16, 500, 999] {
      #expect(table.withRow(i) { Array($0) } == Self.inMemory(texts).withRow(i) { Array($0) })
    }
    let groups = Self.grouping.groups(table)
    #expect(groups == expected)
    #expect(table.readFailure == nil)
    #expect(groups.count >= 30)
    #expect(groups.contains { $0.first! >> 4 != $0.last! >> 4 && $0.last! >= 992 })
    var rows = 0
    let reference = Self.inMemory(texts)
    table.forEachPresentRow { i, row in
      rows += 1
      let same = reference.withRow(i) { Array($0) } == Array(row)
      if !same { Issue.record("row \(i) differs") }
    }
    #expect(rows == texts.filter { $0.count >= 8 }.count)
  }

  @Test func aFailedWriteKeepsTheBlocksInMemoryWithTheSameGroups() {
    let texts = Self.texts(count: 400)
    let store = FlakySpillStore()
    store.failWritesFrom = 5
    let table = FingerprintTable(width: Self.layout.width, count: 0, blockShift: 4) { store }
    Self.fill(table, texts, batch: 50)
    #expect(table.spillFailure == FingerprintSpillError(what: "write", errno: ENOSPC))
    #expect(store.writes == 5)
    #expect(table.spilledByteCount == 4 * 16 * Self.layout.width * 4)
    #expect(Self.grouping.groups(table) == Self.grouping.groups(Self.inMemory(texts)))
    #expect(table.readFailure == nil)
  }

  @Test func anUncreatableSpillFileKeepsEverythingInMemory() {
    let texts = Self.texts(count: 100)
    let table = FingerprintTable(width: Self.layout.width, count: 0, blockShift: 4) {
      () throws(FingerprintSpillError) in
      throw FingerprintSpillError(what: "create in /nowhere", errno: EACCES)
    }
    Self.fill(table, texts, batch: 50)
    #expect(table.spillFailure?.errno == EACCES)
    #expect(table.spilledByteCount == 0)
    #expect(Self.grouping.groups(table) == Self.grouping.groups(Self.inMemory(texts)))
  }

  @Test func aFailedReadIsReportedNotGrouped() throws {
    let texts = Self.texts(count: 200)
    let store = FlakySpillStore()
    let table = FingerprintTable(width: Self.layout.width, count: 0, blockShift: 4) { store }
    Self.fill(table, texts, batch: 50)
    store.failReads = true
    _ = Self.grouping.groups(table)
    #expect(table.readFailure == FingerprintSpillError(what: "read", errno: EIO))
  }

  /// A spilled table of `texts` whose key sorts run in `runLength` pairs, each in a store
  /// from `store`.
  static func keySorted(
    _ texts: [[UInt64]], runLength: Int, store: @escaping () -> FlakySpillStore
  ) -> FingerprintTable {
    let table = FingerprintTable(width: layout.width, count: 0, blockShift: 4) {
      () throws(FingerprintSpillError) in try UnlinkedSpillFile()
    }
    table.pairRunLength = runLength
    table.makePairStore = { () throws(SpillError) in store() }
    fill(table, texts, batch: 37)
    return table
  }

  /// A spilled table whose key sorts run in 5 pairs (merged from many runs read 512 at a
  /// time) groups like the in-memory table sorted at once.
  @Test func keySortsInSmallRunsGroupLikeOneSort() throws {
    let texts = Self.texts(count: 600)
    var made = 0
    let table = Self.keySorted(texts, runLength: 5) {
      made += 1
      return FlakySpillStore()
    }
    let groups = Self.grouping.groups(table)
    #expect(groups == Self.grouping.groups(Self.inMemory(texts)))
    #expect(groups.count >= 30)
    #expect(made == 1 + DuplicateFingerprint.bands)
    #expect(table.spillFailure == nil && table.readFailure == nil)
  }

  @Test func aFailedKeySortWriteKeepsItInMemoryWithTheSameGroups() throws {
    let texts = Self.texts(count: 300)
    let table = Self.keySorted(texts, runLength: 7) {
      let store = FlakySpillStore()
      store.failWritesFrom = 3
      return store
    }
    #expect(Self.grouping.groups(table) == Self.grouping.groups(Self.inMemory(texts)))
    #expect(table.spillFailure == FingerprintSpillError(what: "write", errno: ENOSPC))
    #expect(table.readFailure == nil)
  }

  @Test func aFailedKeySortReadIsReportedNotGrouped() throws {
    let table = Self.keySorted(Self.texts(count: 300), runLength: 7) {
      let store = FlakySpillStore()
      store.failReads = true
      return store
    }
    #expect(Self.grouping.groups(table).isEmpty)
    #expect(table.readFailure == FingerprintSpillError(what: "read", errno: EIO))
  }

  /// Reviews of the default policy with duplicates far apart, streamed in chunks.
  static func reviews(count: Int) -> [Review] {
    let bodies = [
      "The tent pitched quickly in the rain and kept us dry through two stormy nights at camp.",
      "These boots were comfortable from the first day and my feet stayed dry on wet trails.",
      "Great jacket, warm and light, the hood fits over a helmet and the zips run smoothly.",
    ]
    return (0..<count).map { i in
      let body =
        i % 7 == 3
        ? bodies[i % 3] : i % 11 == 5 ? bodies[i % 3] + " Really" : "Review \(i) was fine, shit."
      return Review(id: "s\(i)", rating: 4, body: body)
    }
  }

  func stream(
    _ reviews: [Review], _ screener: QueueScreener, chunk: Int = 45
  ) throws -> [ScreeningResult] {
    let chunks = stride(from: 0, to: reviews.count, by: chunk).map {
      Array(reviews[$0..<min($0 + chunk, reviews.count)])
    }
    for part in chunks { screener.addFingerprints(part, threads: 2) }
    let members = try screener.resolve()
    screener.setIDs(Dictionary(uniqueKeysWithValues: members.map { ($0, reviews[$0].id) }))
    return chunks.flatMap { screener.screen($0, threads: 2) }
  }

  @Test func spillingScreenerMatchesTheInMemoryQueue() throws {
    let engine = try #require(ContentFixture.engine)
    let reviews = Self.reviews(count: 500)
    let screener = QueueScreener(engine: engine, spills: true) { width in
      FingerprintTable(width: width, count: 0, blockShift: 5) { () throws(FingerprintSpillError) in
        try UnlinkedSpillFile()
      }
    }
    let streamed = try stream(reviews, screener)
    #expect(screener.spilledFingerprintBytes > 0)
    #expect(screener.spillFailure == nil)
    let whole = engine.screenQueue(reviews, threads: 1)
    #expect(streamed == whole)
    // Released after resolving: nothing held, and the groups still answer.
    screener.releaseFingerprints()
    #expect(screener.fingerprintBytes == 0 && screener.spilledFingerprintBytes == 0)
    #expect(screener.screen(reviews[3], at: 3) == whole[3])
    #expect(
      streamed[3].findings.contains {
        $0.criterion == "integrity.duplicate" && $0.relatedReviewIDs.contains("s45")
      })
  }

  @Test func spillingScreenerThrowsWhenAFingerprintCannotBeRead() throws {
    let engine = try #require(ContentFixture.engine)
    let store = FlakySpillStore()
    let screener = QueueScreener(engine: engine, spills: true) { width in
      FingerprintTable(width: width, count: 0, blockShift: 5) { store }
    }
    for part in stride(from: 0, to: 300, by: 60) {
      screener.addFingerprints(Array(Self.reviews(count: 300)[part..<(part + 60)]))
    }
    store.failReads = true
    #expect(throws: FingerprintSpillError.self) { try screener.resolve() }
    #expect(screener.members.isEmpty)
  }
}

/// A small deterministic generator for test data.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
