/// `legal.hate`: slurs (whole words), a group said to be something dehumanising
/// ("immigrants are vermin", "X should be deported"), or hatred declared for a group
/// ("I hate immigrants"). Naming a group neutrally ("Asian sizing runs small") never fires.
struct HateDetector: Detector {
  let slurs: PhraseMatcher
  let groups: PhraseMatcher
  let dehumanizing: PhraseMatcher
  /// Hateful remarks that fire alone ("go back to where they came from").
  let phrases: PhraseMatcher

  static let registration = DetectorRegistration(
    "legal_hate", summary: "slurs and hateful remarks about a group"
  ) { params in
    HateDetector(
      slurs: try params.phrases("slurs", default: ["hate-slurs.txt"]),
      groups: try params.phrases("groups", default: ["hate-groups.txt"], matchesJoined: false),
      dehumanizing: try params.phrases(
        "dehumanizing", default: ["hate-dehumanizing.txt"], matchesJoined: false),
      phrases: try params.phrases("phrases", default: ["hate-phrases.txt"], matchesJoined: false))
  }

  private static let linking = WordSet([
    "are", "were", "r", "is", "all", "should", "must", "be", "who", "whove", "they",
    "people", "cant", "cannot",
  ])

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    for field in review.fields where !field.tokens.isEmpty {
      for match in slurs.matches(in: field) {
        hits.append(DetectorHit(field: field, byteRange: match.byteRange))
      }
      for match in phrases.matches(in: field) {
        hits.append(DetectorHit(field: field, byteRange: match.byteRange))
      }
      let groupMatches = groups.matches(in: field)
      if groupMatches.isEmpty { continue }
      let tokens = field.tokens
      let bad = dehumanizing.tokenBounds(in: field).starts
      // Where each sentence first names a group itself (read once: a long review of "people
      // like that" stays linear).
      var firstNamed: [Int32: Int] = [:]
      for group in groupMatches where !isPointer(group.tokens.lowerBound, tokens) {
        let g0 = group.tokens.lowerBound
        firstNamed[tokens[g0].sentence] = min(firstNamed[tokens[g0].sentence] ?? g0, g0)
      }
      for group in groupMatches {
        let g0 = group.tokens.lowerBound
        let g1 = group.tokens.upperBound - 1
        // "people like that" points back at a group named earlier in its sentence ("...
        // translated by foreigners, and honestly people like that are a plague"), or at no
        // group at all.
        if isPointer(g0, tokens), (firstNamed[tokens[g0].sentence] ?? g0) >= g0 { continue }
        if let verb = hateVerb(before: g0, tokens) {
          hits.append(
            DetectorHit(
              field: field, byteRange: Int(tokens[verb].start)..<Int(tokens[g1].end)))
          continue
        }
        var linked = false
        var d = g1 + 1
        while d < tokens.count, d <= g1 + 5, tokens[d].sentence == tokens[g1].sentence {
          // "foreigners, that whole lot are lazy": an entry that starts with its own link
          // ("are lazy") needs none before it.
          if let end = bad[d], linked || startsWithLink(tokens[d]) {
            hits.append(
              DetectorHit(
                field: field, byteRange: Int(tokens[g0].start)..<Int(tokens[end].end)))
            break
          }
          if HateDetector.linking.contains(tokens[d]) { linked = true }
          d += 1
        }
      }
    }
    return hits
  }

  private func startsWithLink(_ token: Token) -> Bool { HateDetector.linking.contains(token) }

  /// "people like that", "people like them", "those people": a group only by pointing back
  /// at one.
  private func isPointer(_ g0: Int, _ tokens: [Token]) -> Bool {
    guard g0 + 1 < tokens.count else { return false }
    return tokens[g0].key == HateDetector.people && tokens[g0 + 1].key == HateDetector.like
      || HateDetector.demonstratives.contains(tokens[g0])
        && tokens[g0 + 1].key == HateDetector.people
  }

  private static let people = WordHash.key(ofWord: "people")
  private static let like = WordHash.key(ofWord: "like")
  private static let demonstratives = WordSet(["those", "these"])

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
}
