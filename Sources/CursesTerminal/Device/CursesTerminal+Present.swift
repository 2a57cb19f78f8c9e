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
    let blankGlyph: [wchar_t] = [0x20, 0]
    for row in rows where row < size.height {
      for (col, cell) in screen.row(row).prefix(width).enumerated() where !cell.isContinuation {
        if cell.width == 2 && col + 1 >= width { continue }
        let (attributes, pair) = palette.lookup(cell.style)
        var count = 0
        var spacing = 0
        for scalar in cell.text.unicodeScalars where count < 5 {
          let value = wchar_t(bitPattern: scalar.value)
          // Emoji presentation (VS16) on a base ncurses measures as narrow would make the
          // terminal draw 2 columns where ncurses counts 1 and shift the row: send the
          // plain base; the second cell is blanked below.
          if scalar.value == 0xFE0F, count > 0, wcwidth(glyph[0]) == 1 { continue }
          glyph[count] = value
          if wcwidth(value) > 0 { spacing += 1 }
          count += 1
        }
        if count == 0 {
          glyph[0] = 0x20
          count = 1
        }
        glyph[count] = 0
        if cell.width == 2 {
          // If ncurses finds the glyph narrower than we do, the second cell must not keep
          // stale text: blank it first; a wide glyph then overwrites it.
          setcchar(&character, blankGlyph, attributes, pair, nil)
          _ = mvwadd_wch(window, Int32(row), Int32(col + 1), &character)
        }
        if spacing > 1 {
          // Several spacing characters in one grapheme (a flag's two regional indicators)
          // do not fit one cchar_t: write them as a string, one cell each.
          wattr_set(window, attributes, pair, nil)
          _ = mvwaddnwstr(window, Int32(row), Int32(col), glyph, Int32(count))
          wattr_set(window, modq_a_normal(), 0, nil)
          continue
        }
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
