extension Screen {
  /// Draws a single-line Unicode box (`┌─┐│└┘`) on the edge of `rect`, with an optional
  /// title in the top border. Returns the interior.
  @discardableResult
  public mutating func drawBox(
    _ rect: Rect, style: Style = .plain, title: SanitizedText? = nil, titleStyle: Style? = nil
  ) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else {
      return Rect(row: rect.row, col: rect.col, width: 0, height: 0)
    }
    let right = rect.right - 1
    let bottom = rect.bottom - 1
    for col in (rect.col + 1)..<right {
      set(Cell("─", style: style), row: rect.row, col: col)
      set(Cell("─", style: style), row: bottom, col: col)
    }
    for row in (rect.row + 1)..<bottom {
      set(Cell("│", style: style), row: row, col: rect.col)
      set(Cell("│", style: style), row: row, col: right)
    }
    set(Cell("┌", style: style), row: rect.row, col: rect.col)
    set(Cell("┐", style: style), row: rect.row, col: right)
    set(Cell("└", style: style), row: bottom, col: rect.col)
    set(Cell("┘", style: style), row: bottom, col: right)
    if let title, !title.isEmpty, rect.width > 4 {
      let clip = Rect(row: rect.row, col: rect.col + 1, width: rect.width - 2, height: 1)
      put(
        text: " " + title + " ", at: Point(row: rect.row, col: rect.col + 1),
        style: titleStyle ?? style, clip: clip, overflow: .ellipsis)
    }
    return rect.inset(by: 1)
  }
}
