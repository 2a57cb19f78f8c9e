import CNcursesw
import TerminalKit

extension CursesTerminal {
  /// Paints, in each row, the span of cells that changed since the last frame (every cell
  /// after a resize), cell by cell with `setcchar` + `mvwadd_wch`, skipping continuation
  /// cells; then `wnoutrefresh` + `doupdate`, and ncurses sends only what differs on the
  /// terminal. Never clears per frame.
  public func present(_ screen: Screen) {
    guard !isClosed else { return }
    activate()
    let width = min(screen.size.width, size.width)
    // Per row, the span of columns that changed since the last frame (all after a resize).
    var spans: [(row: Int, columns: Range<Int>)] = []
    if let last = lastPresented, last.size == screen.size, screen.size == size {
      for row in 0..<min(screen.size.height, size.height) {
        if let columns = screen.changedColumns(row: row, since: last) {
          spans.append((row, columns.clamped(to: 0..<width)))
        }
      }
    } else {
      werase(window)
      spans = (0..<min(screen.size.height, size.height)).map { ($0, 0..<width) }
    }
    var character = cchar_t()
    var glyph = [wchar_t](repeating: 0, count: 6)
    let blankGlyph: [wchar_t] = [0x20, 0]
    // Runs of printable ASCII cells in one style go out with one attribute change and one
    // `mvwaddnwstr`; anything else is placed cell by cell at its own column.
    var run: [cchar_t] = []
    run.reserveCapacity(width + 1)
    var runCol = 0
    var runStyle = Style.plain
    // A styled blank whose character is swapped for each ASCII byte of a run.
    var template = cchar_t()
    var templateStyle: Style?
    // A run is copied into the window as it is (`mvwadd_wchnstr`: no per-character
    // processing, the cursor does not move; `leaveok` is set, so it need not).
    func flush(_ row: Int) {
      guard !run.isEmpty else { return }
      _ = mvwadd_wchnstr(window, Int32(row), Int32(runCol), run, Int32(run.count))
      run.removeAll(keepingCapacity: true)
    }
    for (row, columns) in spans where row < size.height {
      let cells = screen.row(row)
      let base = cells.startIndex
      defer { flush(row) }
      for col in columns where !cells[base + col].isContinuation {
        let cell = cells[base + col]
        if cell.width == 1, let byte = cell.printableASCII {
          if run.isEmpty || cell.style != runStyle || runCol + run.count != col {
            flush(row)
            if templateStyle != cell.style {
              let (attributes, pair) = palette.lookup(cell.style)
              setcchar(&template, blankGlyph, attributes, pair, nil)
              templateStyle = cell.style
            }
            runCol = col
            runStyle = cell.style
          }
          var ascii = template
          ascii.chars.0 = wchar_t(byte)
          run.append(ascii)
          continue
        }
        flush(row)
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
    wattr_set(window, modq_a_normal(), 0, nil)
    wnoutrefresh(window)
    doupdate()
    lastPresented = screen
  }

  /// Forgets the last frame, so the next `present` repaints everything (after a resize, or
  /// when something else wrote to the terminal).
  public func invalidate() { lastPresented = nil }
}
