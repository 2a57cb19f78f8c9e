/// Reads one sorted run of `QueueRowRecords` keys in order: from memory, or from the spill
/// store `block` keys per `pread` into one reused buffer.
final class KeyRunReader {
  private let records: QueueRowRecords?
  private var buffer: [QueueRowRecords.Key]
  private var position = 0
  /// Index in the run of the next key to read from the store.
  private var nextRead: Int
  private let count: Int
  private let offset: Int
  private let block: Int

  /// A run held in memory.
  init(resident keys: [QueueRowRecords.Key]) {
    records = nil
    buffer = keys
    count = keys.count
    nextRead = keys.count
    offset = 0
    block = 1
  }

  /// A run of `count` keys stored from byte `offset` of `records`' store.
  init(records: QueueRowRecords, offset: Int, count: Int, block: Int) {
    self.records = records
    buffer = []
    self.count = count
    nextRead = 0
    self.offset = offset
    self.block = max(1, block)
  }

  /// The next key, or nil at the end of the run; throws when the store cannot be read.
  func next() throws(SpillError) -> QueueRowRecords.Key? {
    if position == buffer.count {
      guard let records, nextRead < count else { return nil }
      let n = min(block, count - nextRead)
      buffer.removeAll(keepingCapacity: true)
      buffer.append(contentsOf: repeatElement(QueueRowRecords.Key(hash: 0, row: 0), count: n))
      let at = offset + nextRead * MemoryLayout<QueueRowRecords.Key>.stride
      try records.readStore(into: &buffer, at: at)
      nextRead += n
      position = 0
    }
    defer { position += 1 }
    return buffer[position]
  }
}
