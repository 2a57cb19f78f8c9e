/// Fixed-size fingerprints of a whole queue in blocks of `blockRows` rows: `width` 32-bit
/// words per review, so a queue-wide detector keeps `4 * width` bytes per review and never
/// its text. Growing adds a block (never copies or doubles), so memory follows the queue
/// length within one block. Worker threads fill disjoint rows; the table is read only after
/// they have finished.
public final class FingerprintTable: @unchecked Sendable {
  /// Words per review.
  public let width: Int
  /// Number of rows (reviews).
  public private(set) var count: Int
  /// Rows per block (a power of two).
  static let blockShift = 12
  static let blockRows = 1 << blockShift
  private var words: [UnsafeMutablePointer<UInt32>] = []
  private var present: [UnsafeMutablePointer<Bool>] = []

  public init(width: Int, count: Int) {
    self.width = max(1, width)
    self.count = 0
    while words.count * FingerprintTable.blockRows < count { addBlock() }
    self.count = count
  }

  deinit {
    for block in words { block.deallocate() }
    for block in present { block.deallocate() }
  }

  private func addBlock() {
    let rows = FingerprintTable.blockRows
    let block = UnsafeMutablePointer<UInt32>.allocate(capacity: rows * width)
    block.initialize(repeating: 0, count: rows * width)
    words.append(block)
    let flags = UnsafeMutablePointer<Bool>.allocate(capacity: rows)
    flags.initialize(repeating: false, count: rows)
    present.append(flags)
  }

  /// Appends an empty row (single-threaded use only: the streaming screen path).
  @discardableResult
  public func appendRow() -> Int {
    if count == words.count * FingerprintTable.blockRows { addBlock() }
    count += 1
    return count - 1
  }

  @inline(__always)
  private func start(_ index: Int) -> UnsafeMutablePointer<UInt32> {
    let block = index >> FingerprintTable.blockShift
    return words[block] + (index & (FingerprintTable.blockRows - 1)) * width
  }

  /// Lets `body` write row `index`; the row takes part when `body` returns true.
  public func fill(_ index: Int, _ body: (UnsafeMutableBufferPointer<UInt32>) -> Bool) {
    let row = UnsafeMutableBufferPointer(start: start(index), count: width)
    present[index >> FingerprintTable.blockShift][index & (FingerprintTable.blockRows - 1)] =
      body(row)
  }

  /// Whether row `index` takes part.
  public func isPresent(_ index: Int) -> Bool {
    present[index >> FingerprintTable.blockShift][index & (FingerprintTable.blockRows - 1)]
  }

  /// The words of row `index`.
  public func row(_ index: Int) -> UnsafeBufferPointer<UInt32> {
    UnsafeBufferPointer(start: start(index), count: width)
  }

  /// Bytes held for the rows.
  public var byteCount: Int { words.count * FingerprintTable.blockRows * (width * 4 + 1) }
}
