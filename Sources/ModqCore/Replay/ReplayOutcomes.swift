/// Decisions in force as of some seq: each decision counts until an undo reverses it.
public struct ReplayOutcomes: Sendable {
  /// Per review id (see `ReplayIndex.reviewName`): position of its decision in force, or -1.
  public private(set) var current: [Int]
  /// Per event position: true when a later undo (within the range folded) reversed it.
  public private(set) var undone: [Bool]

  /// Folds events at positions `0..<end` of `index`.
  public init(_ index: ReplayIndex, through end: Int? = nil) {
    let end = min(end ?? index.count, index.count)
    var current = Array(repeating: -1, count: index.reviewCount)
    var undone = Array(repeating: false, count: end)
    for i in 0..<end {
      let kind = index.kind(i)
      if kind.isDecision, index.reviews[i] >= 0, index.finals[i] != ReplayIndex.none {
        current[Int(index.reviews[i])] = i
      } else if kind == .undo {
        let t = index.target(i) - 1
        guard t >= 0, t < i, index.kind(t).isDecision, index.reviews[t] >= 0 else { continue }
        undone[t] = true
        let r = Int(index.reviews[t])
        if current[r] == t { current[r] = -1 }
      }
    }
    self.current = current
    self.undone = undone
  }

  /// Whether the decision at position `i` is still in force.
  public func inForce(_ index: ReplayIndex, _ i: Int) -> Bool {
    index.reviews[i] >= 0 && current[Int(index.reviews[i])] == i
  }

  /// Positions of every decision in force, in log order.
  public var decisionPositions: [Int] { current.filter { $0 >= 0 }.sorted() }
}
