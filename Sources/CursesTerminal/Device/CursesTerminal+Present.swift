import CNcursesw
import TerminalKit

extension CursesTerminal {
  /// Paints, in each row, the span of cells that changed since the last frame (every cell
  /// after a resize), skipping continuation cells; then `wnoutrefresh` + `doupdate`, and
  /// ncurses sends only what differs on the terminal. Never clears per frame.
  ///
  /// Runs of cells in one style are copied into the window as they are, with no string
  /// work: printable ASCII with `mvwaddchnstr` (plain `chtype`s, which ncurses stores without
  /// measuring or restyling them), other glyphs of one scalar that ncurses measures as we do
  /// with `mvwadd_wchnstr`; anything else is placed cell by cell.
  public func present(_ screen: Screen) {
    guard !isClosed else { return }
    activate()
    let width = min(screen.size.width, size.width)
    let height = min(screen.size.height, size.height)
    let last = lastPresented.flatMap { $0.size == screen.size && screen.size == size ? $0 : nil }
    if last == nil { werase(window) }
    withUnsafeTemporaryAllocation(of: cchar_t.self, capacity: max(1, width)) { run in
      withUnsafeTemporaryAllocation(of: chtype.self, capacity: max(1, width)) { ascii in
        var painter = RowPainter(
          window: window, palette: palette, run: run, ascii: ascii, width: width)
        for row in 0..<height {
          var columns = 0..<width
          if let last {
            guard let changed = screen.changedColumns(row: row, since: last) else { continue }
            columns = changed.clamped(to: 0..<width)
          }
          painter.paint(screen.row(row), row: row, columns: columns)
        }
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

/// Copies the cells of one row's changed span into the ncurses window.
private struct RowPainter {
  let window: UnsafeMutablePointer<WINDOW>
  let palette: ColorPalette
  /// Room for one row of cells in a run of wide characters, or of ASCII `chtype`s.
  let run: UnsafeMutableBufferPointer<cchar_t>
  let ascii: UnsafeMutableBufferPointer<chtype>
  let width: Int
  private var count = 0
  private var isASCIIRun = false
  private var runCol = 0
  private var runEnd = 0
  private var runStyle = Style.plain
  /// A styled blank whose character is swapped for each cell of a run, and the same style
  /// as `chtype` bits (nil when its colour pair does not fit a `chtype`).
  private var template = cchar_t()
  private var asciiTemplate: chtype?
  private var templateStyle: Style?
  private var character = cchar_t()
  private var glyph = [wchar_t](repeating: 0, count: 6)
  private static let blankGlyph: [wchar_t] = [0x20, 0]

  init(
    window: UnsafeMutablePointer<WINDOW>, palette: ColorPalette,
    run: UnsafeMutableBufferPointer<cchar_t>, ascii: UnsafeMutableBufferPointer<chtype>,
    width: Int
  ) {
    self.window = window
    self.palette = palette
    self.run = run
    self.ascii = ascii
    self.width = width
  }

  mutating func paint(_ cells: ArraySlice<Cell>, row: Int, columns: Range<Int>) {
    cells.withUnsafeBufferPointer { cells in
      for col in columns {
        let cell = cells[col]
        // The common case first: printable ASCII continuing an ASCII run of the same style.
        if let byte = cell.printableASCII, count > 0, isASCIIRun, runEnd == col,
          cell.style == runStyle, let bits = asciiTemplate
        {
          ascii[count] = bits | chtype(byte)
          count += 1
          runEnd += 1
          continue
        }
        if cell.isContinuation { continue }
        if let scalar = cell.singleScalar, cell.width == 1 || col + 1 < width,
          Self.ncursesWidth(scalar) == Int(cell.width)
        {
          add(scalar, cell: cell, row: row, col: col)
        } else {
          flush(row)
          place(cell, row: row, col: col)
        }
      }
    }
    flush(row)
  }

  /// ncurses' width of a scalar (printable ASCII without asking).
  private static func ncursesWidth(_ scalar: Unicode.Scalar) -> Int {
    scalar.value >= 0x20 && scalar.value < 0x7F
      ? 1 : Int(wcwidth(wchar_t(bitPattern: scalar.value)))
  }

  /// Appends a one-scalar cell to the run (starting a new run if the style, the column or
  /// the kind of run breaks).
  private mutating func add(_ scalar: Unicode.Scalar, cell: Cell, row: Int, col: Int) {
    if templateStyle != cell.style {
      let (attributes, pair) = palette.lookup(cell.style)
      setcchar(&template, Self.blankGlyph, attributes, pair, nil)
      asciiTemplate = pair <= 255 ? attributes | chtype(COLOR_PAIR(Int32(pair))) : nil
      templateStyle = cell.style
    }
    let isASCII = scalar.value < 0x7F && asciiTemplate != nil
    if count == 0 || cell.style != runStyle || runEnd != col || isASCII != isASCIIRun {
      flush(row)
      runCol = col
      runEnd = col
      runStyle = cell.style
      isASCIIRun = isASCII
    }
    if isASCII, let bits = asciiTemplate {
      ascii[count] = bits | chtype(scalar.value)
    } else {
      var copy = template
      copy.chars.0 = wchar_t(bitPattern: scalar.value)
      run[count] = copy
    }
    count += 1
    runEnd += Int(cell.width)
  }

  /// Copies the run into the window as it is (no per-character processing; the cursor
  /// does not move, and `leaveok` is set, so it need not).
  private mutating func flush(_ row: Int) {
    guard count > 0 else { return }
    if isASCIIRun, let base = ascii.baseAddress {
      _ = mvwaddchnstr(window, Int32(row), Int32(runCol), base, Int32(count))
    } else if let base = run.baseAddress {
      _ = mvwadd_wchnstr(window, Int32(row), Int32(runCol), base, Int32(count))
    }
    count = 0
  }

  /// Places one cell whose glyph has several scalars, or that ncurses measures differently.
  private mutating func place(_ cell: Cell, row: Int, col: Int) {
    if cell.width == 2 && col + 1 >= width { return }
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
      setcchar(&character, Self.blankGlyph, attributes, pair, nil)
      _ = mvwadd_wch(window, Int32(row), Int32(col + 1), &character)
    }
    if spacing > 1 {
      // Several spacing characters in one grapheme (a flag's two regional indicators)
      // do not fit one cchar_t: write them as a string, one cell each.
      wattr_set(window, attributes, pair, nil)
      _ = mvwaddnwstr(window, Int32(row), Int32(col), glyph, Int32(count))
      wattr_set(window, modq_a_normal(), 0, nil)
      return
    }
    setcchar(&character, glyph, attributes, pair, nil)
    // Writing the bottom-right cell returns ERR while still painting: ignored.
    _ = mvwadd_wch(window, Int32(row), Int32(col), &character)
  }
}
