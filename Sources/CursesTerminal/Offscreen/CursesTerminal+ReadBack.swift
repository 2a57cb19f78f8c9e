import CNcursesw
import TerminalKit

/// One cell read back from ncurses' virtual screen.
public struct ReadBackCell: Sendable, Hashable {
  public var text: String
  public var attributes: TextAttributes
  /// The colour pair number (0: default colours).
  public var pair: Int16
  /// The pair's foreground and background colour numbers (-1: terminal default).
  public var foreground: Int16
  public var background: Int16
}

extension CursesTerminal {
  /// The cell at `row`, `col` as ncurses holds it (tig's read-back method: `mvwin_wchnstr` +
  /// `getcchar`). For tests of the off-screen terminal.
  public func readBackCell(row: Int, col: Int) -> ReadBackCell {
    activate()
    var cells = [cchar_t](repeating: cchar_t(), count: 2)
    _ = mvwin_wchnstr(window, Int32(row), Int32(col), &cells, 1)
    var text = [wchar_t](repeating: 0, count: 8)
    var attributes: attr_t = 0
    var pair: Int16 = 0
    getcchar(&cells[0], &text, &attributes, &pair, nil)
    var string = ""
    for value in text {
      if value == 0 { break }
      if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) {
        string.unicodeScalars.append(scalar)
      }
    }
    var decoded: TextAttributes = []
    if attributes & modq_a_bold() != 0 { decoded.insert(.bold) }
    if attributes & modq_a_reverse() != 0 { decoded.insert(.reverse) }
    if attributes & modq_a_underline() != 0 { decoded.insert(.underline) }
    if attributes & modq_a_dim() != 0 { decoded.insert(.dim) }
    var foreground: Int16 = -1
    var background: Int16 = -1
    if pair > 0 { pair_content(pair, &foreground, &background) }
    return ReadBackCell(
      text: string, attributes: decoded, pair: pair, foreground: foreground,
      background: background)
  }

  /// The text of every row as ncurses holds it; the right half of a wide glyph is skipped.
  public func readBackLines() -> [String] {
    (0..<size.height).map { row in
      var line = ""
      var col = 0
      while col < size.width {
        let text = readBackCell(row: row, col: col).text
        line += text
        // Skip the right half of a glyph ncurses itself measured as wide.
        let first = text.unicodeScalars.first.map { wcwidth(wchar_t(bitPattern: $0.value)) } ?? 1
        col += first == 2 ? 2 : 1
      }
      return line
    }
  }

  /// Queues input as if typed, in the order given (ncurses' queue is LIFO; this reverses).
  public func pushInput(_ items: [PushedInput]) {
    activate()
    for item in items.reversed() {
      switch item {
      case .text(let text):
        for scalar in text.unicodeScalars.reversed() {
          unget_wch(wchar_t(bitPattern: scalar.value))
        }
      case .keyCode(let code):
        ungetch(code)
      }
    }
  }

  /// The pair number allocated for a theme role (0: none), for tests.
  public func colorPair(forRole role: String) -> Int16 {
    activate()
    return palette.pairNumber(forRole: role)
  }
}

/// Input to queue on an off-screen terminal.
public enum PushedInput: Sendable, Hashable {
  /// Characters, each scalar as one key press.
  case text(String)
  /// An ncurses key code (`KEY_UP`, `KEY_RESIZE`, …).
  case keyCode(Int32)
}

extension CursesTerminal {
  /// Bytes written to the terminal's output so far (flushes first). For benchmarks on an
  /// off-screen terminal writing to a file; meaningless on a tty.
  public func outputBytesWritten() -> Int {
    guard let output, !isClosed else { return 0 }
    fflush(output)
    return ftell(output)
  }
}
