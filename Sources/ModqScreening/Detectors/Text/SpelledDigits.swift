/// Phone numbers written in words ("text me at five five five, two one three, oh four four
/// seven") or digit by digit ("6 1 7 - 4 4 2 - 0 9 3 8", u320-35): a run of digit words, and
/// digits, in one sentence, punctuation allowed between them, of at least `minDigits` digits
/// with at least 3 of them spelled or written alone. "oh" and "o" count
/// as 0 only inside a run, so "oh two more things" starts none. Seven or more digit words in
/// a row are never prose ("one or two" is no run: "or" breaks it).
enum SpelledDigits {
  static let minDigits = 7

  private static let spellings = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
  ]
  private static let words = WordSet(spellings)
  /// Their keys: a field holding none of them (most) is passed over with 10 set lookups.
  private static let keys = spellings.map { WordHash.key(ofWord: $0) }
  private static let zeros = WordSet(["oh", "o"])

  /// Byte ranges of the spelled phone numbers in `field`.
  static func runs(in field: TextField) -> [Range<Int>] {
    let single = field.hasDigit ? digitByDigit(in: field) : []
    guard field.keys.containsAny(keys) else { return single }
    var result: [Range<Int>] = []
    let tokens = field.tokens
    var first = -1
    var digits = 0
    var spelled = 0
    func close(_ last: Int) {
      if first >= 0 && digits >= minDigits && spelled >= 3 {
        result.append(Int(tokens[first].start)..<Int(tokens[last].end))
      }
      first = -1
      digits = 0
      spelled = 0
    }
    for (k, token) in tokens.enumerated() {
      if first >= 0 && token.sentence != tokens[k - 1].sentence { close(k - 1) }
      let count: Int
      if words.contains(token) || (first >= 0 && zeros.contains(token)) {
        count = 1
        spelled += 1
      } else if token.has(.allDigits) && first >= 0 {
        count = Int(token.end - token.start)
      } else {
        if first >= 0 { close(k - 1) }
        continue
      }
      if first < 0 {
        first = k
        spelled = 1
      }
      digits += count
    }
    if first >= 0 { close(tokens.count - 1) }
    return (result + single).sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Digits written one by one ("6 1 7 - 4 4 2 - 0 9 3 8", "8 0 1 — 5 5 5 — 2 7 6 4"): at
  /// least `minDigits` single-digit tokens in a row with only spaces between them, or a dash
  /// with spaces around it. Heights and weights ("5' 4 1/2\", 125") have other marks between.
  static func digitByDigit(in field: TextField) -> [Range<Int>] {
    let tokens = field.tokens
    var result: [Range<Int>] = []
    var first = -1
    var count = 0
    func close(_ last: Int) {
      if first >= 0 && count >= minDigits {
        result.append(Int(tokens[first].start)..<Int(tokens[last].end))
      }
      first = -1
      count = 0
    }
    for (k, token) in tokens.enumerated() {
      guard token.has(.allDigits) && token.end - token.start == 1 else {
        if first >= 0 { close(k - 1) }
        continue
      }
      if first >= 0 && !isSpacing(field.bytes[Int(tokens[k - 1].end)..<Int(token.start)]) {
        close(k - 1)
      }
      if first < 0 { first = k }
      count += 1
    }
    if first >= 0 { close(tokens.count - 1) }
    return result
  }

  /// Spaces, with at most one dash among them ("-", "–", "—").
  private static func isSpacing(_ gap: ArraySlice<UInt8>) -> Bool {
    guard let firstByte = gap.first, firstByte == 0x20 else { return false }
    var dash = false
    var i = gap.startIndex
    while i < gap.endIndex {
      let c = gap[i]
      if c == 0x20 {
        i += 1
      } else if !dash && c == UInt8(ascii: "-") {
        dash = true
        i += 1
      } else if !dash && c == 0xE2 && i + 2 < gap.endIndex && gap[i + 1] == 0x80
        && (gap[i + 2] == 0x93 || gap[i + 2] == 0x94)
      {
        dash = true
        i += 3
      } else {
        return false
      }
    }
    return gap.last == 0x20
  }
}
