import CNcursesw
import TerminalKit

extension CursesTerminal {
  /// Paints the rows that changed since the last frame (all rows after a resize), cell by
  /// cell with `setcchar` + `mvwadd_wch`, skipping continuation cells; then `wnoutrefresh` +
  /// `doupdate`, and ncurses sends only what differs on the terminal. Never clears per frame.
  public func present(_ screen: Screen) {
    guard !isClosed else { return }
    activate()
    let rows: [Int]
    if let last = lastPresented, last.size == screen.size, screen.size == size {
      rows = screen.changedRows(since: last)
    } else {
      werase(window)
      rows = Array(0..<min(screen.size.height, size.height))
    }
    let width = min(screen.size.width, size.width)
    var character = cchar_t()
    var glyph = [wchar_t](repeating: 0, count: 6)
    for row in rows where row < size.height {
      for (col, cell) in screen.row(row).prefix(width).enumerated() where !cell.isContinuation {
        if cell.width == 2 && col + 1 >= width { continue }
        let (attributes, pair) = palette.lookup(cell.style)
        var count = 0
        for scalar in cell.text.unicodeScalars where count < 5 {
          glyph[count] = wchar_t(bitPattern: scalar.value)
          count += 1
        }
        if count == 0 {
          glyph[0] = 0x20
          count = 1
        }
        glyph[count] = 0
        setcchar(&character, glyph, attributes, pair, nil)
        // Writing the bottom-right cell returns ERR while still painting: ignored.
        _ = mvwadd_wch(window, Int32(row), Int32(col), &character)
      }
    }
    wnoutrefresh(window)
    doupdate()
    lastPresented = screen
  }

  /// Forgets the last frame, so the next `present` repaints everything (after a resize, or
  /// when something else wrote to the terminal).
  public func invalidate() { lastPresented = nil }
}
