import ModqCore

/// Wrong item (escalate.wrong_item), told as two different products: the one ordered and
/// another that came.
extension ServiceEscalationDetector {
  /// Two different things of `products` (compared by their last word: "water bottle" and
  /// "bottle" are one thing), one that came and one that was wanted:
  /// - "box had a water bottle in it, not the filter", "it's a huge pack, not the little
  ///   daypack": an arrival (`swapArrivals`) up to 4 words before the first, then "not"
  ///   with an article and at most two words before the second, in one sentence; not a
  ///   judgement ("not the best daypack I've owned");
  /// - "found a little camp stove instead": an arrival up to 4 words before it, "instead"
  ///   (not "instead of") up to 2 words after;
  /// - "ordered socks and got a water bottle??", "my box had a headlamp in it. i ordered the
  ///   daypack": an order ("ordered", "I picked") up to 3 words before one, and an arrival
  ///   of a parcel (`sentArrivals`: "got", "box had", not "it's") up to 3 words before the
  ///   other, in one sentence or neighbouring ones. Not an earlier order ("ordered the socks
  ///   last month"), nor a second thing bought beside it ("got a pot to go with it", "got a
  ///   footprint too").
  ///
  /// With an ask anywhere, or at `neighbourAskMaxRating` stars or fewer.
  func productSwapped(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    // Without a low rating, an ask or an order, no reading below can fire.
    guard review.review.rating <= neighbourAskMaxRating || a.has(.demand)
      || a.has(.callToAction) || a.has(.orderedItem)
    else { return [] }
    for (f, field) in review.fields.enumerated() {
      let things = products.matches(in: field)
      guard things.count >= 2 else { continue }
      let tokens = field.tokens
      for (i, came) in things.enumerated() where arrival(before: came, field, within: 4) {
        let head = tokens[came.tokens.upperBound - 1].key
        let sentence = tokens[came.tokens.lowerBound].sentence
        var wanted: PhraseMatch? = nil
        for other in things[(i + 1)...] {
          let start = other.tokens.lowerBound
          guard tokens[start].sentence == sentence, start - came.tokens.upperBound <= 8 else {
            break
          }
          if tokens[other.tokens.upperBound - 1].key != head && isDenied(other, after: came, field) {
            wanted = other
            break
          }
        }
        if wanted == nil, insteadFollows(came, field) { wanted = came }
        if wanted == nil, arrival(before: came, field, within: 3, Self.sentArrivals),
          !isBoughtBeside(came, field)
        {
          // The order in the sentence before or after, or in this one.
          wanted = things.first {
            tokens[$0.tokens.upperBound - 1].key != head
              && abs(tokens[$0.tokens.lowerBound].sentence - sentence) <= 1
              && isOrdered($0, a, f) && !isEarlierOrder(orderedHit($0, f, field), field)
          }
        }
        guard let wanted else { continue }
        guard review.review.rating <= neighbourAskMaxRating || a.has(.demand)
          || a.has(.callToAction) || fixAsked(after: [hit(came, f, field)], review) != nil
          || fixAsked(after: [hit(wanted, f, field)], review) != nil
        else { return [] }
        return [hit(wanted, f, field), hit(came, f, field)].sorted {
          $0.tokens.lowerBound < $1.tokens.lowerBound
        }
      }
    }
    return []
  }

  /// `match` as the hit `isEarlierOrder` reads: "ordered the socks last month".
  func orderedHit(_ match: PhraseMatch, _ f: Int, _ field: TextField) -> CueHit {
    CueHit(
      cue: .orderedItem, field: f, tokens: match.tokens, byteRange: match.byteRange,
      sentence: field.tokens[match.tokens.lowerBound].sentence)
  }

  func hit(_ match: PhraseMatch, _ f: Int, _ field: TextField) -> CueHit {
    CueHit(
      cue: .receivedItem, field: f, tokens: match.tokens, byteRange: match.byteRange,
      sentence: field.tokens[match.tokens.lowerBound].sentence)
  }

  /// True when an arrival word of `words` ("had", "found", "came", "it's") stands up to
  /// `within` words before `thing`, in its sentence. "Had", "has", "contains" and "contained"
  /// tell of a parcel only with one in the 2 words before them ("the box had", "my order
  /// contained"; not "I had a pot already").
  func arrival(
    before thing: PhraseMatch, _ field: TextField, within: Int, _ words: WordSet = swapArrivals
  ) -> Bool {
    let tokens = field.tokens
    let start = thing.tokens.lowerBound
    let sentence = tokens[start].sentence
    for k in stride(from: start - 1, through: max(0, start - within), by: -1) {
      guard tokens[k].sentence == sentence else { return false }
      guard words.contains(tokens[k]) else { continue }
      if !Self.holding.contains(tokens[k]) { return true }
      return (max(0, k - 2)..<k).contains {
        tokens[$0].sentence == sentence && Self.containers.contains(tokens[$0])
      }
    }
    return false
  }

  /// "..., not the filter", "not the little daypack": "not", an article, then at most two
  /// words before `other`, all after `came` in its sentence.
  private func isDenied(_ other: PhraseMatch, after came: PhraseMatch, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let start = other.tokens.lowerBound
    for k in stride(from: start - 1, through: max(came.tokens.upperBound, start - 3), by: -1) {
      // "not the best daypack I've owned": a judgement, not another thing.
      if Self.judgements.contains(tokens[k]) { return false }
      guard Self.articles.contains(tokens[k]) else { continue }
      return k > came.tokens.upperBound && tokens[k - 1].key == Self.not
    }
    return false
  }

  /// "found a little camp stove instead": "instead" up to 2 words after, not "instead of".
  private func insteadFollows(_ came: PhraseMatch, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let sentence = tokens[came.tokens.lowerBound].sentence
    for k in came.tokens.upperBound..<min(tokens.count, came.tokens.upperBound + 2) {
      guard tokens[k].sentence == sentence else { return false }
      if tokens[k].key == Self.instead {
        return k + 1 >= tokens.count || tokens[k + 1].key != Self.of
          || tokens[k + 1].sentence != sentence
      }
    }
    return false
  }

  /// True when an order of `a` ends up to 3 words before `thing`, in its sentence.
  func isOrdered(_ thing: PhraseMatch, _ a: ContentAnalysis, _ f: Int) -> Bool {
    a.hitSlice(.orderedItem).contains {
      $0.field == f && $0.tokens.upperBound <= thing.tokens.lowerBound
        && thing.tokens.lowerBound - $0.tokens.upperBound <= 3
    }
  }

  /// "got a pot to go with it", "got a footprint too", "also got socks": a second thing
  /// bought beside the first.
  func isBoughtBeside(_ came: PhraseMatch, _ field: TextField) -> Bool {
    field.hasWord(Self.beside, after: came.tokens, within: 3)
      || field.hasWord(Self.also, before: came.tokens, within: 3)
  }

  private static let swapArrivals = WordSet([
    "had", "has", "contains", "contained", "found", "came", "arrived", "got", "received",
    "its", "sent", "shipped", "inside",
  ])
  /// Arrivals that tell of a parcel's content, not of the thing's kind ("it's a flimsy pack").
  static let sentArrivals = WordSet([
    "had", "contained", "found", "came", "arrived", "got", "received", "sent", "shipped",
  ])
  private static let holding = WordSet(["had", "has", "contains", "contained"])
  private static let containers = WordSet([
    "box", "parcel", "package", "bag", "envelope", "order", "delivery", "shipment",
  ])
  private static let articles = WordSet(["the", "a", "an", "my", "our"])
  /// Words that make "not the ..." a judgement of the thing, not another thing ("not the best
  /// daypack I've owned", "not the first pack I ordered"); read by `notWhatWasOrdered` too.
  static let judgements = WordSet([
    "best", "worst", "greatest", "nicest", "lightest", "warmest", "cheapest", "most", "least",
    "only", "first", "same", "usual", "typical", "kind", "sort", "type", "quality",
  ])
  private static let beside = WordSet([
    "too", "also", "well", "free", "bonus", "extra", "separately", "to", "for", "with", "from",
  ])
  private static let also = WordSet(["also"])
}
