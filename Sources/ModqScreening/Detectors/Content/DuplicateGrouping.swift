/// The queue-wide step of `DuplicateDetector` over a `FingerprintTable`: equal exact keys are
/// joined; for each band, reviews are sorted by band key and every review of a run of equal
/// keys is compared with the first `maxPosting` earlier ones (so boilerplate cannot make it
/// quadratic), joined when the sketches estimate a Jaccard similarity >= `threshold`.
/// Rows are read through `forEachPresentRow` (one pass for the exact keys, one per band) and
/// `withRow`, so a spilled table is read back a block or a row at a time. Working memory per
/// review: 16 bytes while the exact keys are sorted, then 8 per band pass, plus 4 for the
/// union-find array and 4 for the group sizes at the end.
struct DuplicateGrouping {
  let layout: DuplicateFingerprint
  let threshold: Double
  let sketchSize: Int
  let maxPosting: Int

  func groups(_ table: FingerprintTable) -> [[Int]] {
    let n = table.count
    guard n > 1 else { return [] }
    var present = 0
    for i in 0..<n where table.isPresent(i) { present += 1 }
    guard present > 1 else { return [] }
    var sets = UnionFind(count: n)
    joinExact(table, present, &sets)
    var entries: [UInt64] = []
    entries.reserveCapacity(present)
    let sketches = RunSketches(sketchSize: sketchSize)
    for band in 0..<DuplicateFingerprint.bands {
      entries.removeAll(keepingCapacity: true)
      table.forEachPresentRow { i, row in
        entries.append(UInt64(row[3 + band]) << 32 | UInt64(UInt32(i)))
      }
      entries.sort()
      var start = 0
      while start < entries.count {
        var end = start + 1
        while end < entries.count && entries[end] >> 32 == entries[start] >> 32 { end += 1 }
        if end - start > 1 { joinRun(entries[start..<end], table, &sets, sketches) }
        start = end
      }
    }
    return collect(table, &sets)
  }

  private func joinExact(_ table: FingerprintTable, _ present: Int, _ sets: inout UnionFind) {
    var keyed: [(key: UInt64, index: Int)] = []
    keyed.reserveCapacity(present)
    table.forEachPresentRow { i, row in
      keyed.append((key: DuplicateFingerprint.exactKey(row), index: i))
    }
    keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
    for k in 1..<keyed.count where keyed[k].key == keyed[k - 1].key {
      sets.union(keyed[k].index, keyed[k - 1].index)
    }
  }

  /// Each review of a run (ascending index) against the first `maxPosting` before it. A row's
  /// sketch is read only when a comparison needs it: the run's first `maxPosting` once each
  /// (kept in `sketches`), every later one once.
  private func joinRun(
    _ run: ArraySlice<UInt64>, _ table: FingerprintTable, _ sets: inout UnionFind,
    _ sketches: RunSketches
  ) {
    let lower = run.startIndex
    sketches.reset(max(0, min(run.count, maxPosting)))
    for a in (lower + 1)..<run.endIndex {
      let i = Int(run[a] & 0xFFFF_FFFF)
      var current: UnsafeBufferPointer<UInt32>?
      for b in lower..<min(a, lower + maxPosting) {
        let j = Int(run[b] & 0xFFFF_FFFF)
        if sets.find(i) == sets.find(j) { continue }
        let sketch = current ?? sketches.current(row: i, table)
        current = sketch
        if jaccard(sketch, sketches.slot(b - lower, row: j, table)) >= threshold {
          sets.union(i, j)
        }
      }
    }
  }

  /// Bottom-k Jaccard estimate: of the k smallest values of the union, the share in both.
  func jaccard(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Double {
    let k = min(sketchSize, max(a.count, b.count))
    guard k > 0 else { return 0 }
    var i = 0, j = 0, taken = 0, both = 0
    while taken < k && (i < a.count || j < b.count) {
      if j >= b.count || (i < a.count && a[i] < b[j]) {
        i += 1
      } else if i >= a.count || b[j] < a[i] {
        j += 1
      } else {
        both += 1; i += 1; j += 1
      }
      taken += 1
    }
    return Double(both) / Double(taken)
  }

  /// Groups of two or more, each ascending, ordered by their first member.
  private func collect(_ table: FingerprintTable, _ sets: inout UnionFind) -> [[Int]] {
    let n = table.count
    var slot: [Int: Int] = [:]
    var result: [[Int]] = []
    var sizes = [Int32](repeating: 0, count: n)
    for i in 0..<n where table.isPresent(i) { sizes[sets.find(i)] += 1 }
    for i in 0..<n where table.isPresent(i) {
      let root = sets.find(i)
      guard sizes[root] > 1 else { continue }
      if let at = slot[root] {
        result[at].append(i)
      } else {
        slot[root] = result.count
        result.append([i])
      }
    }
    return result
  }
}
