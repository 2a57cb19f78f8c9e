/// Horizontal bars, one row per item: `label  ████▌ 42`.
public struct BarChart {
  /// One bar.
  public struct Bar: Sendable, Hashable {
    public var label: String
    public var value: Double
    public var style: Style

    public init(label: String, value: Double, style: Style = .plain) {
      self.label = label
      self.value = value
      self.style = style
    }
  }

  public var bars: [Bar]
  public var labelStyle: Style

  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  public init(_ bars: [Bar], labelStyle: Style = .plain) {
    self.bars = bars
    self.labelStyle = labelStyle
  }

  /// The bar glyphs for `value` out of `maximum` in `width` cells, in eighths of a cell.
  public static func barGlyphs(value: Double, maximum: Double, width: Int) -> String {
    guard maximum > 0, value > 0, width > 0 else { return "" }
    let eighthsTotal = Int((min(value, maximum) / maximum * Double(width * 8)).rounded())
    var out = String(repeating: "█", count: eighthsTotal / 8)
    let rest = eighthsTotal % 8
    if rest > 0 { out.append(eighths[rest - 1]) }
    return out
  }

  /// Draws one bar per row of `rect`: labels padded to the longest, then bar, then value.
  public func render(into screen: inout Screen, rect: Rect) {
    let labels = bars.map { SanitizedText($0.label) }
    let labelWidth = min(labels.map(\.width).max() ?? 0, rect.width / 3)
    let values = bars.map { SanitizedText(BarChart.format($0.value)) }
    let valueWidth = values.map(\.width).max() ?? 0
    let barWidth = max(0, rect.width - labelWidth - valueWidth - 2)
    let maximum = bars.map(\.value).max() ?? 0
    for (index, bar) in bars.enumerated() where index < rect.height {
      let row = rect.row + index
      let labelClip = Rect(row: row, col: rect.col, width: labelWidth, height: 1)
      screen.put(
        text: labels[index], at: Point(row: row, col: rect.col), style: labelStyle,
        clip: labelClip, overflow: .ellipsis)
      let glyphs = BarChart.barGlyphs(value: bar.value, maximum: maximum, width: barWidth)
      let barCol = rect.col + labelWidth + 1
      let used = screen.put(
        text: SanitizedText(glyphs), at: Point(row: row, col: barCol), style: bar.style,
        clip: rect)
      screen.put(
        text: values[index], at: Point(row: row, col: barCol + used + 1), style: labelStyle,
        clip: rect)
    }
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
