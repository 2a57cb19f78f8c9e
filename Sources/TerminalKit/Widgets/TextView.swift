/// A scrolling pager over wrapped, styled text. Keep the `WrappedText` in the model and
/// re-wrap only when the text or width changes.
public struct TextView {
  public var wrapped: WrappedText
  public var style: Style

  public init(_ wrapped: WrappedText, style: Style = .plain) {
    self.wrapped = wrapped
    self.style = style
  }

  /// The largest useful scroll offset for `height` rows.
  public func maxOffset(height: Int) -> Int { max(0, wrapped.lines.count - height) }

  /// Clamps a scroll offset to the text.
  public func clamp(_ offset: Int, height: Int) -> Int {
    min(max(offset, 0), maxOffset(height: height))
  }

  /// Draws from line `offset` (clamped) into `rect`; shows `↓` in the last column of the
  /// bottom row when more text follows and `↑` at the top when text precedes.
  public func render(into screen: inout Screen, rect: Rect, offset: Int) {
    screen.fill(rect, style: style)
    let first = clamp(offset, height: rect.height)
    wrapped.render(into: &screen, rect: rect, from: first, style: style)
    guard rect.width > 0, rect.height > 0 else { return }
    let indicator = style.overlaid(with: .role("dim"))
    if first > 0 {
      screen.set(Cell("↑", style: indicator), row: rect.row, col: rect.right - 1)
    }
    if first + rect.height < wrapped.lines.count {
      screen.set(Cell("↓", style: indicator), row: rect.bottom - 1, col: rect.right - 1)
    }
  }
}
