/// Fixed-size fingerprints of a whole queue in one flat buffer: `width` 32-bit words per
/// review, so a queue-wide detector keeps `4 * width` bytes per review and never its text.
/// Worker threads fill disjoint rows; the table is read only after they have finished.
public final class FingerprintTable: @unchecked Sendable {
  /// Words per review.
  public let width: Int
  /// Number of rows (reviews).
  public private(set) var count: Int
  private var words: UnsafeMutablePointer<UInt32>
  private var present: UnsafeMutablePointer<Bool>
  private var capacity: Int

  public init(width: Int, count: Int) {
    self.width = max(1, width)
    self.count = count
    capacity = max(count, 16)
    words = .allocate(capacity: capacity * self.width)
    words.initialize(repeating: 0, count: capacity * self.width)
    present = .allocate(capacity: capacity)
    present.initialize(repeating: false, count: capacity)
  }

  deinit {
    words.deallocate()
    present.deallocate()
  }

  /// Appends an empty row (single-threaded use only: the streaming screen path).
  @discardableResult
  public func appendRow() -> Int {
    if count == capacity {
      let grown = capacity * 2
      let newWords = UnsafeMutablePointer<UInt32>.allocate(capacity: grown * width)
      newWords.initialize(repeating: 0, count: grown * width)
      newWords.update(from: words, count: count * width)
      words.deallocate()
      words = newWords
      let newPresent = UnsafeMutablePointer<Bool>.allocate(capacity: grown)
      newPresent.initialize(repeating: false, count: grown)
      newPresent.update(from: present, count: count)
      present.deallocate()
      present = newPresent
      capacity = grown
    }
    count += 1
    return count - 1
  }

  /// Lets `body` write row `index`; the row takes part when `body` returns true.
  public func fill(_ index: Int, _ body: (UnsafeMutableBufferPointer<UInt32>) -> Bool) {
    let row = UnsafeMutableBufferPointer(start: words + index * width, count: width)
    present[index] = body(row)
  }

  /// Whether row `index` takes part.
  public func isPresent(_ index: Int) -> Bool { present[index] }

  /// The words of row `index`.
  public func row(_ index: Int) -> UnsafeBufferPointer<UInt32> {
    UnsafeBufferPointer(start: words + index * width, count: width)
  }

  /// Bytes held for the rows.
  public var byteCount: Int { capacity * (width * 4 + 1) }
}
