/// Splits a rectangle into slots along one axis: a pure function, tested by serialising rects.
public enum Layout {
  /// The axis the slots are stacked along.
  public enum Direction: Sendable, Hashable {
    /// Slots stacked top to bottom (splits the height).
    case vertical
    /// Slots side by side, left to right (splits the width).
    case horizontal
  }

  /// Splits `rect` into one rectangle per constraint, in order, covering at most `rect`.
  ///
  /// Fixed and percent slots are served first, in order, each clamped to what remains; the
  /// rest goes to fill slots by weight, with any rounding remainder to the last fill slot.
  public static func split(
    _ rect: Rect, _ direction: Direction, _ constraints: [Constraint]
  ) -> [Rect] {
    let total = direction == .vertical ? rect.height : rect.width
    var lengths = [Int](repeating: 0, count: constraints.count)
    var remaining = total
    for (index, constraint) in constraints.enumerated() {
      let wanted: Int
      switch constraint {
      case .fixed(let cells): wanted = max(0, cells)
      case .percent(let pct): wanted = total * min(max(pct, 0), 100) / 100
      case .fill: continue
      }
      lengths[index] = min(wanted, remaining)
      remaining -= lengths[index]
    }
    let weights = constraints.map { constraint -> Int in
      if case .fill(let weight) = constraint { return max(weight, 0) }
      return 0
    }
    let weightSum = weights.reduce(0, +)
    if weightSum > 0 {
      var given = 0
      var lastFill = 0
      for (index, weight) in weights.enumerated() where weight > 0 {
        lengths[index] = remaining * weight / weightSum
        given += lengths[index]
        lastFill = index
      }
      lengths[lastFill] += remaining - given
    }
    var offset = 0
    return lengths.map { length in
      defer { offset += length }
      switch direction {
      case .vertical:
        return Rect(row: rect.row + offset, col: rect.col, width: rect.width, height: length)
      case .horizontal:
        return Rect(row: rect.row, col: rect.col + offset, width: length, height: rect.height)
      }
    }
  }
}
