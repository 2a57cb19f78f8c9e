/// Reads one sorted run of `SortedPairRuns` in order: from memory, or from the spill store
/// `block` pairs per `pread` into one reused buffer.
final class PairRunReader {
  private let store: LazySpillStore?
  private var buffer: [SortedPairRuns.Pair]
  private var position = 0
  /// Index in the run of the next pair to read from the store.
  private var nextRead: Int
  private let count: Int
  private let offset: Int
  private let block: Int

  /// A run held in memory.
  init(resident pairs: [SortedPairRuns.Pair]) {
    store = nil
    buffer = pairs
    count = pairs.count
    nextRead = pairs.count
    offset = 0
    block = 1
  }

  /// A run of `count` pairs stored from byte `offset` of `store`.
  init(store: LazySpillStore, offset: Int, count: Int, block: Int) {
    self.store = store
    buffer = []
    self.count = count
    nextRead = 0
    self.offset = offset
    self.block = max(1, block)
  }

  /// The next pair, or nil at the end of the run; throws when the store cannot be read.
  func next() throws(SpillError) -> SortedPairRuns.Pair? {
    if position == buffer.count {
      guard nextRead < count else { return nil }
      guard let store else { return nil }
      let n = min(block, count - nextRead)
      buffer.removeAll(keepingCapacity: true)
      buffer.append(contentsOf: repeatElement(SortedPairRuns.Pair(key: 0, value: 0), count: n))
      let at = offset + nextRead * MemoryLayout<SortedPairRuns.Pair>.stride
      try store.read(into: &buffer, at: at)
      nextRead += n
      position = 0
    }
    defer { position += 1 }
    return buffer[position]
  }
}
