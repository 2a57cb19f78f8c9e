/// `pii.card_number`: 13-19 digits in any grouping by spaces or dashes, Luhn-valid, not an
/// order/tracking/reference number (by the word or `#` before it).
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
        guard ByteClass.isDigit(b[i]), !NumberContext.glued(b, before: i) else { i += 1; continue }
        guard let run = DigitGroups.read(b, at: i, separators: [0x20, 0x2D], phoneSyntax: false)
        else { i += 1; continue }
        defer { i = max(run.end, i + 1) }
        let carded = cardWordBefore(i, field)
        guard (carded ? 12...19 : 13...19).contains(run.digitCount),
          !NumberContext.glued(b, after: run.end), Set(run.separators).count <= 1,
          DigitGroups.luhnValid(run.digits(b)),
          carded || !NumberContext.isReference(field, at: i, words: orderWords)
        else { continue }
        hits.append(DetectorHit(field: field, byteRange: i..<run.end))
      }
    }
    return hits
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
