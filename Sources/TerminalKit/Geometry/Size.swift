/// A terminal size in cells: `width` columns by `height` rows.
public struct Size: Sendable, Hashable, CustomStringConvertible {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// `80x24`.
  public var description: String { "\(width)x\(height)" }
}
