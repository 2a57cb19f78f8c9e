extension TextEditor {
  /// Draws the editor into `rect`, scrolled so the cursor is visible; the cursor cell is
  /// drawn in reverse (no hardware cursor). Typed text is sanitised like any other text.
  public func render(
    into screen: inout Screen, rect: Rect, style: Style = .plain,
    cursorStyle: Style = Style(attributes: [.reverse])
  ) {
    screen.fill(rect, style: style)
    guard rect.width > 0, rect.height > 0 else { return }
    let firstLine = max(0, cursorLine - rect.height + 1)
    for row in 0..<rect.height {
      let index = firstLine + row
      if index >= lines.count { break }
      let line = lines[index]
      var firstColumn = 0
      if index == cursorLine {
        // Scroll horizontally so the cursor and one cell after it fit.
        var width = 1
        var column = cursorColumn
        while column > 0 {
          let glyph = TextWidth.width(of: line[column - 1])
          if width + glyph > rect.width { break }
          width += glyph
          column -= 1
        }
        firstColumn = column
      }
      let visible = SanitizedText(String(line[firstColumn...]))
      screen.put(
        text: visible, at: Point(row: rect.row + row, col: rect.col), style: style, clip: rect)
      if index == cursorLine {
        let before = SanitizedText(String(line[firstColumn..<cursorColumn]))
        let col = rect.col + before.width
        let under = cursorColumn < line.count ? String(line[cursorColumn]) : " "
        let cell = SanitizedText(under)
        screen.put(
          text: cell, at: Point(row: rect.row + row, col: min(col, rect.right - 1)),
          style: style.overlaid(with: cursorStyle), clip: rect)
      }
    }
  }
}
