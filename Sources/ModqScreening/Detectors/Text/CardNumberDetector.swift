/// `pii.card_number`: 13-19 digits in any grouping by spaces or dashes, Luhn-valid, not an
/// order/tracking/reference number (by the word or `#` before it); an expiry date or code
/// right after it in the same grouping stays outside the span.
struct CardNumberDetector: Detector {
  let orderWords: WordSet

  static let registration = DetectorRegistration(
    "pii_card", summary: "payment card numbers (Luhn, any grouping)"
  ) { params in
    let words = try params.strings("order_words", default: [])
    return CardNumberDetector(orderWords: words.isEmpty ? NumberContext.orderWords : WordSet(words))
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    for field in review.fields where field.hasDigit {
      let b = field.bytes
      var i = 0
      while i < b.count {
        i = b.firstDigit(from: i)
        guard i < b.count else { break }
        guard !NumberContext.glued(b, before: i) else {
          i += 1
          continue
        }
        // A line break too: "the card I paid with was\n5425 2334\n3010 9903" (u320-22).
        guard
          let run = DigitGroups.read(
            b, at: i, separators: [0x20, 0x2D, 0x0A], phoneSyntax: false)
        else {
          i += 1
          continue
        }
        defer { i = max(run.end, i + 1) }
        let carded = cardWordBefore(i, field)
        guard carded || !NumberContext.isReference(field, at: i, words: orderWords),
          let end = cardEnd(run, b, carded: carded)
        else { continue }
        hits.append(DetectorHit(field: field, byteRange: i..<end))
      }
    }
    return hits
  }

  /// Where the card number of `run` ends: the whole run, or, when an expiry date or code
  /// follows it in the same grouping ("4929 1376 0255 8314 09/28"), the run without its last
  /// one or two groups; nil when no such prefix is a Luhn-valid card number.
  private func cardEnd(_ run: DigitGroups, _ b: [UInt8], carded: Bool) -> Int? {
    let lengths = carded ? 12...19 : 13...19
    for dropped in 0...min(2, run.groups.count - 1) {
      let kept = run.groups.count - dropped
      let end = dropped == 0 ? run.end : run.groups[kept - 1].upperBound
      // Dropped groups are short (an expiry month and year, a 3-4 digit code).
      if dropped > 0 && run.groups[kept...].contains(where: { $0.count > 4 }) { break }
      var digits: [UInt8] = []
      for group in run.groups[..<kept] { digits.append(contentsOf: b[group]) }
      // One grouping: a line break counts as a space, between groups of four only (a ZIP
      // code at a line's end is no card's first group: "30971\n21 253 109 8211").
      let separators = run.separators.prefix(kept - 1)
      let broken = separators.contains(0x0A)
      guard lengths.contains(digits.count),
        Set(separators.map { $0 == 0x0A ? 0x20 : $0 }).count <= 1,
        !broken || run.groups[..<kept].allSatisfy({ $0.count == 4 }),
        dropped > 0 || !NumberContext.glued(b, after: end)
      else { continue }
      if DigitGroups.luhnValid(digits) { return end }
    }
    return nil
  }

  private static let cardWords = WordSet([
    "card", "cc", "credit", "debit", "visa", "mastercard", "amex", "discover", "maestro",
  ])

  /// A card word within the 3 tokens before the number ("card # 4111...", "my visa is 4111...").
  private func cardWordBefore(_ start: Int, _ field: TextField) -> Bool {
    guard let last = field.tokenIndex(endingAtOrBefore: start) else { return false }
    for k in max(0, last - 3)...last where Self.cardWords.contains(field.tokens[k]) { return true }
    return false
  }
}
