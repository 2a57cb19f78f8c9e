/// `legal.threat`: fixed threat phrases ("I know where you live"), a first-person
/// subject with a violent verb aimed at a person ("I will hurt you", "we're gonna beat the
/// seller"), and a warning followed by harm to a person or their things ("one more time and
/// you'll come out to a brick through your windshield"; "I know where they park em
/// overnight. tires are real easy to slash"). "This stove kills it" has no subject
/// and no person target, so it never fires.
struct ThreatDetector: Detector {
  let threats: PhraseMatcher
  let verbs: PhraseMatcher
  let targets: PhraseMatcher
  /// Harm to a person or their things ("need a dentist", "windows smashed").
  let harm: PhraseMatcher
  /// Warnings and plans aimed at a person ("next time", "you'd better", "I know which").
  let warnings: PhraseMatcher
  /// What the writer says they know of a person's whereabouts ("I know where they park",
  /// "found your profile"): a warning whose harm may come in the next sentence too.
  let knowledge: PhraseMatcher

  static let registration = DetectorRegistration(
    "legal_threat", summary: "threats against a person or group"
  ) { params in
    ThreatDetector(
      threats: try params.phrases("threats", default: ["threat-phrases.txt"]),
      verbs: try params.phrases("verbs", default: ["threat-verbs.txt"], matchesJoined: false),
      targets: try params.phrases("targets", default: ["person-targets.txt"], matchesJoined: false),
      harm: try params.phrases("harm", default: ["threat-harm.txt"], matchesJoined: false),
      warnings: try params.phrases(
        "warnings", default: ["threat-warnings.txt"], matchesJoined: false),
      knowledge: try params.phrases(
        "knowledge", default: ["threat-knowledge.txt"], matchesJoined: false))
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    for field in review.fields where !field.tokens.isEmpty {
      for match in threats.matches(in: field) {
        hits.append(DetectorHit(field: field, byteRange: match.byteRange))
      }
      hits += warnedHarm(in: field)
      let verbMatches = verbs.matches(in: field)
      if verbMatches.isEmpty { continue }
      let targetStarts = targets.tokenBounds(in: field).starts
      let tokens = field.tokens
      for verb in verbMatches {
        let v = verb.tokens.lowerBound
        guard let subject = subjectIndex(before: v, tokens, progressive: isProgressive(v, field))
          ?? coordinatedSubject(before: v, tokens)
        else { continue }
        var t = verb.tokens.upperBound
        var skipped = 0
        while t < tokens.count, skipped < 2, LegalWords.determiners.contains(tokens[t]) {
          t += 1
          skipped += 1
        }
        guard t < tokens.count, tokens[t].sentence == tokens[v].sentence else { continue }
        let body = targetStarts[t] == nil ? bodyPart(after: verb.tokens.upperBound, tokens) : nil
        guard let targetEnd = targetStarts[t] ?? body else { continue }
        // "so I could break them in properly": new boots worn soft, not a person hurt ("I'll
        // break his jaw in the parking lot" is, u303).
        if body == nil, Self.breaks.contains(tokens[v]), targetEnd + 1 < tokens.count,
          tokens[targetEnd + 1].key == Self.inWord,
          tokens[targetEnd + 1].sentence == tokens[v].sentence
        {
          continue
        }
        // "I will beat him to the top", "beat my brother across the line": a race won (not
        // "beat him to the ground").
        if body == nil, Self.beats.contains(tokens[v]), targetEnd + 3 < tokens.count,
          Self.raceLinks.contains(tokens[targetEnd + 1]), tokens[targetEnd + 2].key == Self.the,
          tokens[targetEnd + 3].sentence == tokens[v].sentence,
          !Self.knockedDown.contains(tokens[targetEnd + 3])
        {
          continue
        }
        let range = Int(tokens[subject].start)..<Int(tokens[targetEnd].end)
        hits.append(DetectorHit(field: field, byteRange: range))
      }
    }
    return hits
  }

  /// A first-person subject up to 4 tokens before the verb with only modal words between, and
  /// at most one "find him and" ("I'm gonna find him and break his fingers"). Before a verb in
  /// "-ing", "I'm" is the plan itself ("third time I'm breaking his fingers").
  private func subjectIndex(before v: Int, _ tokens: [Token], progressive: Bool) -> Int? {
    var j = v - 1
    var steps = 0
    var sought = false
    while j >= 0, steps < 5, tokens[j].sentence == tokens[v].sentence {
      if LegalWords.subjects.contains(tokens[j]) {
        return steps > 0 || isContracted(tokens[j])
          || progressive && tokens[j].key == Self.im ? j : nil
      }
      if !sought, j >= 2, LegalWords.conjunctions.contains(tokens[j]),
        LegalWords.objectPronouns.contains(tokens[j - 1]),
        LegalWords.seekVerbs.contains(tokens[j - 2])
      {
        sought = true
        j -= 3
        steps += 1
        continue
      }
      guard LegalWords.modals.contains(tokens[j]) else { return nil }
      j -= 1
      steps += 1
    }
    return nil
  }

  /// "I'm going to come down to that office and break your fingers" (u229-8): a verb after
  /// "and" takes the subject of a planned act up to 10 words before it, in its sentence.
  private func coordinatedSubject(before v: Int, _ tokens: [Token]) -> Int? {
    guard v >= 3, tokens[v - 1].key == Self.and, tokens[v - 1].sentence == tokens[v].sentence
    else { return nil }
    for k in stride(from: v - 2, through: max(1, v - 11), by: -1) {
      guard tokens[k].sentence == tokens[v].sentence else { return nil }
      if LegalWords.modals.contains(tokens[k - 1]),
        let subject = subjectIndex(before: k, tokens, progressive: false)
      {
        return subject
      }
    }
    return nil
  }

  private static let and = WordHash.key(ofWord: "and")

  /// The last token of "his fingers", "your legs" (or "both your legs") right after the verb:
  /// harm to someone's body.
  private func bodyPart(after verbEnd: Int, _ tokens: [Token]) -> Int? {
    var end = verbEnd
    if end < tokens.count, tokens[end].key == Self.both { end += 1 }
    guard end + 1 < tokens.count, tokens[end + 1].sentence == tokens[end].sentence,
      LegalWords.possessives.contains(tokens[end]), LegalWords.bodyParts.contains(tokens[end + 1])
    else { return nil }
    return end + 1
  }

  /// "I'll", "I'm" already carry the modal.
  private func isContracted(_ token: Token) -> Bool {
    token.key == Self.ill || token.key == Self.imma || token.key == Self.ima
  }

  /// True when the verb at `v` ends in "ing" ("breaking", "smashing").
  private func isProgressive(_ v: Int, _ field: TextField) -> Bool {
    let token = field.tokens[v]
    guard token.normLength > 4 else { return false }
    let end = Int(token.normEnd)
    return field.normalized[end - 3] == UInt8(ascii: "i")
      && field.normalized[end - 2] == UInt8(ascii: "n")
      && field.normalized[end - 1] == UInt8(ascii: "g")
  }

  private static let im = WordHash.key(ofWord: "im")
  private static let breaks = WordSet(["break", "breaking"])
  private static let beats = WordSet(["beat", "beating"])
  private static let raceLinks = WordSet(["to", "across"])
  private static let knockedDown = WordSet([
    "ground", "floor", "pulp", "curb", "hospital", "point", "edge",
  ])
  private static let the = WordHash.key(ofWord: "the")
  private static let inWord = WordHash.key(ofWord: "in")
  private static let both = WordHash.key(ofWord: "both")
  private static let ill = WordHash.key(ofWord: "ill")
  private static let imma = WordHash.key(ofWord: "imma")
  private static let ima = WordHash.key(ofWord: "ima")

  /// Harm after a warning in the same sentence ("next time I see that jeep ... it won't be the
  /// dog I'm swinging at"; a tip "next time" and a hospital story in the next sentence are
  /// two sentences), or after a word of `knowledge` in the same sentence or the one before
  /// ("i know where they park em overnight. tires are real easy to slash"), in a sentence that
  /// does not laugh it off ("lol", "😂": "if he touches it he's carrying the bear canister").
  /// One hit a harm, from its warning when it has one. Warnings are read in text order with
  /// one moving index each, so a long review stays linear.
  private func warnedHarm(in field: TextField) -> [DetectorHit] {
    let harms = harm.matches(in: field)
    if harms.isEmpty { return [] }
    var warned = Preceding(warnings.matches(in: field), within: 0)
    var known = Preceding(knowledge.matches(in: field), within: 1)
    if warned.isEmpty && known.isEmpty { return [] }
    let tokens = field.tokens
    var hits: [DetectorHit] = []
    var laughing: Set<Int32>? = nil
    for h in harms {
      let h0 = h.tokens.lowerBound
      guard let warning = warned.latest(before: h0, tokens) ?? known.latest(before: h0, tokens)
      else { continue }
      let laughs = laughing ?? LegalWords.laughingSentences(field)
      laughing = laughs
      guard !laughs.contains(tokens[h0].sentence) else { continue }
      hits.append(
        DetectorHit(field: field, byteRange: warning.byteRange.lowerBound..<h.byteRange.upperBound))
    }
    return hits
  }

  /// The latest of some matches ending before a token, if it is at most `within` sentences
  /// before that token's; asked with ascending tokens, it moves one index forward.
  private struct Preceding {
    private let matches: [PhraseMatch]
    private let within: Int32
    private var next = 0
    private var last: PhraseMatch? = nil

    init(_ matches: [PhraseMatch], within: Int32) {
      self.matches = matches
      self.within = within
    }

    var isEmpty: Bool { matches.isEmpty }

    mutating func latest(before token: Int, _ tokens: [Token]) -> PhraseMatch? {
      while next < matches.count, matches[next].tokens.upperBound <= token {
        last = matches[next]
        next += 1
      }
      guard let last,
        tokens[token].sentence - tokens[last.tokens.lowerBound].sentence <= within
      else { return nil }
      return last
    }
  }
}
