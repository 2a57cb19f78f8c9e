/// `legal.hate`: slurs (whole words), a group said to be something dehumanising
/// ("immigrants are vermin", "X should be deported"), a group pointed back at and likened to
/// vermin ("refugees ... they're basically locusts"), or hatred declared for a group
/// ("I hate immigrants"). Naming a group neutrally ("Asian sizing runs small") never fires.
struct HateDetector: Detector {
  let slurs: PhraseMatcher
  let groups: PhraseMatcher
  let dehumanizing: PhraseMatcher
  /// Hateful remarks that fire alone ("go back to where they came from").
  let phrases: PhraseMatcher
  /// Words that speak of a whole group ("they're all", "the lot of them").
  let generalizers: PhraseMatcher
  /// What a group is said to be by nature ("filthy", "criminals", "can't drive").
  let traits: PhraseMatcher
  /// Words that point back at a group named before them ("they're", "that lot", "every last
  /// one of them").
  let pointers: PhraseMatcher
  /// People likened to vermin or beasts ("locusts", "like rats", "practically monkeys"): after
  /// a pointer, not after any "they" (a product's "they're useless in rain" is no likeness).
  let likenesses: PhraseMatcher

  static let registration = DetectorRegistration(
    "legal_hate", summary: "slurs and hateful remarks about a group"
  ) { params in
    HateDetector(
      slurs: try params.phrases("slurs", default: ["hate-slurs.txt"]),
      groups: try params.phrases("groups", default: ["hate-groups.txt"], matchesJoined: false),
      dehumanizing: try params.phrases(
        "dehumanizing", default: ["hate-dehumanizing.txt"], matchesJoined: false),
      phrases: try params.phrases("phrases", default: ["hate-phrases.txt"], matchesJoined: false),
      generalizers: try params.phrases(
        "generalizers", default: ["hate-generalizers.txt"], matchesJoined: false),
      traits: try params.phrases("traits", default: ["hate-traits.txt"], matchesJoined: false),
      pointers: try params.phrases(
        "pointers", default: ["hate-pointers.txt"], matchesJoined: false),
      likenesses: try params.phrases(
        "likenesses", default: ["hate-likenesses.txt"], matchesJoined: false))
  }

  private static let linking = WordSet([
    "are", "were", "r", "is", "all", "should", "must", "be", "who", "whove", "they",
    "people", "cant", "cannot",
    // "the gays have ruined", "the Chinese would poison", "women just whine" (u178).
    "have", "has", "would", "just", "always", "only",
    // "women don't belong on a mountain", "Those people will cut every corner" (twenty-seventh
    // session).
    "dont", "will", "shouldnt",
  ])
  /// The verb that starts a dehumanising entry: the group right before it is its subject
  /// ("women whine about everything", "that whole race copies everything"). Not "ruin":
  /// "Women ruin every pair of shoes they own according to my husband".
  private static let verbs = WordSet([
    "whine", "wreck", "wrecks", "breed", "copy", "copies", "cut", "complain",
    "belong",
  ])

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    // A group the title names ("made in china, what did I expect") is named before the body's
    // first two sentences ("those people are lazy cheats ... every single one of them", u276).
    var titleNames = false
    for field in review.fields where !field.tokens.isEmpty {
      for match in slurs.matches(in: field) {
        hits.append(DetectorHit(field: field, byteRange: match.byteRange))
      }
      for match in phrases.matches(in: field) {
        hits.append(DetectorHit(field: field, byteRange: match.byteRange))
      }
      let groupMatches = groups.matches(in: field)
      if groupMatches.isEmpty { continue }
      let traitMatches = traits.matches(in: field)
      let (generalHits, generalSentences) = generalized(groupMatches, traitMatches, in: field)
      hits += generalHits
      let tokens = field.tokens
      var traitStarts: [Int: Int] = [:]
      for trait in traitMatches where !trait.isJoined {
        traitStarts[trait.tokens.lowerBound] = trait.tokens.upperBound - 1
      }
      // The last token of each dehumanising entry already read after a group.
      var ends = Set<Int>()
      let bad = dehumanizing.tokenBounds(in: field).starts
      // Where each sentence first names a group itself (read once: a long review of "people
      // like that" stays linear).
      var firstNamed: [Int32: Int] = [:]
      // The same, leaving out places of making ("Made in India, they cant build anything
      // that lasts": "they" is the product).
      var firstPeople: [Int32: Int] = [:]
      if field.field == .body && titleNames {
        // Before every token of the body: its first two sentences see the title's group.
        firstNamed[-1] = -1
      }
      for group in groupMatches where !isPointer(group.tokens.lowerBound, tokens) {
        let g0 = group.tokens.lowerBound
        // "my girls, they are too lazy to tie laces": people of one's own are no group.
        if g0 > 0, HateDetector.possessives.contains(tokens[g0 - 1]) { continue }
        if field.field == .title { titleNames = true }
        firstNamed[tokens[g0].sentence] = min(firstNamed[tokens[g0].sentence] ?? g0, g0)
        if g0 == 0 || !HateDetector.makers.contains(tokens[g0 - 1]) {
          firstPeople[tokens[g0].sentence] = min(firstPeople[tokens[g0].sentence] ?? g0, g0)
        }
      }
      for group in groupMatches {
        let g0 = group.tokens.lowerBound
        let g1 = group.tokens.upperBound - 1
        // "people like that" points back at a group named earlier in its sentence ("...
        // translated by foreigners, and honestly people like that are a plague") or in one of
        // the two before ("made in Bangladesh. Figures. Those people couldn't make anything",
        // u178), or at no group at all. "Those people at the desk" are staff, not a group.
        if isPointer(g0, tokens), !pointsBack(g0, tokens, firstNamed) { continue }
        if let verb = hateVerb(before: g0, tokens) {
          hits.append(
            DetectorHit(
              field: field, byteRange: Int(tokens[verb].start)..<Int(tokens[g1].end)))
          continue
        }
        if !generalSentences.contains(tokens[g0].sentence),
          let end = predicate(of: group, in: field, traits: traitStarts)
        {
          ends.insert(end)
          hits.append(
            DetectorHit(field: field, byteRange: Int(tokens[g0].start)..<Int(tokens[end].end)))
          continue
        }
        // A pointer ("those people") is the subject already: "those people breed like rats".
        var linked = isPointer(g0, tokens)
        var d = g1 + 1
        while d < tokens.count, d <= g1 + 5, tokens[d].sentence == tokens[g1].sentence {
          // "foreigners, that whole lot are lazy": an entry that starts with its own link
          // ("are lazy") needs none before it.
          if let end = bad[d],
            linked || startsWithLink(tokens[d]) || saysOutright(d, after: g1, in: field)
          {
            ends.insert(end)
            hits.append(
              DetectorHit(
                field: field, byteRange: Int(tokens[g0].start)..<Int(tokens[end].end)))
            break
          }
          if HateDetector.linking.contains(tokens[d]) { linked = true }
          d += 1
        }
      }
      hits += likened(in: field, after: firstNamed, people: firstPeople, skipping: ends)
    }
    return hits
  }

  /// A group named, then pointed back at ("they're", "that lot", in its sentence or one of the
  /// two after) and likened to vermin or beasts within 5 words of the pointer: "the city is
  /// full of refugees now and they're basically locusts". A hit already found for the group
  /// itself is not found again. A bare "they" points back at people, not at a place the
  /// product was made in or sent from ("Made in Vietnam. They're a drain on my wallet").
  private func likened(
    in field: TextField, after firstNamed: [Int32: Int], people firstPeople: [Int32: Int],
    skipping ends: Set<Int>
  ) -> [DetectorHit] {
    let likes = likenesses.matches(in: field)
    if likes.isEmpty { return [] }
    let tokens = field.tokens
    var hits: [DetectorHit] = []
    var l = 0
    for pointer in pointers.matches(in: field) {
      let p0 = pointer.tokens.lowerBound
      let p1 = pointer.tokens.upperBound
      let bare = pointer.tokens.count == 1 && HateDetector.bareThey.contains(tokens[p0])
      guard namedBefore(p0, tokens, bare ? firstPeople : firstNamed) else { continue }
      let s = tokens[p0].sentence
      while l < likes.count, likes[l].tokens.lowerBound < p1 { l += 1 }
      guard l < likes.count, likes[l].tokens.lowerBound <= p1 + 4,
        tokens[likes[l].tokens.lowerBound].sentence == s,
        !ends.contains(likes[l].tokens.upperBound - 1)
      else { continue }
      hits.append(
        DetectorHit(
          field: field,
          byteRange: Int(tokens[p0].start)..<Int(tokens[likes[l].tokens.upperBound - 1].end)))
    }
    return hits
  }

  private func startsWithLink(_ token: Token) -> Bool { HateDetector.linking.contains(token) }

  /// A verb right after the group, in a sentence that asks nothing: "women whine about
  /// everything", not "Women whine about everything? Not me".
  private func saysOutright(_ d: Int, after g1: Int, in field: TextField) -> Bool {
    d == g1 + 1 && HateDetector.verbs.contains(field.tokens[d]) && !field.asks(sentenceOf: d)
  }

  /// "people like that", "people like them", "those people": a group only by pointing back
  /// at one.
  private func isPointer(_ g0: Int, _ tokens: [Token]) -> Bool {
    guard g0 + 1 < tokens.count else { return false }
    return tokens[g0].key == HateDetector.people && tokens[g0 + 1].key == HateDetector.like
      || HateDetector.demonstratives.contains(tokens[g0])
        && tokens[g0 + 1].key == HateDetector.people
  }

  /// True when the pointer at `g0` has a group named before it and no place word after it.
  private func pointsBack(_ g0: Int, _ tokens: [Token], _ firstNamed: [Int32: Int]) -> Bool {
    if g0 + 2 < tokens.count, LegalWords.placeWords.contains(tokens[g0 + 2]) { return false }
    return namedBefore(g0, tokens, firstNamed)
  }

  /// True when a group is named before token `i`: earlier in its sentence or in one of the two
  /// sentences before.
  private func namedBefore(_ i: Int, _ tokens: [Token], _ firstNamed: [Int32: Int]) -> Bool {
    let s = tokens[i].sentence
    return (firstNamed[s] ?? i) < i || firstNamed[s - 1] != nil || firstNamed[s - 2] != nil
  }

  private static let people = WordHash.key(ofWord: "people")
  private static let like = WordHash.key(ofWord: "like")
  private static let demonstratives = WordSet(["those", "these"])
  /// Before a group: people of one's own ("my girls"), not a group.
  static let possessiveWords = ["my", "our", "his", "her", "your", "ur"]
  private static let possessives = WordSet(possessiveWords)
  /// Before a place the product comes from: "made in", "shipped from" (not "by": "designed by
  /// foreigners" names people).
  private static let makers = WordSet(["in", "from"])
  private static let bareThey = WordSet(["they", "theyre", "theyd", "theyll"])

  private func hateVerb(before g0: Int, _ tokens: [Token]) -> Int? {
    for back in 1...2 where g0 - back >= 0 {
      let token = tokens[g0 - back]
      if token.sentence != tokens[g0].sentence { return nil }
      if LegalWords.hateVerbs.contains(token) { return g0 - back }
      if back == 1 && token.key != HateDetector.all { return nil }
    }
    return nil
  }

  private static let all = WordHash.key(ofWord: "all")

  /// A group named, then the whole group given a trait: a generalizer and a trait within 8
  /// words of each other, both after the group, in its sentence or the next ("the park by me
  /// is overrun with homeless people and they're all filthy junkies"; "Shame about the
  /// French, rude lazy people ... the lot of them"). One hit per group sentence; each
  /// sentence's pairs are found once, so a long review stays linear.
  /// Also returns the sentences of the groups it found.
  private func generalized(
    _ groupMatches: [PhraseMatch], _ traitMatches: [PhraseMatch], in field: TextField
  ) -> ([DetectorHit], Set<Int32>) {
    if traitMatches.isEmpty { return ([], []) }
    let general = generalizers.matches(in: field)
    if general.isEmpty { return ([], []) }
    let tokens = field.tokens
    // Per sentence, the pair (generalizer, trait) that starts last: its start and its end.
    var lastPair: [Int32: (start: Int, end: Int)] = [:]
    var t = 0
    for g in general {
      let q = g.tokens.lowerBound
      while t < traitMatches.count, traitMatches[t].tokens.lowerBound < q - 8 { t += 1 }
      var u = t
      while u < traitMatches.count, traitMatches[u].tokens.lowerBound <= q + 8 {
        let trait = traitMatches[u]
        if tokens[trait.tokens.lowerBound].sentence == tokens[q].sentence,
          !trait.tokens.overlaps(g.tokens)
        {
          let start = min(q, trait.tokens.lowerBound)
          let end = max(g.tokens.upperBound, trait.tokens.upperBound) - 1
          let sentence = tokens[q].sentence
          if (lastPair[sentence]?.start ?? -1) < start { lastPair[sentence] = (start, end) }
        }
        u += 1
      }
    }
    if lastPair.isEmpty { return ([], []) }
    var hits: [DetectorHit] = []
    var done: Set<Int32> = []
    for group in groupMatches where !isPointer(group.tokens.lowerBound, tokens) {
      let g0 = group.tokens.lowerBound
      let sentence = tokens[g0].sentence
      guard !done.contains(sentence) else { continue }
      let pair = lastPair[sentence].flatMap { $0.start >= group.tokens.upperBound ? $0 : nil }
        ?? lastPair[sentence + 1]
      guard let pair else { continue }
      done.insert(sentence)
      hits.append(
        DetectorHit(field: field, byteRange: Int(tokens[g0].start)..<Int(tokens[pair.end].end)))
    }
    return (hits, done)
  }
}
