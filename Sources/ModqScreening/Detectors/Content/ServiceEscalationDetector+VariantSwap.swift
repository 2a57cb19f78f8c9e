import ModqCore

/// Wrong item (escalate.wrong_item), told as two values of a size or colour: the one chosen
/// and another that came.
extension ServiceEscalationDetector {
  /// "came in red, i picked black", "picked the green one at checkout, orange showed up",
  /// "I ordered a medium in rust and a large in black turned up instead". What was ordered
  /// names a size or colour: within `chosenWindow` words after the order, up to a clause
  /// break or "and". Another size or colour, none of those, stands beside an arrival in the
  /// sentence of the order or a neighbouring one:
  /// - after "came in", "showed up", "says", "inside", "opened" (`arrivalsBefore`, up to 3
  ///   words before it);
  /// - or before "showed up", "came", "instead" (`arrivalsAfter`, up to 2 words after);
  /// - "it's the orange one", "this is a 500ml bottle" only with "one" or a product after
  ///   the value ("it's a bit large" tells of fit).
  ///
  /// With an ask anywhere, or at `neighbourAskMaxRating` stars or fewer. Not for "left" and
  /// "right" ("came right on time"), nor a value after "like", "than" or "as" ("came up like
  /// a large"), nor one the order names itself ("ordered black, the black came quickly";
  /// compared by value: "11s" is "11"), nor one of another kind than the order's, a size
  /// number against a word ("Ordered these in black. The insole is marked 10").
  func variantSwapped(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    guard a.has(.orderedItem), a.has(.variantWord) || hasDigit(review) else { return [] }
    var asked: Bool? = review.review.rating <= neighbourAskMaxRating
      || a.has(.demand) || a.has(.callToAction) ? true : nil
    for ordered in a.hits(.orderedItem) where !isHypothetical(ordered, review) {
      let field = review.fields[ordered.field]
      let tokens = field.tokens
      let masks = a.tokenCues[ordered.field]
      var chosen: [UInt64] = []
      // Which kinds the order names: a size number ("a 9", "the 1L") or a word ("black",
      // "medium"). Another value counts only of a kind the order names: "Ordered these in
      // black. The insole is marked 10" tells of a size, not of another colour.
      var chosenNumber = false
      var chosenWord = false
      var lastChosen = ordered.tokens.upperBound - 1
      let windowEnd = min(tokens.count, ordered.tokens.upperBound + Self.chosenWindow)
      for k in ordered.tokens.upperBound..<windowEnd {
        // "i ordered green, orange showed up": the order's words end with its clause.
        guard tokens[k].sentence == ordered.sentence,
          k == ordered.tokens.upperBound
            || !field.breaksClause(before: k) && !Self.clauseLinks.contains(tokens[k])
        else { break }
        if isVariant(k, masks, field) {
          chosen.append(variantValue(k, masks, field))
          lastChosen = k
          if isVariantWord(k, masks, field) { chosenWord = true } else { chosenNumber = true }
        }
      }
      guard !chosen.isEmpty else { continue }
      // The sentence before the order's through the one after it.
      var first = ordered.tokens.lowerBound
      while first > 0 && tokens[first - 1].sentence >= ordered.sentence - 1 { first -= 1 }
      var end = lastChosen + 1
      var last = ordered.sentence + 1
      while end < tokens.count && tokens[end].sentence <= last {
        // "ordered 10.5 wide. box says 10.5 wide. boots inside are a 9 regular": a sentence
        // after the order that restates its value moves the window one sentence on.
        if tokens[end].sentence == ordered.sentence + 1 && last == ordered.sentence + 1
          && isVariant(end, masks, field) && chosen.contains(variantValue(end, masks, field))
        {
          last += 1
        }
        end += 1
      }
      for k in first..<end
      where (k < ordered.tokens.lowerBound || k > lastChosen)
        && isVariant(k, masks, field) && !chosen.contains(variantValue(k, masks, field))
        && (isVariantWord(k, masks, field) ? chosenWord : chosenNumber)
        && !Self.sides.contains(tokens[k]) && arrives(k, field)
      {
        if asked == nil {
          asked = fixAsked(after: [ordered], review) != nil || asksForVariant(a, review) != nil
        }
        guard asked == true else { return [] }
        let sent = CueHit(
          cue: .receivedItem, field: ordered.field, tokens: k..<(k + 1),
          byteRange: tokens[k].byteRange, sentence: tokens[k].sentence)
        return [ordered, sent]
      }
    }
    return []
  }

  /// True when a field has a digit (a size number may stand for the variant).
  private func hasDigit(_ review: PreparedReview) -> Bool {
    review.fields.contains { field in field.tokens.contains { $0.has(.hasDigit) } }
  }

  /// True when the size or colour at token `k` is said of what arrived.
  private func arrives(_ k: Int, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let sentence = tokens[k].sentence
    // "more like a large", "bigger than a medium", "as a small": a comparison of fit. Not
    // "came as adult L" (u395-39): what came as something is what arrived.
    for j in stride(from: k - 1, through: max(0, k - 2), by: -1) {
      guard tokens[j].sentence == sentence else { break }
      if Self.comparisons.contains(tokens[j]) {
        if j > 0, tokens[j].key == Self.asWord, Self.arrivalsAfter.contains(tokens[j - 1]) {
          return true
        }
        return false
      }
    }
    // "there's a men's 10 in the box" (u411-38): what lies in the box is what came.
    if k + 3 < tokens.count, tokens[k + 3].sentence == sentence,
      tokens[k + 1].key == Self.inWord, tokens[k + 2].key == Self.the,
      Self.packaging.contains(tokens[k + 3])
    {
      return true
    }
    // "arrived in a brown box", "a green stuff sack": the packaging's colour.
    for j in (k + 1)..<min(tokens.count, k + 3) where tokens[j].sentence == sentence {
      if Self.packaging.contains(tokens[j]) { return false }
    }
    for j in stride(from: k - 1, through: max(0, k - 3), by: -1) {
      guard tokens[j].sentence == sentence else { break }
      if Self.arrivalsBefore.contains(tokens[j]) && arrival(at: j, tokens) { return true }
      // "it's the orange one", "this is a medium pair", "this is a 500ml bottle".
      if Self.identities.contains(tokens[j]), k + 1 < tokens.count,
        tokens[k + 1].sentence == sentence,
        Self.ones.contains(tokens[k + 1])
          || products.matches(in: field).contains { $0.tokens.lowerBound == k + 1 }
      {
        return true
      }
    }
    for j in (k + 1)..<min(tokens.count, k + 3) {
      guard tokens[j].sentence == sentence else { break }
      if Self.arrivalsAfter.contains(tokens[j]) && arrival(at: j, tokens) { return true }
    }
    return false
  }

  /// "showed" and "turned" arrive only with "up" after them ("turned grey in the wash"),
  /// "came" only with "in", "is", "was" or "as" ("came out grey", "came apart"), and "sent",
  /// "shipped" or "delivered" only after the store or "was" (`senders`).
  private func arrival(at j: Int, _ tokens: [Token]) -> Bool {
    let next = j + 1 < tokens.count && tokens[j + 1].sentence == tokens[j].sentence
      ? tokens[j + 1].key : nil
    switch tokens[j].key {
    case Self.showed, Self.turned: return next == Self.up
    // "you sent a large", "was shipped in black"; "I sent the 8 back" is a return.
    case Self.sentWord, Self.shippedWord, Self.deliveredWord:
      return j > 0 && tokens[j - 1].sentence == tokens[j].sentence
        && Self.senders.contains(tokens[j - 1])
    case Self.cameWord: return next.map { Self.afterCame.contains(key: $0) } ?? true
    default: return true
    }
  }

  /// Words after an order that may still name its size or colour ("Ordered the Trail Runner
  /// 3 in a men's 10.5").
  static let chosenWindow = 7
  static let sides = WordSet(["left", "right"])
  /// Words that start a new clause after the order ("ordered a medium and a large came").
  static let clauseLinks = WordSet(["and", "but", "so", "then", "instead"])
  private static let comparisons = WordSet(["like", "than", "as"])
  private static let asWord = WordHash.key(ofWord: "as")
  private static let arrivalsBefore = WordSet([
    "came", "arrived", "showed", "turned", "says", "said", "reads", "printed", "marked",
    "stamped", "labelled", "labeled", "inside", "opened", "receive", "received", "sent",
    "shipped", "delivered",
  ])
  private static let packaging = WordSet([
    "box", "boxes", "bag", "bags", "envelope", "mailer", "package", "packaging", "parcel",
    "paper", "wrapper", "wrapping", "sack", "sacks", "tissue", "tape", "sticker", "label",
  ])
  private static let arrivalsAfter = WordSet(["came", "arrived", "showed", "turned", "instead"])
  private static let showed = WordHash.key(ofWord: "showed")
  private static let turned = WordHash.key(ofWord: "turned")
  private static let cameWord = WordHash.key(ofWord: "came")
  private static let sentWord = WordHash.key(ofWord: "sent")
  private static let shippedWord = WordHash.key(ofWord: "shipped")
  private static let deliveredWord = WordHash.key(ofWord: "delivered")
  private static let senders = WordSet(["you", "u", "they", "was", "were", "got", "guys", "yall"])
  static let up = WordHash.key(ofWord: "up")
  private static let afterCame = WordSet(["in", "is", "was", "as"])
  private static let identities = WordSet(["its", "is"])
}
