/// One terminal cell: a single grapheme and its style. A wide glyph occupies its cell and
/// the next one, which is a continuation cell (empty text) with the same style.
public struct Cell: Sendable, Hashable {
  /// The grapheme shown, `""` for the right half of a wide glyph.
  public var text: String
  /// Display width of `text`: 1, 2, or 0 for a continuation cell.
  public var width: UInt8
  public var style: Style

  public init(_ text: String, width: UInt8 = 1, style: Style = .plain) {
    self.text = text
    self.width = width
    self.style = style
  }

  /// A space in the default style.
  public static let blank = Cell(" ")

  /// A space in `style`.
  public static func blank(_ style: Style) -> Cell { Cell(" ", style: style) }

  /// The right half of a wide glyph.
  public static func continuation(_ style: Style) -> Cell { Cell("", width: 0, style: style) }

  public var isContinuation: Bool { width == 0 }
}
