/// Insults told by character rather than by a listed insult word (twenty-third session): a
/// vocative ("you absolute walnut", "you dense little muppet"), a person called a noun of
/// character after a word of character ("my delivery driver, a lazy slug", "is a pompous
/// windbag"), or likened to a thing by a faculty they lack ("has the IQ of a houseplant").
/// Each needs a person: "you" itself, or a person named earlier in the sentence, with the
/// customer not talking about themselves ("I'm a lazy slob", "I apparently have the IQ of a
/// potato") and no laugh in the sentence ("my husband is a whiny baby lol").
extension HarassmentDetector {
  /// The three rules over one field; `insults` are the field's insult-list matches (they
  /// count as nouns of character too: "a bumbling fool"); `targetStarts`, the field's person
  /// targets when the insult rule has already read them. The person and laugh scene is read
  /// only when a rule has something to judge.
  func characterHits(in field: TextField, insults: [PhraseMatch], targetStarts: [Int: Int]?)
    -> [DetectorHit]
  {
    let (adjectives, adjectiveEnds) = characterAdjectives.tokenBounds(in: field)
    let likes = likenesses.matches(in: field)
    let nouns = adjectives.isEmpty ? [] : characterNouns.matches(in: field) + insults
    var vocatives = field.keys.contains(Self.you) ? vocatives(field, adjectives: adjectives) : []
    if !adjectives.isEmpty { vocatives += calledByYou(field, adjectives: adjectives) }
    guard !vocatives.isEmpty || !likes.isEmpty || !nouns.isEmpty else { return [] }
    let laughing = LegalWords.laughingSentences(field)
    var hits = vocatives.filter { !laughing.contains(field.tokens[$0.lowerBound].sentence) }.map {
      DetectorHit(
        field: field,
        byteRange: Int(field.tokens[$0.lowerBound].start)..<Int(field.tokens[$0.upperBound - 1].end))
    }
    guard !likes.isEmpty || !nouns.isEmpty else { return hits }
    let scene = Scene(
      field, targetStarts: targetStarts ?? targets.tokenBounds(in: field).starts,
      laughing: laughing)
    hits += characterHits(field, nouns: nouns, adjectiveEnds: adjectiveEnds, scene: scene)
    hits += likenessHits(field, likenesses: likes, scene: scene)
    return hits
  }

  /// The vocatives of a field, as token ranges: "you", one to three words of character or
  /// scale ("absolute", "dense", "sad little"), then a noun that ends the clause and is no
  /// praise ("you absolute legend").
  func vocatives(_ field: TextField, adjectives: [Int: Int]) -> [Range<Int>] {
    let tokens = field.tokens
    var found: [Range<Int>] = []
    for k in tokens.indices where tokens[k].key == Self.you {
      if k > 0, tokens[k - 1].sentence == tokens[k].sentence,
        LegalWords.thanks.contains(tokens[k - 1])
      {
        continue
      }
      var j = k + 1
      var modifiers = 0
      while j < tokens.count, modifiers < 3, tokens[j].sentence == tokens[k].sentence,
        !field.breaksClause(before: j),
        LegalWords.vocativeModifiers.contains(tokens[j]) || adjectives[j] != nil
      {
        // A word of character of two tokens is passed whole ("you brain-dead walnut").
        j = (adjectives[j] ?? j) + 1
        modifiers += 1
      }
      guard modifiers > 0, j < tokens.count, tokens[j].sentence == tokens[k].sentence,
        !field.breaksClause(before: j), tokens[j].has(.hasLetter),
        !LegalWords.praiseNouns.contains(tokens[j]), !LegalWords.determiners.contains(tokens[j]),
        endsClause(after: j, field)
      else { continue }
      found.append(k..<(j + 1))
    }
    return found
  }

  /// "you're a" (or "you are a", "ur a", and "you're just a") and a word of character within 4
  /// words: "you're a sad, miserable busybody", "you're a flock of brainless sheep"
  /// (twenty-seventh session).
  /// Not "you" in general ("if you're a lazy packer like me", "when you're a beginner", "you're
  /// a miserable camper without coffee"), not a question, not the store ("you're a useless
  /// company").
  func calledByYou(_ field: TextField, adjectives: [Int: Int]) -> [Range<Int>] {
    let tokens = field.tokens
    var found: [Range<Int>] = []
    for k in tokens.indices where LegalWords.secondPersons.contains(tokens[k]) {
      let s = tokens[k].sentence
      var a = k + 1
      if a < tokens.count, Self.youAreLinks.contains(tokens[a]), tokens[k].key == Self.you
        || tokens[k].key == Self.u
      {
        a += 1
      } else if tokens[k].key == Self.you || tokens[k].key == Self.u {
        continue
      }
      // "maybe you're just a bunch of clueless hobbits" (u313-7).
      if a < tokens.count, Self.youAreAdverbs.contains(tokens[a]) { a += 1 }
      guard a < tokens.count, tokens[a].sentence == s, LegalWords.articles.contains(tokens[a])
      else { continue }
      if field.hasWord(Self.conditions, before: k..<(k + 1), within: 3) { continue }
      var t = a + 1
      var hit: Int? = nil
      while t < tokens.count, t <= a + 4, tokens[t].sentence == s {
        if Self.businesses.contains(tokens[t]) || Self.roles.contains(tokens[t]) {
          hit = nil
          break
        }
        if hit == nil, adjectives[t] != nil { hit = t }
        t += 1
      }
      guard let hit, !field.asks(sentenceOf: hit) else { continue }
      found.append(k..<(hit + 1))
    }
    return found
  }

  private static let youAreLinks = WordSet(["are", "r"])
  private static let youAreAdverbs = WordSet(["just", "clearly", "obviously", "simply", "really"])
  private static let u = WordHash.key(ofWord: "u")
  /// "you" in general: "if you're a lazy packer", "when you're a beginner".
  private static let conditions = WordSet([
    "if", "unless", "when", "whether", "once", "whenever", "as", "because", "since", "even",
  ])
  /// "You" as anyone doing something: "you're a miserable camper without coffee".
  private static let roles = WordSet([
    "camper", "campers", "hiker", "hikers", "runner", "runners", "packer", "walker",
    "backpacker", "traveller", "traveler", "sleeper", "cook", "shopper", "beginner", "user",
    "buyer", "customer", "climber", "skier", "commuter", "washer", "parent", "mom", "dad",
  ])
  /// "you" as the store: "you're a useless company".
  private static let businesses = WordSet([
    "company", "store", "business", "brand", "shop", "outfit", "website", "site", "retailer",
    "seller", "corporation",
  ])

  /// A noun of character (or a listed insult) after "a"/"an" and words of character, at
  /// least one of them a word of character (`adjectiveEnds`: its last token -> its first),
  /// with a person named before it in the sentence.
  func characterHits(
    _ field: TextField, nouns: [PhraseMatch], adjectiveEnds: [Int: Int], scene: Scene
  ) -> [DetectorHit] {
    let tokens = field.tokens
    var hits: [DetectorHit] = []
    for noun in nouns where !noun.isJoined {
      let k = noun.tokens.lowerBound
      var j = k - 1
      var gated = false
      while j >= 0, k - j <= 5, tokens[j].sentence == tokens[k].sentence,
        adjectiveEnds[j] != nil || LegalWords.insultFillers.contains(tokens[j])
          && !LegalWords.articles.contains(tokens[j])
      {
        // A word of character of two tokens is passed whole, from its end to its start
        // ("brain-dead" is read as "brain dead": u247-2, "is a brain-dead slob").
        if let start = adjectiveEnds[j] {
          gated = true
          j = start - 1
        } else {
          j -= 1
        }
      }
      // "the agent, some smug little know-it-all called Kevin" (u251-7): "some" as "a".
      guard gated, j >= 0, tokens[j].sentence == tokens[k].sentence,
        LegalWords.articles.contains(tokens[j]) || tokens[j].key == Self.some,
        namesPerson(before: j, field, scene), !scene.laughing.contains(tokens[k].sentence)
      else { continue }
      hits.append(
        DetectorHit(
          field: field, byteRange: Int(tokens[j].start)..<Int(tokens[noun.tokens.upperBound - 1].end)))
    }
    return hits
  }

  /// A likeness by a lacking faculty, with a person named before it in the sentence and the
  /// product not its subject ("this tent has the personality of wet cardboard").
  func likenessHits(_ field: TextField, likenesses: [PhraseMatch], scene: Scene)
    -> [DetectorHit]
  {
    let tokens = field.tokens
    var hits: [DetectorHit] = []
    for match in likenesses where !match.isJoined {
      let k = match.tokens.lowerBound
      guard namesPerson(before: k, field, scene),
        !field.hasWord(LegalWords.things, before: match.tokens, within: 3),
        !scene.laughing.contains(tokens[k].sentence)
      else { continue }
      hits.append(DetectorHit(field: field, byteRange: match.byteRange))
    }
    return hits
  }

  /// True when a person stands before token `end` in its sentence, and the 4 words before
  /// `end` are not the customer's own ("I'm a", "call me a", "I apparently have").
  private func namesPerson(before end: Int, _ field: TextField, _ scene: Scene) -> Bool {
    guard end > 0, field.tokens[end - 1].sentence == field.tokens[end].sentence,
      scene.personSoFar[end - 1]
    else { return false }
    return !field.hasWord(LegalWords.selfWords, before: end..<(end + 1), within: 4)
  }

  /// True when the clause ends after token `j`: the text ends, a sentence or clause break
  /// follows, or a question mark.
  private func endsClause(after j: Int, _ field: TextField) -> Bool {
    let tokens = field.tokens
    return j + 1 >= tokens.count || tokens[j + 1].sentence != tokens[j].sentence
      || field.breaksClause(before: j + 1) || field.asksAfter(j)
  }

  /// Who and what a field's sentences hold, read once per field (so a long review stays
  /// linear): per token, whether a person (a target other than "they", "them" or "it", family
  /// or an acquaintance) has been named in its sentence up to it; and the sentences that laugh
  /// ("lol", "😂").
  struct Scene {
    var personSoFar: [Bool]
    var laughing: Set<Int32>

    init(_ field: TextField, targetStarts: [Int: Int], laughing: Set<Int32>) {
      let tokens = field.tokens
      var person = [Bool](repeating: false, count: tokens.count)
      // "they", "them" and "it" may be the product ("they have the charm of a brick").
      for (start, end) in targetStarts where !(start == end && LegalWords.thingPronouns.contains(tokens[start])) {
        for k in start...end { person[k] = true }
      }
      for k in tokens.indices {
        if LegalWords.relations.contains(tokens[k]) { person[k] = true }
        if k > 0, tokens[k - 1].sentence == tokens[k].sentence, person[k - 1] { person[k] = true }
      }
      personSoFar = person
      self.laughing = laughing
    }
  }

  private static let you = WordHash.key(ofWord: "you")
  private static let some = WordHash.key(ofWord: "some")
}
