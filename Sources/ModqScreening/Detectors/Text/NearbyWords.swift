/// The look-around of the rules: a word of a small set near a run of tokens, in the sentence
/// of the run's first token ("never received so many", "I looked to see if they sent the
/// wrong size", "can't wait to use it again"). Words are compared by key.
extension TextField {
  /// True when one of the `within` tokens right after `range` is in `words`.
  func hasWord(_ words: WordSet, after range: Range<Int>, within: Int) -> Bool {
    let sentence = tokens[range.lowerBound].sentence
    for k in range.upperBound..<min(tokens.count, range.upperBound + within) {
      guard tokens[k].sentence == sentence else { return false }
      if words.contains(key: tokens[k].key) { return true }
    }
    return false
  }

  /// True when one of the `within` tokens right before `range` is in `words`.
  func hasWord(_ words: WordSet, before range: Range<Int>, within: Int) -> Bool {
    let sentence = tokens[range.lowerBound].sentence
    for k in stride(from: range.lowerBound - 1, through: max(0, range.lowerBound - within), by: -1) {
      guard tokens[k].sentence == sentence else { return false }
      if words.contains(key: tokens[k].key) { return true }
    }
    return false
  }

  /// The index of the last token starting at or before byte `offset`, if any.
  func tokenIndex(atByte offset: Int) -> Int? {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if Int(tokens[mid].start) <= offset { low = mid + 1 } else { high = mid }
    }
    return low == 0 ? nil : low - 1
  }

  /// True when a question mark stands after token `k`, before the next token (or the end of
  /// the text).
  func asksAfter(_ k: Int) -> Bool {
    let end = k + 1 < tokens.count ? Int(tokens[k + 1].start) : bytes.count
    return bytes[Int(tokens[k].end)..<end].contains(UInt8(ascii: "?"))
  }

  /// True when the sentence of token `i` ends with a question mark ("Women whine about
  /// everything? Not me").
  func asks(sentenceOf i: Int) -> Bool {
    var k = i
    while k + 1 < tokens.count, tokens[k + 1].sentence == tokens[i].sentence { k += 1 }
    return asksAfter(k)
  }

  /// True when a semicolon, a dash with a space beside it, or an en or em dash (U+2013,
  /// U+2014) stands between token `next - 1` and token `next` (not the hyphen of "brand-new",
  /// nor a curly quote).
  func dashesOrSemicolon(before next: Int) -> Bool {
    let gap = bytes[Int(tokens[next - 1].end)..<Int(tokens[next].start)]
    if gap.contains(UInt8(ascii: ";")) { return true }
    if gap.contains(UInt8(ascii: "-")) && gap.contains(0x20) { return true }
    var i = gap.startIndex
    while i + 2 < gap.endIndex {
      if gap[i] == 0xE2 && gap[i + 1] == 0x80 && (gap[i + 2] == 0x93 || gap[i + 2] == 0x94) {
        return true
      }
      i += 1
    }
    return false
  }

  /// True when a comma, a semicolon, "!" or a dash stands between token `next` and the one
  /// before it.
  func breaksClause(before next: Int) -> Bool {
    let gap = bytes[Int(tokens[next - 1].end)..<Int(tokens[next].start)]
    return gap.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";")
      || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "-") }
  }
}
