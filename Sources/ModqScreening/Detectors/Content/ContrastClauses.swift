/// A review's sentences cut into clauses at contrast words ("but", "however", "though"):
/// a token's clause is the number of contrast words before it in its field. In "Shipping took
/// forever but the jacket is warm", the complaint and the product talk are in different
/// clauses of one sentence.
struct ContrastClauses {
  /// Per field: `counts[k]` = contrast words among tokens `0..<k`.
  private let counts: [[Int32]]

  init(_ analysis: ContentAnalysis) {
    counts = analysis.tokenCues.map { masks in
      var running: Int32 = 0
      var result = [Int32](repeating: 0, count: masks.count + 1)
      for (k, mask) in masks.enumerated() {
        if mask & Cue.contrast.bit != 0 { running += 1 }
        result[k + 1] = running
      }
      return result
    }
  }

  /// The clause of a hit (that of its first token).
  func clause(of hit: CueHit) -> Int32 { counts[hit.field][hit.tokens.lowerBound] }

  /// True when one of `hits` (in text order) is in the same sentence and clause as `hit`;
  /// by binary search, since clauses only grow along a sentence.
  func shareAClause(_ hit: CueHit, withAnyOf hits: [CueHit]) -> Bool {
    let near = hits[hits.indices(near: hit, window: 0)]
    let wanted = clause(of: hit)
    var low = near.startIndex
    var high = near.endIndex
    while low < high {
      let mid = (low + high) / 2
      if clause(of: near[mid]) < wanted { low = mid + 1 } else { high = mid }
    }
    return low < near.endIndex && clause(of: near[low]) == wanted
  }
}
