/// A hint bar built from (keys, label) pairs: `a accept  r reject  ? help`. Hints that do
/// not fit are left out whole, never cut.
public struct KeyHints {
  /// One hint: the keys as shown (`"a/Enter"`) and what they do.
  public struct Hint: Sendable, Hashable {
    public var keys: String
    public var label: String

    public init(keys: String, label: String) {
      self.keys = keys
      self.label = label
    }
  }

  public var hints: [Hint]
  public var style: Style
  public var keyStyle: Style

  public init(
    _ hints: [Hint], style: Style = .role("chrome.hint"),
    keyStyle: Style = .role("chrome.hint", [.bold])
  ) {
    self.hints = hints
    self.style = style
    self.keyStyle = keyStyle
  }

  /// Convenience for literal tables: `KeyHints([("a", "accept"), ("?", "help")])`.
  public init(_ pairs: [(String, String)]) {
    self.init(pairs.map { Hint(keys: $0.0, label: $0.1) })
  }

  /// Draws on the first row of `rect`.
  public func render(into screen: inout Screen, rect: Rect) {
    let bar = Rect(row: rect.row, col: rect.col, width: rect.width, height: min(rect.height, 1))
    screen.fill(bar, style: style)
    var col = bar.col
    for hint in hints {
      let keys = SanitizedText(hint.keys)
      let label = SanitizedText(hint.label)
      let needed = keys.width + 1 + label.width
      if col + needed > bar.right { break }
      col += screen.put(text: keys, at: Point(row: bar.row, col: col), style: keyStyle, clip: bar)
      col += 1
      col += screen.put(text: label, at: Point(row: bar.row, col: col), style: style, clip: bar)
      col += 2
    }
  }
}
