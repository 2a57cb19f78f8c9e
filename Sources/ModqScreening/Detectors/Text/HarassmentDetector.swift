/// `legal.harassment`: an insult aimed at a person: a target word, an optional copula and
/// fillers, then the insult ("the seller is an idiot", "you people are morons", "you
/// idiots"), plus fixed phrases ("go to hell"). Insults about things ("this jacket is
/// garbage", "stupid zipper") have no person target and never fire. Insults told by
/// character are in HarassmentDetector+Character.swift.
struct HarassmentDetector: Detector {
  let insults: PhraseMatcher
  let targets: PhraseMatcher
  let phrases: PhraseMatcher
  /// Nouns that insult only after a word of character ("a lazy slug").
  let characterNouns: PhraseMatcher
  /// Words of character ("lazy", "pompous", "spineless").
  let characterAdjectives: PhraseMatcher
  /// Likenesses by a lacking faculty ("the IQ of a").
  let likenesses: PhraseMatcher

  static let registration = DetectorRegistration(
    "legal_harassment", summary: "insults aimed at a person; harassment phrases"
  ) { params in
    HarassmentDetector(
      insults: try params.phrases("insults", default: ["insults.txt"]),
      targets: try params.phrases("targets", default: ["person-targets.txt"], matchesJoined: false),
      phrases: try params.phrases("phrases", default: ["harassment-phrases.txt"]),
      characterNouns: try params.phrases(
        "character_nouns", default: ["insult-character-nouns.txt"], matchesJoined: false),
      characterAdjectives: try params.phrases(
        "character_adjectives", default: ["insult-character-adjectives.txt"],
        matchesJoined: false),
      likenesses: try params.phrases(
        "likenesses", default: ["insult-likeness.txt"], matchesJoined: false))
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    for field in review.fields where !field.tokens.isEmpty {
      for match in phrases.matches(in: field) where !isNounUse(match, field) {
        hits.append(DetectorHit(field: field, byteRange: match.byteRange))
      }
      let found = insults.matches(in: field).filter { !$0.isJoined }
      // Insults already aimed at a target here are not read again by character ("the seller
      // is a lazy idiot" is one finding, not two).
      var aimed: Set<Int> = []
      var targetStartsRead: [Int: Int]? = nil
      if !found.isEmpty {
        let (targetStarts, targetEnds) = targets.tokenBounds(in: field)
        targetStartsRead = targetStarts
        let insultStarts = Set(found.map(\.tokens.lowerBound))
        let tokens = field.tokens
        // The sentences that laugh, read once per field and only for an insult called out.
        var laughing: Set<Int32>? = nil
        for insult in found {
          var start = targetStart(insult, field, targetStarts, targetEnds, insultStarts)
          if start == nil && isRelative(insult, field) { start = insult.tokens.lowerBound }
          if start == nil && isCalledOut(insult, field) {
            let laughs = laughing ?? LegalWords.laughingSentences(field)
            laughing = laughs
            if !laughs.contains(tokens[insult.tokens.lowerBound].sentence) {
              start = insult.tokens.lowerBound
            }
          }
          guard let start else { continue }
          let range = Int(tokens[start].start)..<Int(tokens[insult.tokens.upperBound - 1].end)
          hits.append(DetectorHit(field: field, byteRange: range))
          aimed.insert(insult.tokens.lowerBound)
        }
      }
      hits += characterHits(
        in: field, insults: found.filter { !aimed.contains($0.tokens.lowerBound) },
        targetStarts: targetStartsRead)
      hits += sarcasticVocatives(in: field)
    }
    return hits
  }

  /// "maybe learn to measure your own feet before whining about it, genius" (u384-42),
  /// "maybe try pressing the button twice, genius" (u350-40): praise said to someone as the
  /// last word of a sentence after a comma, called out as an insult is (`isCalledOut`), in a
  /// sentence that does not laugh. Never elsewhere: "a genius design" and "you're a genius"
  /// praise.
  private func sarcasticVocatives(in field: TextField) -> [DetectorHit] {
    guard field.keys.containsAny(Self.sarcasticKeys) else { return [] }
    var hits: [DetectorHit] = []
    var laughing: Set<Int32>? = nil
    for (i, token) in field.tokens.enumerated() where Self.sarcastic.contains(token) {
      let match = PhraseMatch(
        entry: -1, tokens: i..<(i + 1), byteRange: token.byteRange, isJoined: false)
      guard isCalledOut(match, field) else { continue }
      let laughs = laughing ?? LegalWords.laughingSentences(field)
      laughing = laughs
      if !laughs.contains(token.sentence) {
        hits.append(DetectorHit(field: field, byteRange: token.byteRange))
      }
    }
    return hits
  }

  private static let sarcasticWords = ["genius", "einstein", "sherlock"]
  private static let sarcastic = WordSet(sarcasticWords)
  private static let sarcasticKeys = sarcasticWords.map { WordHash.key(ofWord: $0) }

  /// Where the insulted person is named: the target before the insult (after fillers and a
  /// copula), a person heading the subject before the copula, or the insult itself when a
  /// place follows it ("the idiot at your help desk"); nil when no person is named.
  private func targetStart(
    _ insult: PhraseMatch, _ field: TextField, _ targetStarts: [Int: Int],
    _ targetEnds: [Int: Int], _ insultStarts: Set<Int>
  ) -> Int? {
    let tokens = field.tokens
    let k = insult.tokens.lowerBound
    if isCompound(insult, field) { return nil }
    // "Whatever halfwit engineer signed off on these" (u308-3), "that moron manager": the
    // insult said of the person right after it; not the customer ("I felt like a stupid
    // reviewer").
    let next = insult.tokens.upperBound
    if next < tokens.count, tokens[next].sentence == tokens[k].sentence,
      targetStarts[next] != nil, !LegalWords.pronouns.contains(tokens[next]),
      !LegalWords.secondPersons.contains(tokens[next]),
      !field.hasWord(LegalWords.selfWords, before: insult.tokens, within: 3)
    {
      return k
    }
    var j = k - 1
    var skipped = 0
    while j >= 0, skipped < 7, tokens[j].sentence == tokens[k].sentence,
      LegalWords.insultFillers.contains(tokens[j])
    {
      j -= 1
      skipped += 1
    }
    if isPlaced(insult, field, targetStarts) { return k }
    j = pastDescribingWords(from: j, before: insult, field)
    let copula = j >= 0 && LegalWords.copulas.contains(tokens[j])
    if copula, let start = imperativeStart(being: j, field) { return start }
    if copula { j -= 1 }
    guard j >= 0, tokens[j].sentence == tokens[k].sentence else { return nil }
    let thing = LegalWords.thingInsults.contains(tokens[k])
    var start = targetEnds[j]
    // An insult also said of things counts here only as a noun ("is a clueless clown", u102),
    // not as an adjective ("the zipper the guy sold me is stupid").
    if start == nil && copula && !LegalWords.insultAdjectives.contains(tokens[k]) {
      // "the guy at the returns desk is an idiot", "the guy in the reviews calling it
      // 'bombproof' is a clueless clown": a person (or an insult noun, or a name before
      // "at") heads the subject up to 7 words before the copula, or a person before "who"
      // up to 20.
      var back = j - 1
      // The subject may still run back to a "who": no other verb, contrast or clause break
      // passed yet ("The driver who delivered it was great but the tent is a total clown
      // show" is two clauses).
      var relativeOpen = true
      while back >= 0, back >= j - 20, tokens[back].sentence == tokens[k].sentence {
        if back + 1 < tokens.count, field.breaksClause(before: back + 1)
          || LegalWords.copulas.contains(tokens[back])
          || HarassmentDetector.contrasts.contains(tokens[back])
        {
          relativeOpen = false
        }
        // "The cashier who activated it for me was a mouth-breathing imbecile", "the guy in
        // the comments who keeps calling this filter unsafe ... is a paranoid crank": the
        // person before "who" heads the subject, however long the clause (up to 20 words).
        if relativeOpen, HarassmentDetector.relatives.contains(tokens[back]),
          let s = personBefore(relative: back, tokens, targetEnds)
        {
          start = s
          break
        }
        if !relativeOpen && back < j - 7 { break }
        if back < j - 7 {
          back -= 1
          continue
        }
        if let s = targetEnds[back], !LegalWords.pronouns.contains(tokens[back]) {
          start = s
          break
        }
        if insultStarts.contains(back) {
          start = back
          break
        }
        // "Derek at the Boulder store is a condescending idiot" (u100): a name before where
        // the person works.
        if back >= 1, LegalWords.placeWords.contains(tokens[back]),
          tokens[back - 1].has(.capitalized), !LegalWords.selfWords.contains(tokens[back - 1])
        {
          start = back - 1
          break
        }
        back -= 1
      }
    }
    if thing && LegalWords.pronouns.contains(tokens[j]) { return nil }
    return start
  }

  /// "learn some manners, loser", "thanks for nothing, idiots" (u313-34): an insult after a
  /// comma that ends its sentence, said to someone: the sentence opens with a word said to a
  /// person (after one softener such as "maybe"), or by naming the person ("To whoever ...",
  /// "To the reviewer ..."), or has "you" or "your" before the insult. Not the customer's own
  /// slip ("Forgot the stakes at home, idiot.") or an insult also said of things; the caller
  /// leaves out a sentence that laughs.
  private func isCalledOut(_ insult: PhraseMatch, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let k = insult.tokens.lowerBound
    let end = insult.tokens.upperBound
    let sentence = tokens[k].sentence
    guard k > 0, tokens[k - 1].sentence == sentence, field.breaksClause(before: k),
      end == tokens.count || tokens[end].sentence != sentence,
      !LegalWords.thingInsults.contains(tokens[k])
    else { return false }
    var first = k - 1
    while first > 0 && tokens[first - 1].sentence == sentence { first -= 1 }
    let opener = Self.softeners.contains(tokens[first]) && first + 1 < k ? first + 1 : first
    return HarassmentDetector.addressOpeners.contains(tokens[opener])
      || isSaidTo(first, tokens)
      || (first..<k).contains(where: {
        LegalWords.secondPersons.contains(tokens[$0]) || tokens[$0].key == Self.your
      })
  }

  /// "To whoever ...", "To the reviewer ...", "To the guy ...": a sentence that opens by
  /// naming the person it is said to.
  private func isSaidTo(_ first: Int, _ tokens: [Token]) -> Bool {
    guard tokens[first].key == Self.to, first + 1 < tokens.count else { return false }
    if tokens[first + 1].key == Self.whoever { return true }
    return first + 2 < tokens.count && tokens[first + 1].key == Self.the
      && Self.addressees.contains(tokens[first + 2])
  }

  private static let softeners = WordSet(["maybe", "just", "so", "now", "please", "pls"])
  private static let your = WordHash.key(ofWord: "your")
  private static let to = WordHash.key(ofWord: "to")
  private static let the = WordHash.key(ofWord: "the")
  private static let whoever = WordHash.key(ofWord: "whoever")
  private static let addressees = WordSet([
    "reviewer", "reviewers", "person", "people", "guy", "guys", "lady", "woman", "man", "one",
  ])

  /// Words that open a sentence said to someone ("learn some manners", "thanks for nothing",
  /// "way to go", "nice job").
  private static let addressOpeners = WordSet([
    "learn", "get", "go", "read", "try", "grow", "stop", "shut", "thanks", "way", "nice", "wake",
    "bye", "whatever", "sit", "move", "cheers", "good",
  ])

  /// "a tiny screw you can tighten with a coin" (u309-34): a fixed phrase said to "you" whose
  /// verb is a noun here, after an article or a size word, or before a clause that goes on
  /// ("you can", "you need") in the same sentence. Not phrases of other shapes ("a face like
  /// a slapped ham").
  private func isNounUse(_ match: PhraseMatch, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let first = match.tokens.lowerBound
    let next = match.tokens.upperBound
    guard LegalWords.secondPersons.contains(tokens[next - 1]) else { return false }
    if first > 0, tokens[first - 1].sentence == tokens[first].sentence,
      HarassmentDetector.nounMarkers.contains(tokens[first - 1])
    {
      return true
    }
    guard next < tokens.count, tokens[next].sentence == tokens[first].sentence,
      !field.breaksClause(before: next)
    else { return false }
    return HarassmentDetector.clauseModals.contains(tokens[next])
  }

  private static let nounMarkers = WordSet([
    "a", "an", "the", "one", "each", "tiny", "small", "little", "loose", "hex", "allen",
  ])
  private static let clauseModals = WordSet([
    "can", "could", "need", "have", "must", "should", "will", "might", "may", "just", "then",
  ])
  private static let relatives = WordSet(["who", "whom"])
  private static let contrasts = WordSet([
    "but", "though", "although", "while", "whereas", "however", "yet",
  ])
  private static let proof = WordHash.key(ofWord: "proof")

  /// Before an insult, past up to two words that describe it after "a" or "an" and a copula
  /// ("was a mouth-breathing imbecile", "is a paranoid crank"): the copula's index, or `j`
  /// unchanged.
  private func pastDescribingWords(from j: Int, before insult: PhraseMatch, _ field: TextField)
    -> Int
  {
    let tokens = field.tokens
    let k = insult.tokens.lowerBound
    for article in stride(from: j - 1, through: max(0, j - 2), by: -1) {
      guard article >= 1, tokens[article].sentence == tokens[k].sentence else { return j }
      if LegalWords.articles.contains(tokens[article]) {
        // "being such a clumsy moron": "such" may stand between the copula and the article.
        var copula = article - 1
        if copula >= 1, tokens[copula].key == Self.such { copula -= 1 }
        return LegalWords.copulas.contains(tokens[copula]) ? copula : j
      }
    }
    return j
  }

  /// "maybe quit being such a clumsy moron" (u394-22), "stop being a whiny baby": "being"
  /// after "quit" or "stop" is said to the reader, unless the writer speaks of themself in
  /// the 4 words before ("I need to stop being such an idiot about sizing").
  private func imperativeStart(being j: Int, _ field: TextField) -> Int? {
    let tokens = field.tokens
    guard j >= 1, tokens[j].key == Self.being, tokens[j - 1].sentence == tokens[j].sentence,
      Self.imperatives.contains(tokens[j - 1]),
      !field.hasWord(LegalWords.selfWords, before: (j - 1)..<j, within: 4)
    else { return nil }
    return j - 1
  }

  private static let being = WordHash.key(ofWord: "being")
  private static let such = WordHash.key(ofWord: "such")
  private static let imperatives = WordSet(["quit", "stop"])

  /// An insult that is part of a compound, not a noun: "an idiot proof explainer", "a
  /// fool-proof design" (a hyphen right after it).
  private func isCompound(_ insult: PhraseMatch, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let next = insult.tokens.upperBound
    guard next < tokens.count else { return false }
    return tokens[next].key == HarassmentDetector.proof
      || tokens[next].start == tokens[next - 1].end + 1
        && field.bytes[Int(tokens[next - 1].end)] == UInt8(ascii: "-")
  }

  /// The start of a person target ending within 6 words before "who" (same sentence): "the
  /// sales assistant with the neck tattoo who served me".
  private func personBefore(relative r: Int, _ tokens: [Token], _ targetEnds: [Int: Int]) -> Int? {
    var back = r - 1
    while back >= 0, back >= r - 6, tokens[back].sentence == tokens[r].sentence {
      if let s = targetEnds[back], !LegalWords.pronouns.contains(tokens[back]) { return s }
      back -= 1
    }
    return nil
  }

  /// "the idiot at your help desk", "that moron from support": the insult names a person by
  /// where they work; a place word right after it ("at", "from", "on", "in") and a person
  /// target within 3 words (same sentence), or where reviewers write ("the clown in the
  /// reviews"). Not insults also said of things ("the stupid zipper on the jacket").
  private func isPlaced(_ insult: PhraseMatch, _ field: TextField, _ targetStarts: [Int: Int])
    -> Bool
  {
    let tokens = field.tokens
    let next = insult.tokens.upperBound
    let sentence = tokens[insult.tokens.lowerBound].sentence
    guard next < tokens.count, tokens[next].sentence == sentence,
      LegalWords.placeWords.contains(tokens[next])
    else { return false }
    let thing = LegalWords.thingInsults.contains(tokens[insult.tokens.lowerBound])
    // "I felt like an idiot at the front desk" is about the customer.
    if field.hasWord(LegalWords.selfWords, before: insult.tokens, within: 3) { return false }
    for t in (next + 1)..<min(tokens.count, next + 4) where tokens[t].sentence == sentence {
      // "the clown in the reviews": where reviewers write names a reviewer, even for an
      // insult noun also said of things (not an adjective: "the dumb strap in the reviews
      // photos").
      if LegalWords.reviewSections.contains(tokens[t])
        && !LegalWords.insultAdjectives.contains(tokens[insult.tokens.lowerBound])
      {
        return true
      }
      if !thing && targetStarts[t] != nil && !LegalWords.pronouns.contains(tokens[t]) {
        return true
      }
    }
    return false
  }

  /// "To the clown below who gave these one star", "the idiot who packed this": "who" right
  /// after the insult (or after "below", "above", "here", "there") makes it a person, even for
  /// insults also said of things. Not a likeness ("I felt like an idiot who couldn't read the
  /// chart") or the customer ("I'm the idiot who ordered a small", up to 6 words before).
  private func isRelative(_ insult: PhraseMatch, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let sentence = tokens[insult.tokens.lowerBound].sentence
    var next = insult.tokens.upperBound
    if next < tokens.count, LegalWords.pointers.contains(tokens[next]) { next += 1 }
    guard next < tokens.count, tokens[next].sentence == sentence,
      LegalWords.relativeWho.contains(tokens[next])
    else { return false }
    // "I'm a 52 yr old couch potato who decided to try backpacking" (u192): the customer,
    // with an age between.
    return !field.hasWord(LegalWords.selfWords, before: insult.tokens, within: 6)
      && !field.hasWord(LegalWords.likeness, before: insult.tokens, within: 3)
  }
}
