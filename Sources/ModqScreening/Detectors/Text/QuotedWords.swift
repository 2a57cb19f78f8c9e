import Foundation

/// Words in double quotes ("...", “...”): often someone else's ("the salesman said \"best
/// tent you'll ever own\"", "my sister swore \"I'm never shopping at Northpeak again\"").
extension TextField {
  /// The token ranges between paired double quotes, in text order. A straight quote opens
  /// or closes; a curly one only as its shape says; an unpaired quote is ignored.
  func quotedTokenRanges() -> [Range<Int>] {
    guard mayHoldQuotes else { return [] }
    var result: [Range<Int>] = []
    var openEnd: Int?
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      var mark: QuoteMark?
      var width = 1
      if b == 0x22 {
        mark = .straight
      } else if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 {
        if bytes[i + 2] == 0x9C { mark = .opening } else if bytes[i + 2] == 0x9D { mark = .closing }
        width = 3
      }
      if let mark {
        if let start = openEnd, mark != .opening {
          let range = tokenRange(bytes: start..<i)
          if !range.isEmpty { result.append(range) }
          openEnd = nil
        } else if mark != .closing {
          openEnd = i + width
        }
      }
      i += width
    }
    return result
  }

  /// True when token `index` is inside quotes someone else said: a speech verb ("said",
  /// "swore", "told") among the 4 words before the opening quote, in the same sentence, not
  /// after "I" or "we" ("my sister swore \"I'm never shopping at Northpeak again\"", but
  /// "I told the rep \"I'm never ordering from you again\"").
  func isReportedSpeech(at index: Int) -> Bool {
    guard let quote = quotedTokenRanges().first(where: { $0.contains(index) }) else {
      return false
    }
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
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return false }
      return memchr(base, 0x22, raw.count) != nil
        || (!isASCII && memchr(base, 0xE2, raw.count) != nil)
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
