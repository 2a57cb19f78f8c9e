/// A cell position: `row` from the top, `col` from the left, both zero-based.
public struct Point: Sendable, Hashable, CustomStringConvertible {
  public var row: Int
  public var col: Int

  public init(row: Int, col: Int) {
    self.row = row
    self.col = col
  }

  /// `r3c10`.
  public var description: String { "r\(row)c\(col)" }
}
