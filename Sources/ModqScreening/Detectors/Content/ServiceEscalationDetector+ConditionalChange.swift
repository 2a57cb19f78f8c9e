/// Review tampering told as a condition rather than a stock phrase: "they'd send me a gift card
/// if I changed it to 4 or 5 stars", "offered me 50% back if I 'reconsidered' my 2 star
/// review", "offering me a free pair if I put up something 'more positive'" (u180). After a
/// seller's offer, in the same sentence: "if", a verb of changing within 3 words of it, and a
/// word naming the review or its stars within 6 words of the verb.
extension ServiceEscalationDetector {
  func conditionalChange(after offer: CueHit, _ review: PreparedReview) -> CueHit? {
    let field = review.fields[offer.field]
    let tokens = field.tokens
    let sentence = offer.sentence
    var k = offer.tokens.upperBound
    let end = min(tokens.count, k + Self.conditionReach)
    while k < end, tokens[k].sentence == sentence {
      defer { k += 1 }
      guard Self.conditions.contains(key: tokens[k].key) else { continue }
      for v in (k + 1)..<min(end, k + 4) where tokens[v].sentence == sentence {
        guard Self.changeVerbs.contains(tokens[v]) else { continue }
        for o in (v + 1)..<min(tokens.count, v + 7) where tokens[o].sentence == sentence {
          if Self.reviewObjects.contains(tokens[o]) {
            let byteRange = Int(tokens[k].start)..<Int(tokens[o].end)
            return CueHit(
              cue: .reviewTampering, field: offer.field, tokens: k..<(o + 1),
              byteRange: byteRange, sentence: sentence)
          }
        }
        // The first verb of change after "if" decides it; a later "if" may still.
        break
      }
    }
    return nil
  }

  /// How far after the offer the condition may stand ("a gift card if I ...", "50% back on
  /// the whole order if I ...").
  static let conditionReach = 12
  static let conditions = WordSet(["if", "once", "provided"])
  static let changeVerbs = WordSet([
    "change", "changed", "changing", "reconsider", "reconsidered", "revise", "revised",
    "update", "updated", "edit", "edited", "amend", "amended", "raise", "raised", "bump",
    "bumped", "remove", "removed", "delete", "deleted", "pull", "pulled", "put",
    "rewrite", "rewrote", "redo", "redid", "upped",
  ])
  /// What the change is made to: the review, its stars, or the tone asked for ("something
  /// more positive").
  static let reviewObjects = WordSet([
    "review", "rating", "stars", "star", "feedback", "positive", "nicer", "kinder", "5",
    "five",
  ])
}
