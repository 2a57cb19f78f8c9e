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

  /// `text` cut to `columns`, ending in `…` when anything was cut.
  public static func truncate(_ text: String, to columns: Int) -> String {
    if width(of: text) <= columns { return text }
    if columns <= 0 { return "" }
    let (head, _) = prefix(of: text[...], fitting: columns - 1)
    return head + "…"
  }
}
