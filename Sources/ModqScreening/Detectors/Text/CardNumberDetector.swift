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
        guard (13...19).contains(run.digitCount), !NumberContext.glued(b, after: run.end),
          Set(run.separators).count <= 1,
          DigitGroups.luhnValid(run.digits(b)),
          !NumberContext.isReference(field, at: i, words: orderWords)
        else { continue }
        hits.append(DetectorHit(field: field, byteRange: i..<run.end))
      }
    }
    return hits
  }
}
