/// A one-row bar: left text (cut with `…` when room runs out) and right-aligned text.
public struct StatusLine {
  public var left: StyledText
  public var right: StyledText
  public var style: Style

  public init(left: StyledText, right: StyledText = "", style: Style = .role("chrome.status")) {
    self.left = left
    self.right = right
    self.style = style
  }

  /// Draws on the first row of `rect`.
  public func render(into screen: inout Screen, rect: Rect) {
    let bar = Rect(row: rect.row, col: rect.col, width: rect.width, height: min(rect.height, 1))
    screen.fill(bar, style: style)
    let rightWidth = min(right.text.width, bar.width)
    let rightCol = bar.right - rightWidth
    screen.put(text: right, at: Point(row: bar.row, col: rightCol), style: style, clip: bar)
    let leftClip = Rect(
      row: bar.row, col: bar.col, width: max(0, rightCol - bar.col - (rightWidth > 0 ? 1 : 0)),
      height: 1)
    screen.put(
      text: left, at: Point(row: bar.row, col: bar.col), style: style, clip: leftClip,
      overflow: .ellipsis)
  }
}
