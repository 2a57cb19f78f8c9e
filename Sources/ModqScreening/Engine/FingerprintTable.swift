import ModqCore

/// Fixed-size fingerprints of a whole queue in blocks of `blockRows` rows: `width` 32-bit
/// words per review, so a queue-wide detector keeps `4 * width` bytes per review and never
/// its text. Growing adds a block (never copies or doubles).
///
/// In memory (`init(width:count:)`, `ScreeningEngine.screenQueue`) every block stays
/// resident. Spilling (`spilling(width:)`, the streaming `QueueScreener`) `seal()` writes
/// every complete block to an unlinked temporary file and frees it, so only the last,
/// partial block's words stay in memory; the `present` flags (1 bit per row) always stay.
/// Spilled rows are read back with `pread`, never mapped: `forEachPresentRow` reads a block
/// at a time into one buffer, `withRow` one row into a scratch row.
///
/// Failures never change results: when the file cannot be created or a block cannot be
/// written, that block and all later ones stay in memory (`spillFailure` says why); a failed
/// read is kept in `readFailure` (the rows read as zeros): when it is set, the caller must not
/// use what it computed from the table (`QueueScreener.resolve` throws it).
///
/// Threads: worker threads fill disjoint rows; `appendRow`, `seal` and the reads come from
/// one thread, after the fills have finished.
public final class FingerprintTable: @unchecked Sendable {
  /// Words per review.
  public let width: Int
  /// Number of rows (reviews).
  public private(set) var count: Int
  /// Rows per block: a power of two (4096 unless a test asks for smaller blocks).
  let blockShift: Int
  let blockRows: Int
  /// A block's words; nil once written to the spill file.
  private var words: [UnsafeMutablePointer<UInt32>?] = []
  /// Per block, one bit per row: whether it takes part.
  private var present: [UnsafeMutablePointer<UInt64>] = []
  /// Blocks before this one have been sealed (spilled, or kept after a spill failure).
  private var sealed = 0
  /// Where sealed blocks go (made when the first is sealed; none for an in-memory table).
  private let store: LazySpillStore
  private var scratchRow: UnsafeMutablePointer<UInt32>?
  /// Whether the table spills (then so do the key sorts of `makePairSort`).
  let spills: Bool
  /// Run length of the key sorts of a spilling table (tests use small ones).
  var pairRunLength = 1 << 16
  /// Makes the store of each key sort of a spilling table (tests make failing ones).
  var makePairStore: () throws(SpillError) -> any SpillStore = { () throws(SpillError) in
    try UnlinkedSpillFile(
      prefix: "modq-keys", file: "duplicate key spill file", contents: "duplicate keys")
  }
  /// Why blocks stay in memory although the table spills (nil while spilling works).
  public private(set) var spillFailure: FingerprintSpillError?
  /// The first failed read of a spilled block (what was computed from the table is wrong).
  public private(set) var readFailure: FingerprintSpillError?

  /// An in-memory table of `count` empty rows.
  public convenience init(width: Int, count: Int) {
    self.init(width: width, count: count, blockShift: 12, spill: nil)
  }

  /// An empty table whose complete blocks `seal()` moves to an unlinked temporary file.
  public static func spilling(width: Int) -> FingerprintTable {
    FingerprintTable(width: width, count: 0, blockShift: 12) { () throws(FingerprintSpillError) in
      try UnlinkedSpillFile()
    }
  }

  /// `blockShift` sets the block size (tests use small ones); `spill` makes the spill store
  /// when the first block is sealed (nil: the table stays in memory).
  init(
    width: Int, count: Int, blockShift: Int,
    spill: (() throws(FingerprintSpillError) -> any FingerprintSpillStore)?
  ) {
    self.width = max(1, width)
    self.blockShift = blockShift
    self.blockRows = 1 << blockShift
    self.store = LazySpillStore(
      label: (file: "fingerprint spill file", contents: "fingerprints"), make: spill)
    self.spills = spill != nil
    self.count = 0
    while words.count * blockRows < count { addBlock() }
    self.count = count
  }

  deinit {
    for block in words { block?.deallocate() }
    for block in present { block.deallocate() }
    scratchRow?.deallocate()
  }

  private var blockWords: Int { blockRows * width }
  private var flagWords: Int { (blockRows + 63) / 64 }

  private func addBlock() {
    let block = UnsafeMutablePointer<UInt32>.allocate(capacity: blockWords)
    block.initialize(repeating: 0, count: blockWords)
    words.append(block)
    let flags = UnsafeMutablePointer<UInt64>.allocate(capacity: flagWords)
    flags.initialize(repeating: 0, count: flagWords)
    present.append(flags)
  }

  /// Appends an empty row (single-threaded use only: the streaming screen path).
  @discardableResult
  public func appendRow() -> Int {
    if count == words.count * blockRows { addBlock() }
    count += 1
    return count - 1
  }

  /// Lets `body` write row `index` (not yet sealed); the row takes part when `body` returns
  /// true.
  public func fill(_ index: Int, _ body: (UnsafeMutableBufferPointer<UInt32>) -> Bool) {
    guard let block = words[index >> blockShift] else {
      preconditionFailure("FingerprintTable.fill: row \(index) is already sealed")
    }
    let offset = (index & (blockRows - 1)) * width
    let taking = body(UnsafeMutableBufferPointer(start: block + offset, count: width))
    setPresent(index, taking)
  }

  /// Spilling tables: writes every complete block not yet sealed to the spill file and frees
  /// its words. Call when the fills of the rows appended so far have finished. On a failure
  /// (recorded in `spillFailure`) the blocks stay in memory and the table stops spilling.
  public func seal() {
    let complete = count >> blockShift
    while sealed < complete {
      defer { sealed += 1 }
      guard spills, store.failure == nil, let block = words[sealed] else { continue }
      let bytes = UnsafeRawBufferPointer(start: block, count: blockWords * 4)
      if store.write(bytes, at: sealed * blockWords * 4) {
        block.deallocate()
        words[sealed] = nil
      } else {
        // The blocks already written stay readable in the store; no more are written.
        noteSpillFailure(store.failure)
      }
    }
  }

  /// Takes row `index` out (a repeated id found after its fingerprint was made); sealed rows
  /// too: the `present` flags always stay in memory.
  public func setAbsent(_ index: Int) { setPresent(index, false) }

  private func setPresent(_ index: Int, _ taking: Bool) {
    let r = index & (blockRows - 1)
    let bit: UInt64 = 1 << UInt64(r & 63)
    let flags = present[index >> blockShift]
    flags[r >> 6] = taking ? flags[r >> 6] | bit : flags[r >> 6] & ~bit
  }

  /// Whether row `index` takes part.
  public func isPresent(_ index: Int) -> Bool {
    let r = index & (blockRows - 1)
    return present[index >> blockShift][r >> 6] & (1 << UInt64(r & 63)) != 0
  }

  /// An empty sort of (key, row) pairs for grouping this table's rows: external (runs of
  /// `pairRunLength` in an unlinked temporary file) when the table spills, else in memory.
  func makePairSort() -> SortedPairRuns {
    let label = (file: "duplicate key spill file", contents: "duplicate keys")
    guard spills else { return SortedPairRuns(runLength: Int.max, label: label, spill: nil) }
    return SortedPairRuns(runLength: pairRunLength, label: label, spill: makePairStore)
  }

  /// Records a failure of a spill file, the blocks' or a key sort's (as `spillFailure`, if
  /// none yet).
  func noteSpillFailure(_ failure: SpillError?) {
    if spillFailure == nil, let failure { spillFailure = failure }
  }

  /// Records a failed read of a key sort (as `readFailure`, if none yet).
  func noteReadFailure(_ failure: SpillError) {
    if readFailure == nil { readFailure = failure }
  }

  /// Calls `body` with the index and words of every row that takes part, in index order.
  /// A spilled block is read whole into one buffer, reused from block to block.
  public func forEachPresentRow(_ body: (Int, UnsafeBufferPointer<UInt32>) -> Void) {
    var buffer: UnsafeMutablePointer<UInt32>?
    defer { buffer?.deallocate() }
    for b in words.indices {
      let rows = min(blockRows, count - b * blockRows)
      guard rows > 0 else { break }
      let block: UnsafeMutablePointer<UInt32>
      if let resident = words[b] {
        block = resident
      } else {
        let spare = buffer ?? UnsafeMutablePointer<UInt32>.allocate(capacity: blockWords)
        buffer = spare
        block = spare
        read(into: UnsafeMutableRawBufferPointer(start: spare, count: blockWords * 4), block: b)
      }
      for r in 0..<rows where isPresent(b * blockRows + r) {
        body(b * blockRows + r, UnsafeBufferPointer(start: block + r * width, count: width))
      }
    }
  }

  /// Calls `body` with the words of row `index`: in place when resident, else read into a
  /// scratch row that the next `withRow` overwrites (copy what must outlive `body`).
  public func withRow<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
    let b = index >> blockShift
    let offset = (index & (blockRows - 1)) * width
    if let block = words[b] {
      return body(UnsafeBufferPointer(start: block + offset, count: width))
    }
    let row = scratchRow ?? UnsafeMutablePointer<UInt32>.allocate(capacity: width)
    scratchRow = row
    let bytes = UnsafeMutableRawBufferPointer(start: row, count: width * 4)
    read(into: bytes, block: b, offset: offset * 4)
    return body(UnsafeBufferPointer(start: row, count: width))
  }

  private func read(into bytes: UnsafeMutableRawBufferPointer, block: Int, offset: Int = 0) {
    do throws(SpillError) {
      try store.read(into: bytes, at: block * blockWords * 4 + offset)
    } catch {
      bytes.initializeMemory(as: UInt8.self, repeating: 0)
      if readFailure == nil { readFailure = error }
    }
  }

  /// Bytes held in memory: resident blocks' words plus every block's `present` bits.
  public var byteCount: Int {
    words.reduce(0) { $0 + ($1 == nil ? 0 : blockWords * 4) } + present.count * flagWords * 8
  }

  /// Bytes written to the spill file.
  public var spilledByteCount: Int {
    words.reduce(0) { $0 + ($1 == nil ? blockWords * 4 : 0) }
  }
}
