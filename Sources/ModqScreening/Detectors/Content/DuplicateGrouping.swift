/// The queue-wide step of `DuplicateDetector` over a `FingerprintTable`: equal exact keys are
/// joined; for each band, reviews are sorted by band key and every review of a run of equal
/// keys is compared with the first `maxPosting` earlier ones (so boilerplate cannot make it
/// quadratic), joined when the sketches estimate a Jaccard similarity >= `threshold`.
/// Working memory: 8 bytes per review per pass plus the union-find array.
struct DuplicateGrouping {
  let layout: DuplicateFingerprint
  let threshold: Double
  let sketchSize: Int
  let maxPosting: Int

  func groups(_ table: FingerprintTable) -> [[Int]] {
    let n = table.count
    guard n > 1 else { return [] }
    var sets = UnionFind(count: n)
    var members: [Int] = []
    members.reserveCapacity(n)
    for i in 0..<n where table.isPresent(i) { members.append(i) }
    guard members.count > 1 else { return [] }
    joinExact(members, table, &sets)
    var entries = [UInt64](repeating: 0, count: members.count)
    for band in 0..<DuplicateFingerprint.bands {
      for (k, i) in members.enumerated() {
        entries[k] = UInt64(table.row(i)[3 + band]) << 32 | UInt64(UInt32(i))
      }
      entries.sort()
      var start = 0
      while start < entries.count {
        var end = start + 1
        while end < entries.count && entries[end] >> 32 == entries[start] >> 32 { end += 1 }
        if end - start > 1 { joinRun(entries[start..<end], table, &sets) }
        start = end
      }
    }
    return collect(members, count: n, &sets)
  }

  private func joinExact(_ members: [Int], _ table: FingerprintTable, _ sets: inout UnionFind) {
    var keyed = members.map { (key: DuplicateFingerprint.exactKey(table.row($0)), index: $0) }
    keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
    for k in 1..<keyed.count where keyed[k].key == keyed[k - 1].key {
      sets.union(keyed[k].index, keyed[k - 1].index)
    }
  }

  /// Each review of a run (ascending index) against the first `maxPosting` before it.
  private func joinRun(
    _ run: ArraySlice<UInt64>, _ table: FingerprintTable, _ sets: inout UnionFind
  ) {
    let lower = run.startIndex
    for a in (lower + 1)..<run.endIndex {
      let i = Int(run[a] & 0xFFFF_FFFF)
      let sketch = DuplicateFingerprint.sketch(table.row(i))
      for b in lower..<min(a, lower + maxPosting) {
        let j = Int(run[b] & 0xFFFF_FFFF)
        if sets.find(i) == sets.find(j) { continue }
        if jaccard(sketch, DuplicateFingerprint.sketch(table.row(j))) >= threshold {
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
  private func collect(_ members: [Int], count n: Int, _ sets: inout UnionFind) -> [[Int]] {
    var slot: [Int: Int] = [:]
    var result: [[Int]] = []
    var sizes = [Int32](repeating: 0, count: n)
    for i in members { sizes[sets.find(i)] += 1 }
    for i in members {
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
