import Synchronization

/// Graphemes longer than a `Cell` holds inline (over 8 bytes of UTF-8: a letter with
/// several combining marks, an emoji sequence), interned as numbers so a cell stays a plain
/// value. Such graphemes are rare; the table only grows with distinct ones.
enum GlyphTable {
  private struct Table {
    var texts: [String] = []
    var numbers: [String: UInt32] = [:]
  }

  private static let table = Mutex(Table())

  /// The number for `text`, registering it on first use.
  static func number(_ text: String) -> UInt32 {
    table.withLock { table in
      if let number = table.numbers[text] { return number }
      let number = UInt32(truncatingIfNeeded: table.texts.count)
      table.texts.append(text)
      table.numbers[text] = number
      return number
    }
  }

  /// The text for a number ("" if unknown).
  static func text(_ number: UInt32) -> String {
    table.withLock { table in
      Int(number) < table.texts.count ? table.texts[Int(number)] : ""
    }
  }
}
