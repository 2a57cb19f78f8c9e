/// A one-row chart of values as block heights: `▁▂▄█`.
public struct Sparkline {
  public var values: [Double]
  public var style: Style

  static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  public init(_ values: [Double], style: Style = .plain) {
    self.values = values
    self.style = style
  }

  /// The glyphs for the last `width` values, scaled to the largest.
  public func glyphs(width: Int) -> String {
    let shown = values.suffix(max(0, width))
    let top = shown.max() ?? 0
    return String(
      shown.map { value -> Character in
        guard top > 0, value > 0 else { return " " }
        let level = Int((value / top * 7).rounded())
        return Sparkline.blocks[min(max(level, 0), 7)]
      })
  }

  /// Draws on the first row of `rect`.
  public func render(into screen: inout Screen, rect: Rect) {
    screen.put(
      text: SanitizedText(glyphs(width: rect.width)), at: Point(row: rect.row, col: rect.col),
      style: style, clip: rect)
  }
}
