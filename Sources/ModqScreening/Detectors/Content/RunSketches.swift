/// `DuplicateGrouping`'s copies of sketches while it compares one run of equal band keys: the
/// run's first `maxPosting` rows (each compared with every later review of the run, so each is
/// read from the table once, not once per comparison) and the current review's. A spilled
/// row costs a `pread`; a resident one a copy of at most `sketchSize` words.
final class RunSketches {
  private let sketchSize: Int
  private var words: UnsafeMutablePointer<UInt32>
  /// Per slot: its sketch length, or -1 when not read yet in this run.
  private var lengths: [Int] = []
  private let currentWords: UnsafeMutablePointer<UInt32>

  init(sketchSize: Int) {
    self.sketchSize = sketchSize
    words = .allocate(capacity: 0)
    currentWords = .allocate(capacity: sketchSize)
  }

  deinit {
    words.deallocate()
    currentWords.deallocate()
  }

  /// Forgets the slots' sketches: a new run starts, which uses `used` slots.
  func reset(_ used: Int) {
    if used > lengths.count {
      words.deallocate()
      words = .allocate(capacity: used * sketchSize)
      lengths = [Int](repeating: -1, count: used)
    }
    for k in 0..<used { lengths[k] = -1 }
  }

  /// The sketch of row `row`, run position `slot` (read on first use in this run).
  func slot(_ slot: Int, row: Int, _ table: FingerprintTable) -> UnsafeBufferPointer<UInt32> {
    let start = words + slot * sketchSize
    if lengths[slot] < 0 {
      lengths[slot] = copy(row, table, into: start).count
    }
    return UnsafeBufferPointer(start: start, count: lengths[slot])
  }

  /// The sketch of row `row` as the review compared with the slots.
  func current(row: Int, _ table: FingerprintTable) -> UnsafeBufferPointer<UInt32> {
    copy(row, table, into: currentWords)
  }

  private func copy(
    _ row: Int, _ table: FingerprintTable, into target: UnsafeMutablePointer<UInt32>
  ) -> UnsafeBufferPointer<UInt32> {
    table.withRow(row) { words in
      let sketch = DuplicateFingerprint.sketch(words)
      let count = min(sketch.count, sketchSize)
      if let base = sketch.baseAddress { target.update(from: base, count: count) }
      return UnsafeBufferPointer(start: target, count: count)
    }
  }
}
