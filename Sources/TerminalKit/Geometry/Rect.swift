/// A rectangle of cells: top-left corner (`row`, `col`) plus `width` columns and `height` rows.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
  public var row: Int
  public var col: Int
  public var width: Int
  public var height: Int

  public init(row: Int, col: Int, width: Int, height: Int) {
    self.row = row
    self.col = col
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The rectangle at the origin covering `size`.
  public init(size: Size) {
    self.init(row: 0, col: 0, width: size.width, height: size.height)
  }

  public var size: Size { Size(width: width, height: height) }
  public var isEmpty: Bool { width == 0 || height == 0 }
  /// One past the last row.
  public var bottom: Int { row + height }
  /// One past the last column.
  public var right: Int { col + width }

  public func contains(_ point: Point) -> Bool {
    point.row >= row && point.row < bottom && point.col >= col && point.col < right
  }

  /// The overlap of two rectangles (empty, anchored at `self`'s corner, if they do not meet).
  public func intersection(_ other: Rect) -> Rect {
    let top = max(row, other.row)
    let left = max(col, other.col)
    let bottom = min(self.bottom, other.bottom)
    let right = min(self.right, other.right)
    if bottom <= top || right <= left { return Rect(row: row, col: col, width: 0, height: 0) }
    return Rect(row: top, col: left, width: right - left, height: bottom - top)
  }

  /// The rectangle shrunk by `cells` on every side (a box's interior when `cells` is 1).
  public func inset(by cells: Int) -> Rect {
    Rect(row: row + cells, col: col + cells, width: width - 2 * cells, height: height - 2 * cells)
  }

  /// A rectangle of `size` centred in this one (clamped to fit).
  public func centered(_ size: Size) -> Rect {
    let w = min(size.width, width)
    let h = min(size.height, height)
    return Rect(row: row + (height - h) / 2, col: col + (width - w) / 2, width: w, height: h)
  }

  /// `(row,col widthxheight)`, the form layout tests serialise.
  public var description: String { "(\(row),\(col) \(width)x\(height))" }
}
