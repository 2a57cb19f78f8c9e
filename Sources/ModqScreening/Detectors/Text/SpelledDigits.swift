/// Phone numbers written in words ("text me at five five five, two one three, oh four four
/// seven"): a run of digit words, and digits, in one sentence, punctuation allowed between
/// them, of at least `minDigits` digits with at least 3 of them spelled. "oh" and "o" count
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
    guard field.keys.containsAny(keys) else { return [] }
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
    return result
  }
}
