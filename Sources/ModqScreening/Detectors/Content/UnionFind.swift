/// Disjoint sets over queue indices (path halving); 4 bytes per index (queue indices fit in
/// 32 bits, as the band entries already assume).
struct UnionFind {
  private var parent: [UInt32]

  init(count: Int) { parent = (0..<count).map { UInt32(truncatingIfNeeded: $0) } }

  mutating func find(_ x: Int) -> Int {
    var x = x
    while Int(parent[x]) != x {
      parent[x] = parent[Int(parent[x])]
      x = Int(parent[x])
    }
    return x
  }

  mutating func union(_ a: Int, _ b: Int) {
    let ra = find(a), rb = find(b)
    if ra != rb { parent[max(ra, rb)] = UInt32(truncatingIfNeeded: min(ra, rb)) }
  }
}
