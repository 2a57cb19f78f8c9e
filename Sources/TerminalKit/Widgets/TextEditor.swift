/// A small multi-line line editor for notes and search prompts.
///
/// Keys: characters insert; Backspace/Delete; arrows; Home/End and Ctrl-A/E; Ctrl-←/→ and
/// Alt-B/F move by word; Ctrl-K kills to end of line, Ctrl-U to start, Ctrl-W the word
/// before the cursor; Enter inserts a line break (or submits when `singleLine`); Esc cancels.
public struct TextEditor: Sendable, Hashable {
  /// What a key did.
  public enum Outcome: Sendable, Hashable {
    /// The key edited the text or moved the cursor.
    case handled
    /// The key means nothing to the editor.
    case ignored
    /// Enter in a single-line editor.
    case submit
    /// Escape.
    case cancel
  }

  /// The lines, as graphemes (never empty: at least one, possibly empty, line).
  public private(set) var lines: [[Character]] = [[]]
  /// Cursor line and column (in graphemes).
  public private(set) var cursorLine = 0
  public private(set) var cursorColumn = 0
  /// Enter submits instead of breaking the line.
  public var singleLine: Bool

  public init(text: String = "", singleLine: Bool = false) {
    self.singleLine = singleLine
    setText(text)
  }

  /// The text, lines joined with `\n`.
  public var text: String { lines.map { String($0) }.joined(separator: "\n") }
  public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

  /// Replaces the text and puts the cursor at its end.
  public mutating func setText(_ text: String) {
    let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
    lines = singleLine ? [Array(text.filter { $0 != "\n" })] : parts.map { Array($0) }
    if lines.isEmpty { lines = [[]] }
    cursorLine = lines.count - 1
    cursorColumn = lines[cursorLine].count
  }

  /// Applies one key.
  public mutating func handle(_ key: Key) -> Outcome {
    switch key {
    case .char(let character): insert(character)
    case .enter:
      if singleLine { return .submit }
      breakLine()
    case .escape: return .cancel
    case .backspace: backspace()
    case .delete, .ctrl("d"): deleteForward()
    case .left, .ctrl("b"): moveLeft()
    case .right, .ctrl("f"): moveRight()
    case .up, .ctrl("p"): moveVertically(-1)
    case .down, .ctrl("n"): moveVertically(1)
    case .home, .ctrl("a"): cursorColumn = 0
    case .end, .ctrl("e"): cursorColumn = lines[cursorLine].count
    case .ctrlLeft, .alt("b"): cursorColumn = wordStart(before: cursorColumn)
    case .ctrlRight, .alt("f"): cursorColumn = wordEnd(after: cursorColumn)
    case .ctrl("k"): lines[cursorLine].removeSubrange(cursorColumn...)
    case .ctrl("u"):
      lines[cursorLine].removeSubrange(..<cursorColumn)
      cursorColumn = 0
    case .ctrl("w"):
      let start = wordStart(before: cursorColumn)
      lines[cursorLine].removeSubrange(start..<cursorColumn)
      cursorColumn = start
    default: return .ignored
    }
    return .handled
  }

  /// Inserts text at the cursor (pasted text may hold line breaks).
  public mutating func insert(_ character: Character) {
    if character == "\n" || character == "\r\n" {
      if !singleLine { breakLine() }
      return
    }
    lines[cursorLine].insert(character, at: cursorColumn)
    cursorColumn += 1
  }

  private mutating func breakLine() {
    let rest = Array(lines[cursorLine][cursorColumn...])
    lines[cursorLine].removeSubrange(cursorColumn...)
    lines.insert(rest, at: cursorLine + 1)
    cursorLine += 1
    cursorColumn = 0
  }

  private mutating func backspace() {
    if cursorColumn > 0 {
      lines[cursorLine].remove(at: cursorColumn - 1)
      cursorColumn -= 1
    } else if cursorLine > 0 {
      let line = lines.remove(at: cursorLine)
      cursorLine -= 1
      cursorColumn = lines[cursorLine].count
      lines[cursorLine] += line
    }
  }

  private mutating func deleteForward() {
    if cursorColumn < lines[cursorLine].count {
      lines[cursorLine].remove(at: cursorColumn)
    } else if cursorLine + 1 < lines.count {
      lines[cursorLine] += lines.remove(at: cursorLine + 1)
    }
  }

  private mutating func moveLeft() {
    if cursorColumn > 0 {
      cursorColumn -= 1
    } else if cursorLine > 0 {
      cursorLine -= 1
      cursorColumn = lines[cursorLine].count
    }
  }

  private mutating func moveRight() {
    if cursorColumn < lines[cursorLine].count {
      cursorColumn += 1
    } else if cursorLine + 1 < lines.count {
      cursorLine += 1
      cursorColumn = 0
    }
  }

  private mutating func moveVertically(_ delta: Int) {
    let target = cursorLine + delta
    guard target >= 0, target < lines.count else { return }
    cursorLine = target
    cursorColumn = min(cursorColumn, lines[target].count)
  }

  private func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }

  private func wordStart(before column: Int) -> Int {
    let line = lines[cursorLine]
    var index = column
    while index > 0 && !isWordCharacter(line[index - 1]) { index -= 1 }
    while index > 0 && isWordCharacter(line[index - 1]) { index -= 1 }
    return index
  }

  private func wordEnd(after column: Int) -> Int {
    let line = lines[cursorLine]
    var index = column
    while index < line.count && !isWordCharacter(line[index]) { index += 1 }
    while index < line.count && isWordCharacter(line[index]) { index += 1 }
    return index
  }
}
