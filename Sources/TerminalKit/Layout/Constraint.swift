/// How much room one slot of a `Layout` split wants.
public enum Constraint: Sendable, Hashable {
  /// Exactly this many cells (less if the whole area is too small).
  case fixed(Int)
  /// This percentage of the whole area, rounded down.
  case percent(Int)
  /// A share of what is left after fixed and percent slots, by weight.
  case fill(Int)

  /// A fill slot with weight 1.
  public static let fill = Constraint.fill(1)
}
