/// One record per valid queue entry ("row", numbered from 0 in file order, repeats included):
/// where its line is (1-based line, byte offset of its start) and a 64-bit hash of its id.
/// Kept `runRows` rows at a time: the locations of each complete run are written to an
/// unlinked temporary file in row order, and the (hash, row) pairs go to an external sort
/// (`SortedPairRuns`, a second such file), so memory holds only the runs being filled,
/// whatever the queue's size. `repeatedIDs(in:)` merges the sorted pairs to find the hashes
/// seen more than once; `location(ofRow:)` reads one row back (`pread`).
///
/// Failures never change results: when a file cannot be created or a run cannot be written,
/// that run and all later ones stay in memory (`spillFailure` says why); a failed read throws.
/// A queue of at most `runRows` entries never touches a file.
public final class QueueRowRecords {
  /// Where a row's line is.
  public struct Location: Equatable, Sendable {
    public var line: Int
    public var offset: Int
  }

  /// The hash of an id (FNV-1a 64 unless a test forces collisions).
  let hash: (String) -> UInt64
  /// Each row's location, in row order.
  private let locations: SpilledRuns<Location>
  /// (id hash, row), sorted externally.
  let keys: SortedPairRuns

  public var runRows: Int { locations.runLength }
  /// Number of rows recorded.
  public var count: Int { locations.count }

  static let label = (file: "id spill file", contents: "review ids")

  /// Records whose complete runs go to unlinked temporary files (`modq-ids-XXXXXX`).
  public static func spilling(runRows: Int = 1 << 16) -> QueueRowRecords {
    QueueRowRecords(runRows: runRows) { () throws(SpillError) in
      try UnlinkedSpillFile(prefix: "modq-ids", file: label.file, contents: label.contents)
    }
  }

  /// `spill` makes each store (locations, sorted pairs) when its first run is complete (nil:
  /// everything stays in memory); `hash` replaces the id hash (tests).
  init(
    runRows: Int, hash: @escaping (String) -> UInt64 = QueueRowRecords.idHash,
    spill: (() throws(SpillError) -> any SpillStore)?
  ) {
    self.hash = hash
    locations = SpilledRuns(runLength: runRows, label: Self.label, spill: spill)
    keys = SortedPairRuns(runLength: locations.runLength, label: Self.label, spill: spill)
  }

  /// Why some runs stay in memory although the records spill (nil while spilling works).
  public var spillFailure: SpillError? { locations.spillFailure ?? keys.spillFailure }

  /// FNV-1a 64 of the id's UTF-8 bytes.
  static func idHash(_ id: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return hash
  }

  /// Records the next row: the entry with id `id` on 1-based `line`, starting at byte `offset`.
  public func append(id: String, line: Int, offset: Int) {
    keys.append(key: hash(id), value: UInt64(count))
    locations.append(Location(line: line, offset: offset))
  }

  /// Where row `row` is (reads the store when its run was spilled).
  public func location(ofRow row: Int) throws(SpillError) -> Location {
    try locations.value(at: row)
  }

  /// The rows of every id hash recorded more than once, each group ascending, the groups in
  /// hash order. Throws when a spilled run cannot be read.
  func rowsSharingAHash(block: Int = 512) throws(SpillError) -> [[Int]] {
    var groups: [[Int]] = []
    var group: [Int] = []
    var groupHash: UInt64 = 0
    try keys.forEachInOrder(block: block) { pair in
      if group.isEmpty || pair.key != groupHash {
        if group.count > 1 { groups.append(group) }
        group.removeAll(keepingCapacity: true)
        groupHash = pair.key
      }
      group.append(Int(pair.value))
    }
    if group.count > 1 { groups.append(group) }
    return groups
  }

  /// Bytes held in memory (the runs being filled and any run kept after a spill failure).
  public var byteCount: Int { keys.byteCount + locations.byteCount }
}
