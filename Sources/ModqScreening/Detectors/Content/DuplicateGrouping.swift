import ModqCore

/// The queue-wide step of `DuplicateDetector` over a `FingerprintTable`: equal exact keys are
/// joined; for each band, reviews are sorted by band key and every review of a run of equal
/// keys is compared with the first `maxPosting` earlier ones (so boilerplate cannot make it
/// quadratic), joined when the sketches estimate a Jaccard similarity >= `threshold`.
/// Rows are read through `forEachPresentRow` (one pass for the exact keys, one per band) and
/// `withRow`, so a spilled table is read back a block or a row at a time. The keys are sorted
/// by `FingerprintTable.makePairSort()`: for a spilling table an external sort in runs of
/// 65,536 (1 MB) in a temporary file, so the working memory per review is the union-find
/// array's 4 bytes and one bit (a run of equal band keys is held while it is joined).
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
    let sketches = RunSketches(sketchSize: sketchSize)
    do throws(SpillError) {
      try joinExact(table, &sets)
      var run: [UInt64] = []
      for band in 0..<DuplicateFingerprint.bands {
        let sorted = table.makePairSort()
        table.forEachPresentRow { i, row in
          sorted.append(key: UInt64(row[3 + band]), value: UInt64(i))
        }
        // Runs of equal band keys, rows ascending, as `band key << 32 | row` (joinRun's form).
        var key: UInt64 = 0
        try sorted.forEachInOrder { pair in
          if !run.isEmpty && pair.key != key {
            if run.count > 1 { joinRun(run[...], table, &sets, sketches) }
            run.removeAll(keepingCapacity: true)
          }
          key = pair.key
          run.append(pair.key << 32 | pair.value & 0xFFFF_FFFF)
        }
        if run.count > 1 { joinRun(run[...], table, &sets, sketches) }
        run.removeAll(keepingCapacity: true)
        table.noteSpillFailure(sorted.spillFailure)
      }
    } catch {
      table.noteReadFailure(error)
      return []
    }
    return collect(table, &sets)
  }

  /// Joins the rows of equal exact keys, in (key, row) order.
  private func joinExact(_ table: FingerprintTable, _ sets: inout UnionFind) throws(SpillError) {
    let sorted = table.makePairSort()
    table.forEachPresentRow { i, row in
      sorted.append(key: DuplicateFingerprint.exactKey(row), value: UInt64(i))
    }
    var previous: SortedPairRuns.Pair?
    try sorted.forEachInOrder { pair in
      if let previous, previous.key == pair.key { sets.union(Int(pair.value), Int(previous.value)) }
      previous = pair
    }
    table.noteSpillFailure(sorted.spillFailure)
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

  /// Bottom-k Jaccard estimate: of the k smallest values of the union (k = the sketch size),
  /// the share in both. A sketch shorter than k holds its whole set, so two such sketches
  /// give the exact Jaccard similarity (the union is read to its end, not cut at the longer
  /// sketch's length).
  func jaccard(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Double {
    let k = sketchSize
    guard k > 0, a.count + b.count > 0 else { return 0 }
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

  /// Groups of two or more, each ascending, ordered by their first member. A row is in one
  /// when its root is another row, or other rows have it as their root (one bit per row).
  private func collect(_ table: FingerprintTable, _ sets: inout UnionFind) -> [[Int]] {
    let n = table.count
    var slot: [Int: Int] = [:]
    var result: [[Int]] = []
    var joined = [UInt64](repeating: 0, count: (n + 63) / 64)
    for i in 0..<n where table.isPresent(i) {
      let root = sets.find(i)
      if root != i { joined[root >> 6] |= 1 << UInt64(root & 63) }
    }
    for i in 0..<n where table.isPresent(i) {
      let root = sets.find(i)
      guard root != i || joined[i >> 6] & (1 << UInt64(i & 63)) != 0 else { continue }
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
