/// Not used yet told in words the list does not hold: a denial, a word of use up to 3 words
/// after it and "yet" up to 10 words after that, in one sentence ("Haven't actually worn it
/// yet", "Haven't laced them up yet", "haven't actually hooked it up or run any water through
/// it yet", u129, u130, u137). The list (`not-used-yet.txt`) holds the fixed phrasings; this
/// catches the words put between them. Not wear that has not come yet ("haven't worn them out
/// yet", "haven't worn through the soles yet"), nor weather or ground not met yet ("haven't
/// used it in the rain yet").
extension IrrelevantDetector {
  func negatedUse(_ review: PreparedReview) -> [CueHit] {
    var hits: [CueHit] = []
    // Most fields have no "yet": one look in the field's key set rules them out.
    for (f, field) in review.fields.enumerated() where field.keys.contains(Self.yetKey) {
      let tokens = field.tokens
      var i = 0
      while i < tokens.count {
        defer { i += 1 }
        guard Self.denials.contains(tokens[i]) else { continue }
        let sentence = tokens[i].sentence
        var use = -1
        for k in (i + 1)..<min(tokens.count, i + 4) {
          guard tokens[k].sentence == sentence else { break }
          if Self.useWords.contains(tokens[k]) || Self.takenWords.contains(tokens[k])
            && field.hasWord(Self.out, after: k..<(k + 1), within: 3)
            || Self.setWords.contains(tokens[k])
              && field.hasWord(Self.upWords, after: k..<(k + 1), within: 3)
          {
            use = k
            break
          }
        }
        guard use >= 0 else { continue }
        var yet = -1
        for k in (use + 1)..<min(tokens.count, use + 11) {
          guard tokens[k].sentence == sentence else { break }
          if Self.wornOut.contains(tokens[k]) && Self.wearWords.contains(tokens[use]) { break }
          // "Haven't used it in the rain yet, but three dry nights in the Sierra": used, only
          // not in that weather or on that ground.
          if Self.conditions.contains(tokens[k]) { break }
          if tokens[k].key == Self.yetKey {
            yet = k
            break
          }
        }
        guard yet >= 0 else { continue }
        hits.append(CueHit(
          cue: .notUsedYet, field: f, tokens: i..<(yet + 1),
          byteRange: Int(tokens[i].start)..<Int(tokens[yet].end), sentence: sentence))
        i = yet
      }
    }
    return hits
  }

  /// The list's hits and the denials of use, in text order; a denial the list already
  /// covers is not added again.
  func notUsedYetHits(_ review: PreparedReview, _ a: ContentAnalysis) -> [CueHit] {
    let listed = a.hits(.notUsedYet)
    let more = negatedUse(review).filter { hit in
      !listed.contains { $0.field == hit.field && $0.tokens.overlaps(hit.tokens) }
    }
    guard !more.isEmpty else { return listed }
    return (listed + more).sorted {
      ($0.field, $0.tokens.lowerBound) < ($1.field, $1.tokens.lowerBound)
    }
  }

  private static let denials = WordSet([
    "haven't", "havent", "hasn't", "hasnt", "didn't", "didnt", "not", "havnt", "hav'nt",
  ])
  private static let useWords = WordSet([
    "used", "worn", "tried", "opened", "tested", "pitched", "laced", "unboxed", "unpacked",
    "unrolled", "hiked", "slept", "cooked", "boiled", "lit", "filled", "ran", "run", "use",
    "wear", "try", "open", "test", "pitch", "hooked", "connected", "installed", "assembled",
    "charged",
  ])
  /// "taken" or "took" is a word of use only with "out" up to 3 words after it ("haven't
  /// actually taken them out yet", u161-50); alone it is also a fall or a trip ("haven't taken
  /// a fall yet").
  private static let takenWords = WordSet(["taken", "took"])
  /// Weather and ground a product may not have met yet after other use.
  private static let conditions = WordSet([
    "rain", "snow", "wind", "sand", "mud", "storm", "storms", "downpour", "cold", "heat",
    "winter", "wet", "ice", "freezing",
  ])
  /// "set" is a word of use only with "up" up to 3 words after it ("Haven't actually set it
  /// up yet", u416-8).
  private static let setWords = WordSet(["set", "put"])
  private static let upWords = WordSet(["up", "together"])
  private static let out = WordSet(["out"])
  private static let wearWords = WordSet(["worn", "wear", "used", "use", "run", "ran"])
  private static let wornOut = WordSet(["out", "through", "down", "thin", "up", "holes"])
  private static let yetKey = WordHash.key(ofWord: "yet")
}
