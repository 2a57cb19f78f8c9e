/// Words in double quotes ("...", “...”): often someone else's ("the salesman said \"best
/// tent you'll ever own\"", "my sister swore \"I'm never shopping at Northpeak again\"").
extension TextField {
  /// The token ranges between paired double quotes, in text order. A straight quote opens
  /// or closes; a curly one only as its shape says; an unpaired quote is ignored.
  func quotedTokenRanges() -> [Range<Int>] {
    guard mayHoldQuotes else { return [] }
    var result: [Range<Int>] = []
    var openEnd: Int?
    bytes.withUnsafeBufferPointer { base in
      let n = base.count
      // Jumps from mark to mark (a byte loop over a long review costs more than the rest of
      // the quote handling).
      func next(_ byte: UInt8, from i: Int) -> Int { base.index(ofByte: byte, from: i) ?? n }
      // The next straight quote and the next 0xE2 lead byte, each searched again only once
      // passed (so a text of many straight quotes is not rescanned for curly ones).
      var straight = next(0x22, from: 0)
      var curly = isASCII ? n : next(0xE2, from: 0)
      while true {
        let at = min(straight, curly)
        guard at < n else { break }
        var mark: QuoteMark?
        var width = 1
        if base[at] == 0x22 {
          mark = .straight
        } else if at + 2 < n && base[at + 1] == 0x80 {
          if base[at + 2] == 0x9C { mark = .opening } else if base[at + 2] == 0x9D { mark = .closing }
          width = mark == nil ? 1 : 3
        }
        if let mark {
          if let start = openEnd, mark != .opening {
            let range = tokenRange(bytes: start..<at)
            if !range.isEmpty { result.append(range) }
            openEnd = nil
          } else if mark != .closing {
            openEnd = at + width
          }
        }
        if straight <= at { straight = next(0x22, from: at + width) }
        if curly <= at { curly = isASCII ? n : next(0xE2, from: at + width) }
      }
    }
    return result
  }

  /// True when token `index` is inside quotes someone else said: a speech verb ("said",
  /// "swore", "told") among the 4 words before the opening quote, in the same sentence, not
  /// after "I" or "we" ("my sister swore \"I'm never shopping at Northpeak again\"", but
  /// "I told the rep \"I'm never ordering from you again\"").
  /// `quotes`: this field's `quotedTokenRanges()`, found once per review
  /// (`ContentAnalysis.quotes`: a long review repeating a vow would otherwise rescan the
  /// text for every one).
  func isReportedSpeech(at index: Int, quotes: [Range<Int>]) -> Bool {
    let i = quotes.partitioningIndex { $0.upperBound > index }
    guard i < quotes.count, quotes[i].contains(index) else { return false }
    let quote = quotes[i]
    let first = quote.lowerBound
    for k in stride(from: first - 1, through: max(0, first - 4), by: -1) {
      guard tokens[k].sentence == tokens[first].sentence || k == first - 1 else { break }
      guard TextField.speechVerbs.contains(key: tokens[k].key) else { continue }
      return k == 0 || !TextField.selfWords.contains(key: tokens[k - 1].key)
    }
    return false
  }

  private static let speechVerbs = WordSet([
    "said", "says", "say", "swore", "swears", "told", "tells", "wrote", "writes", "texted",
    "yelled", "shouted", "vowed", "insisted", "declared", "goes", "went",
  ])
  private static let selfWords = WordSet(["i", "we"])

  /// True when the text has a straight quote, or (not ASCII) may have a curly one.
  private var mayHoldQuotes: Bool {
    bytes.withUnsafeBufferPointer { b in
      b.index(ofByte: 0x22, from: 0) != nil || !isASCII && b.index(ofByte: 0xE2, from: 0) != nil
    }
  }

  /// The tokens that start inside `bytes` (tokens are in text order).
  private func tokenRange(bytes range: Range<Int>) -> Range<Int> {
    let lower = tokens.partitioningIndex { Int($0.start) >= range.lowerBound }
    let upper = tokens.partitioningIndex { Int($0.start) >= range.upperBound }
    return lower..<max(lower, upper)
  }
}

private enum QuoteMark { case straight, opening, closing }

extension Array {
  /// The first index whose element satisfies `belongs` (which must hold for a suffix).
  fileprivate func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if belongs(self[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }
}
