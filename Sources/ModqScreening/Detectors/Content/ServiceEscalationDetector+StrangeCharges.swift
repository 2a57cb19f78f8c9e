import ModqCore

/// A charge or a sign-in that was not the customer's (escalate.account_compromised), told in
/// any words: "my card started getting little charges from websites I've never heard of",
/// "a charge at some gas station in another state that definitely wasn't me", "someone signed
/// into my account from a new device in a city I've never been to".
extension ServiceEscalationDetector {
  /// A charge word (`chargeWords`), then within 12 words of its sentence a mark of a stranger
  /// (`stranger_marks`), neither denied ("no charges from ...": `denials` in the 2 words
  /// before), nor a fee ("shipping charges to another state"), nor guessed at ("if", "maybe"
  /// before the charge); the charge word and the mark as hits.
  func strangeCharges(_ review: PreparedReview) -> [CueHit] {
    for (f, field) in review.fields.enumerated() {
      let marks = strangerMarks.matches(in: field)
      if marks.isEmpty { continue }
      let tokens = field.tokens
      for mark in marks {
        let start = mark.tokens.lowerBound
        let sentence = tokens[start].sentence
        var k = start - 1
        while k >= 0 && k >= start - 12 && tokens[k].sentence == sentence {
          if Self.chargeWords.contains(tokens[k]) {
            let charge = CueHit(
              cue: .accountCompromised, field: f, tokens: k..<(k + 1),
              byteRange: tokens[k].byteRange, sentence: sentence)
            if isHypothetical(charge, review)
              || field.hasWord(Self.denials, before: k..<(k + 1), within: 2)
              || field.hasWord(Self.fees, before: k..<(k + 1), within: 1)
            {
              break
            }
            return [charge, CueHit(
              cue: .accountCompromised, field: f, tokens: mark.tokens, byteRange: mark.byteRange,
              sentence: sentence)]
          }
          k -= 1
        }
      }
    }
    return []
  }

  /// Money taken or an account entered; not "purchase" ("my best purchase from a brand I'd
  /// never heard of").
  static let chargeWords = WordSet([
    "charge", "charges", "payment", "payments", "transaction", "transactions", "signed",
    "login", "signin",
  ])
  /// A fee the store charged ("shipping charges to another state").
  static let fees = WordSet([
    "shipping", "delivery", "postage", "customs", "import", "extra", "handling", "return",
  ])
}
