/// A group named as a subject and given a trait outright: "Females are too fragile and
/// emotional", "black people are too lazy to walk anywhere", "the natives up there are a
/// bunch of drunks", "Indians have zero idea what hygiene means" (twenty-seventh session).
extension HateDetector {
  /// The last token of the trait a group is given, or nil. The copula ("are", "is") follows
  /// the group with at most three adverbs between ("all", "just", "up there"), and the trait
  /// follows within four words with no negation on the way ("women are not weak"). A trait
  /// that is a verb phrase ("cant drive", "arent built for") may stand where the copula would.
  /// Not a group of people:
  /// - a place of making or buying ("the ones made in China are weak", "sized for Asians");
  /// - people of one's own ("my girls are so emotional about colours");
  /// - a group asked about ("Women whine about everything? Not me");
  /// - a group someone else is reported to speak of, within four words ("who says women are
  ///   too weak", "people think that Asians are lazy"; not "Label says made in India ...,
  ///   Indians have zero idea").
  func predicate(of group: PhraseMatch, in field: TextField, traits: [Int: Int]) -> Int? {
    let tokens = field.tokens
    let g0 = group.tokens.lowerBound
    let s = tokens[g0].sentence
    if g0 > 0, tokens[g0 - 1].sentence == s, HateDetector.notAGroup.contains(tokens[g0 - 1]) {
      return nil
    }
    // Remarks on men as a whole are the husband jokes ("Men are useless at pitching tents in
    // the dark, my husband took an hour lol").
    if group.tokens.count == 1, tokens[g0].key == HateDetector.men { return nil }
    var back = g0 - 1
    while back >= 0, back >= g0 - 4, tokens[back].sentence == s {
      if HateDetector.reported.contains(tokens[back]) { return nil }
      back -= 1
    }
    var c = group.tokens.upperBound
    while c < tokens.count, c < group.tokens.upperBound + 3, tokens[c].sentence == s,
      HateDetector.subjectAdverbs.contains(tokens[c])
    {
      c += 1
    }
    guard c < tokens.count, tokens[c].sentence == s else { return nil }
    if let end = traits[c], HateDetector.verbalTraitStarts.contains(tokens[c]) {
      return field.asks(sentenceOf: g0) ? nil : end
    }
    if HateDetector.possession.contains(tokens[c]) {
      guard c + 1 < tokens.count, let end = traits[c + 1] else { return nil }
      return field.asks(sentenceOf: g0) ? nil : end
    }
    guard HateDetector.copulas.contains(tokens[c]) else { return nil }
    var t = c + 1
    while t < tokens.count, t <= c + 4, tokens[t].sentence == s {
      if HateDetector.negations.contains(tokens[t]) { return nil }
      if let end = traits[t] { return field.asks(sentenceOf: g0) ? nil : end }
      t += 1
    }
    return nil
  }

  private static let men = WordHash.key(ofWord: "men")
  /// "is" after a group named as one ("that whole culture is cheap").
  private static let copulas = WordSet(["are", "were", "r", "re", "is"])
  /// "Indians have zero idea what hygiene means": the trait right after.
  private static let possession = WordSet(["have", "has"])
  private static let subjectAdverbs = WordSet([
    "all", "just", "really", "basically", "always", "honestly", "simply", "mostly",
    "literally", "generally", "truly", "seriously", "frankly", "tbh", "now", "nowadays",
    "up", "over", "down", "around", "there", "here", "these", "days", "anyway",
    // "muslims, who are all violent fanatics".
    "who",
  ])
  /// The first word of a trait that is a predicate by itself ("cant drive", "never wash").
  private static let verbalTraitStarts = WordSet([
    "cant", "cannot", "arent", "never", "dont", "too",
  ])
  private static let negations = WordSet([
    "not", "never", "no", "hardly", "rarely", "less", "nt", "neither",
  ])
  /// Before a group: a place of making or buying, or people of one's own. Not "by": "put
  /// together by immigrants who are too dumb to follow simple instructions" (u230).
  private static let notAGroup = WordSet(
    ["in", "from", "of", "for", "their"] + HateDetector.possessiveWords)
  /// Someone else's words, not the reviewer's ("who says", "the myth that").
  private static let reported = WordSet([
    "says", "say", "said", "claim", "claims", "claimed", "myth", "stereotype", "stereotypes",
    "told", "tell", "tells", "heard", "assume", "assumes", "assumed", "joke", "jokes",
    "think", "thinks", "thought", "believe", "believes",
  ])
}
