#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One record per valid queue entry ("row", numbered from 0 in file order, repeats included):
/// where its line is (1-based line, byte offset of its start) and a 64-bit hash of its id.
/// Kept `runRows` rows at a time: each complete run is written to an unlinked temporary file
/// (its locations in row order, then its (hash, row) keys sorted), so memory holds only the
/// run being filled, whatever the queue's size. `RepeatedIDFinder` merges the sorted runs to
/// find the hashes seen more than once; `location(ofRow:)` reads one row back (`pread`).
///
/// Failures never change results: when the file cannot be created or a run cannot be written,
/// that run and all later ones stay in memory (`spillFailure` says why); a failed read throws.
/// A queue of at most `runRows` entries never touches a file.
public final class QueueRowRecords {
  /// Where a row's line is.
  public struct Location: Equatable, Sendable {
    public var line: Int
    public var offset: Int
  }

  /// A run's sort key: the id hash, then the row.
  struct Key: Comparable {
    var hash: UInt64
    var row: UInt64
    static func < (a: Key, b: Key) -> Bool { a.hash != b.hash ? a.hash < b.hash : a.row < b.row }
  }

  /// A run kept in memory: locations in row order, keys sorted.
  struct Run {
    var locations: [Location]
    var keys: [Key]
  }

  public let runRows: Int
  /// The hash of an id (FNV-1a 64 unless a test forces collisions).
  let hash: (String) -> UInt64
  /// Number of rows recorded.
  public private(set) var count = 0
  /// Complete runs: nil once written to the store.
  private var runs: [Run?] = []
  private var current = Run(locations: [], keys: [])
  /// Whether `current.keys` are sorted (done once, when first read after the appends).
  private var currentSorted = false
  private var makeStore: (() throws(SpillError) -> any SpillStore)?
  private(set) var store: (any SpillStore)?
  /// Why runs stay in memory although the records spill (nil while spilling works).
  public private(set) var spillFailure: SpillError?

  /// Records whose complete runs go to an unlinked temporary file (`modq-ids-XXXXXX`).
  public static func spilling(runRows: Int = 1 << 16) -> QueueRowRecords {
    QueueRowRecords(runRows: runRows) { () throws(SpillError) in
      try UnlinkedSpillFile(prefix: "modq-ids", file: fileLabel, contents: contentsLabel)
    }
  }

  /// `spill` makes the store when the first run is complete (nil: everything stays in
  /// memory); `hash` replaces the id hash (tests).
  init(
    runRows: Int, hash: @escaping (String) -> UInt64 = QueueRowRecords.idHash,
    spill: (() throws(SpillError) -> any SpillStore)?
  ) {
    self.runRows = max(1, runRows)
    self.hash = hash
    self.makeStore = spill
    current.locations.reserveCapacity(self.runRows)
    current.keys.reserveCapacity(self.runRows)
  }

  static let fileLabel = "id spill file"
  static let contentsLabel = "review ids"

  static func error(_ what: String, _ errno: Int32) -> SpillError {
    SpillError(file: fileLabel, contents: contentsLabel, what: what, errno: errno)
  }

  /// FNV-1a 64 of the id's UTF-8 bytes.
  static func idHash(_ id: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return hash
  }

  /// Records the next row: the entry with id `id` on 1-based `line`, starting at byte `offset`.
  public func append(id: String, line: Int, offset: Int) {
    currentSorted = false
    current.locations.append(Location(line: line, offset: offset))
    current.keys.append(Key(hash: hash(id), row: UInt64(count)))
    count += 1
    if current.locations.count == runRows { sealCurrent() }
  }

  private var runBytes: Int { runRows * 2 * MemoryLayout<Key>.stride }

  private func sealCurrent() {
    var run = current
    current = Run(locations: [], keys: [])
    current.locations.reserveCapacity(runRows)
    current.keys.reserveCapacity(runRows)
    run.keys.sort()
    let index = runs.count
    guard spillFailure == nil, makeStore != nil || store != nil else {
      runs.append(run)
      return
    }
    do throws(SpillError) {
      if store == nil, let makeStore {
        self.makeStore = nil
        store = try makeStore()
      }
      guard let store else { throw Self.error("create", EIO) }
      let base = index * runBytes
      try Self.write(run.locations, to: store, at: base)
      try Self.write(run.keys, to: store, at: base + runBytes / 2)
      runs.append(nil)
    } catch {
      spillFailure = error
      makeStore = nil
      runs.append(run)
    }
  }

  /// Where row `row` is (reads the store when its run was spilled).
  public func location(ofRow row: Int) throws(SpillError) -> Location {
    precondition(row >= 0 && row < count, "QueueRowRecords.location: no row \(row)")
    let r = row / runRows
    let k = row % runRows
    if r == runs.count { return current.locations[k] }
    if let run = runs[r] { return run.locations[k] }
    var location = [Location(line: 0, offset: 0)]
    try readStore(into: &location, at: r * runBytes + k * MemoryLayout<Location>.stride)
    return location[0]
  }

  /// Number of sorted runs (the last one possibly partial).
  var runCount: Int { runs.count + (current.keys.isEmpty ? 0 : 1) }

  /// A reader of run `r`'s sorted keys, `block` keys per read.
  func keys(ofRun r: Int, block: Int) -> KeyRunReader {
    if r == runs.count {
      if !currentSorted {
        current.keys.sort()
        currentSorted = true
      }
      return KeyRunReader(resident: current.keys)
    }
    if let run = runs[r] { return KeyRunReader(resident: run.keys) }
    return KeyRunReader(
      records: self, offset: r * runBytes + runBytes / 2, count: runRows, block: block)
  }

  /// Fills `values` from the store's bytes at `offset`.
  func readStore<T>(into values: inout [T], at offset: Int) throws(SpillError) {
    guard let store else { throw Self.error("read (no spill file)", EIO) }
    var failure: SpillError?
    values.withUnsafeMutableBytes { bytes in
      do throws(SpillError) { try store.read(into: bytes, at: offset) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  private static func write<T>(_ values: [T], to store: any SpillStore, at offset: Int)
    throws(SpillError)
  {
    var failure: SpillError?
    values.withUnsafeBytes { bytes in
      do throws(SpillError) { try store.write(bytes, at: offset) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Bytes held in memory (the run being filled and any run kept after a spill failure).
  public var byteCount: Int {
    let perRow = MemoryLayout<Location>.stride + MemoryLayout<Key>.stride
    return runs.reduce(current.locations.capacity * perRow) {
      $0 + ($1 == nil ? 0 : $1!.locations.count * perRow)
    }
  }
}
