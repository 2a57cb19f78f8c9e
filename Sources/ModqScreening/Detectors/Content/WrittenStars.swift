/// A star rating written in the text as five glyphs, filled and empty ("★★★☆☆", "★☆☆☆☆",
/// "⭐⭐⭐⭐⭐"):
/// `consistency.rating_mismatch` reads it against the review's stars (u61: "★☆☆☆☆ ... Worst
/// pack I've carried" at 5 stars). Only a run of exactly five, so "★★" or a row of ten
/// decorations is no rating; of several, the last is the verdict ("was ★★★★★, now ★☆☆☆☆").
struct WrittenStars {
  let field: TextField
  /// Bytes of the five glyphs.
  let bytes: Range<Int>
  /// Filled stars, 0...5.
  let filled: Int

  /// The last run of five star glyphs in the fields (body after title).
  static func last(in fields: [TextField]) -> WrittenStars? {
    var found: WrittenStars?
    for field in fields where !field.isASCII {
      if let run = last(in: field) { found = run }
    }
    return found
  }

  private static func last(in field: TextField) -> WrittenStars? {
    field.bytes.withUnsafeBufferPointer { b -> WrittenStars? in
      var found: WrittenStars?
      var i = 0
      while i + 2 < b.count {
        // The next 0xE2 lead byte: most text has none, and a byte loop over a long non-ASCII
        // review cost about 5k instructions a review.
        guard let hit = b.index(ofByte: 0xE2, from: i) else { break }
        i = hit
        guard i + 2 < b.count, let star = glyph(b, at: i) else { i += 1; continue }
        let start = i
        var count = 0
        var filled = 0
        var kind: Bool? = star
        while let k = kind {
          count += 1
          if k { filled += 1 }
          i += 3
          // The emoji presentation selector (U+FE0F) a phone may put after each "⭐".
          if i + 2 < b.count, b[i] == 0xEF, b[i + 1] == 0xB8, b[i + 2] == 0x8F { i += 3 }
          kind = i + 2 < b.count ? glyph(b, at: i) : nil
        }
        if count == 5 { found = WrittenStars(field: field, bytes: start..<i, filled: filled) }
      }
      return found
    }
  }

  /// True for ★ (U+2605) and ⭐ (U+2B50), false for ☆ (U+2606), nil for anything else.
  @inline(__always)
  private static func glyph(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool? {
    guard b[i] == 0xE2 else { return nil }
    if b[i + 1] == 0xAD { return b[i + 2] == 0x90 ? true : nil }
    guard b[i + 1] == 0x98 else { return nil }
    switch b[i + 2] {
    case 0x85: return true
    case 0x86: return false
    default: return nil
    }
  }
}
