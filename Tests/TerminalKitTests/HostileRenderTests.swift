import TerminalKit
import Testing

/// Every hostile text, wrapped into a pane and drawn on a screen, leaves only safe cells.
@Suite struct HostileRenderTests {
  @Test func everyHostileTextRendersToSafeWellFormedCells() {
    for (name, input) in HostileTexts.all {
      let text = HostileTexts.sanitize(input)
      var styled = StyledText(text)
      styled.highlight(original: 0..<3, style: .role("highlight.reject"))
      var screen = Screen(size: Size(width: 100, height: 30))
      let pane = Rect(row: 1, col: 2, width: 60, height: 27)
      TextView(WrappedText(styled, width: pane.width)).render(into: &screen, rect: pane, offset: 0)
      screen.put(text: text, at: Point(row: 0, col: 0), overflow: .ellipsis)
      for row in 0..<screen.size.height {
        let cells = screen.row(row)
        #expect(isWellFormed(Array(cells)), "\(name) row \(row)")
        for cell in cells {
          #expect(isSafeAlphabet(cell.text) && !cell.text.contains("\n"), "\(name): \(cell.text)")
        }
      }
      // Nothing outside the pane and the title row was touched.
      #expect(screen[29, 0] == .blank && screen[5, 80] == .blank, "\(name)")
    }
  }

  /// Widths add up to the row, and every wide cell is followed by its continuation (and
  /// only there).
  func isWellFormed(_ cells: [Cell]) -> Bool {
    guard cells.reduce(0, { $0 + Int($1.width) }) == cells.count else { return false }
    for (index, cell) in cells.enumerated() {
      let wide = index > 0 && cells[index - 1].width == 2
      if cell.isContinuation != wide { return false }
    }
    return true
  }
}
