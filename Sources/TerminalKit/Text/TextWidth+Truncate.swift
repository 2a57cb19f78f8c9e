extension TextWidth {
  /// The longest prefix of `text` that fits in `columns`, with its width. Never splits a
  /// grapheme; a wide glyph that would straddle the limit is left out.
  public static func prefix(of text: Substring, fitting columns: Int) -> (Substring, Int) {
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let grapheme = text[index]
      let width = grapheme == "\n" ? 1 : self.width(of: grapheme)
      if used + width > columns { break }
      used += width
      end = text.index(after: index)
    }
    return (text[text.startIndex..<end], used)
  }

  /// True when `text` is wider than `columns`; stops reading as soon as it knows.
  public static func exceeds(_ text: Substring, columns: Int) -> Bool {
    if let ascii = asciiWidth(text) { return ascii > columns }
    var used = 0
    for grapheme in text {
      used += grapheme == "\n" ? 1 : width(of: grapheme)
      if used > columns { return true }
    }
    return false
  }

  /// `text` cut to `columns`, ending in `…` when anything was cut.
  public static func truncate(_ text: String, to columns: Int) -> String {
    if width(of: text) <= columns { return text }
    if columns <= 0 { return "" }
    let (head, _) = prefix(of: text[...], fitting: columns - 1)
    return head + "…"
  }
}
