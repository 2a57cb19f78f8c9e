/// Display width in terminal columns: pure Swift, locale-free, grapheme-cluster aware.
///
/// East Asian Wide/Fullwidth and emoji-presentation characters take 2 columns; combining
/// marks, format characters and other zero-width characters take 0; controls take 0
/// (sanitised text never holds them). Everything else, including East Asian Ambiguous
/// characters, takes 1, as glibc's `wcwidth` does under `C.UTF-8`.
public enum TextWidth {
  /// Width of one scalar on its own.
  public static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }
    if value < 0x300 { return 1 }
    if isWide(value) { return isWideBlockMark(value) ? 0 : 2 }
    if isZeroWidth(scalar) { return 0 }
    if value >= 0x231A, scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// Width of one grapheme cluster: its widest scalar, and 2 for an emoji base followed by
  /// the emoji variation selector U+FE0F.
  public static func width(of grapheme: Character) -> Int {
    if let ascii = grapheme.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
    let scalars = grapheme.unicodeScalars
    guard let first = scalars.first else { return 0 }
    var widest = width(of: first)
    var rest = scalars[scalars.index(after: scalars.startIndex)...]
    guard !rest.isEmpty else { return widest }
    let emojiBase = first.properties.isEmoji
    while let scalar = rest.first {
      if scalar.value == 0xFE0F && emojiBase { return 2 }
      widest = max(widest, width(of: scalar))
      rest = rest.dropFirst()
    }
    return widest
  }

  /// Combining marks inside the CJK blocks (ideographic tone marks, kana voicing marks).
  static func isWideBlockMark(_ value: UInt32) -> Bool {
    (0x302A...0x302F).contains(value) || (0x3099...0x309A).contains(value)
  }

  /// Width of a whole string (one line; a line feed counts as one column).
  public static func width(of text: some StringProtocol) -> Int {
    if let ascii = asciiWidth(text) { return ascii }
    var total = 0
    for grapheme in text { total += grapheme == "\n" ? 1 : width(of: grapheme) }
    return total
  }

  /// The fast path: the width of printable ASCII text, or nil if the text is not that.
  static func asciiWidth(_ text: some StringProtocol) -> Int? {
    let result = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      for byte in bytes where byte >= 0x7F || byte < 0x20 { return nil }
      return bytes.count
    }
    if let result { return result }
    for byte in text.utf8 where byte >= 0x7F || byte < 0x20 { return nil }
    return text.utf8.count
  }

  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value >= 0x1160 && value <= 0x11FF { return true }  // Hangul medial vowels, finals
    if value == 0x200B { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: return false
    }
  }

  static func isWide(_ value: UInt32) -> Bool {
    if value < 0x1100 { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = wideRanges[mid]
      if value < range.lowerBound {
        high = mid - 1
      } else if value > range.upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }

  /// East Asian Wide (W) and Fullwidth (F) blocks outside the emoji planes, sorted.
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B,
    0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
