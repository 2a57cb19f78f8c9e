import ModqCore

/// `competitor.mention`: a competitor store (names and domains from the store file) named
/// in a way that advantages it: with an advantage word in the same sentence ("cheaper at
/// TrailMart", "buy it from GearHub instead", "GearHub's cards ... I'd gift one of those
/// instead") or as a web address. "Better than TrailMart's" does not advantage it, nor does
/// a name the customer left for us ("returned the TrailMart
/// pack and bought this instead", `competitor-left.txt`). Exception: the competitor's name, as
/// written, is part of the product's name (reviews of the TrailMart Gift Card may say
/// TrailMart; "Summit Supply" under the Summit 45 pack is still the competitor).
struct CompetitorDetector: Detector {
  let analyzer: ContentAnalyzer
  let names: PhraseMatcher
  /// Per name entry: whether it is a web address (a mention by itself).
  let isDomain: [Bool]
  /// Per name entry: the word keys of the name as written ("GearHub's", matched as
  /// "gearhubs", is the name "GearHub"), for the product-name exception.
  let nameKeys: [[UInt64]]

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    var phrases: [String] = []
    var domains: Set<String> = []
    // Entry -> the name as the store file writes it (possessives, names run together).
    var nameOf: [String: String] = [:]
    for competitor in params.store.competitors {
      let names = competitor.names.filter { !$0.isEmpty }
      phrases += PhraseMatcher.withPossessives(names)
      for name in names { nameOf[name + "'s"] = name }
      // A name of several words typed as one, as in a web address ("summitsupply has these
      // with free returns", u130).
      for name in names where name.contains(" ") {
        let solid = name.split(separator: " ").joined()
        phrases += PhraseMatcher.withPossessives([solid])
        nameOf[solid] = name
        nameOf[solid + "'s"] = name
      }
      for domain in competitor.domains where !domain.isEmpty {
        phrases.append(domain)
        domains.insert(domain)
      }
    }
    let matcher = PhraseMatcher(phrases: phrases, matchesJoined: false, stretch: false)
    names = matcher
    isDomain = matcher.entries.map { domains.contains($0) }
    nameKeys = matcher.entries.map {
      TextField(field: .body, text: nameOf[$0] ?? $0).tokens.map(\.key)
    }
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    guard names.count > 0 else { return [] }
    var mentions: [(Int, PhraseMatch)] = []
    for (f, field) in review.fields.enumerated() {
      for match in names.matches(in: field) where !match.isJoined { mentions.append((f, match)) }
    }
    guard !mentions.isEmpty else { return [] }
    let product = review.review.product
    let productKeys = ProductWords.keys(of: [product.name ?? "", product.brand ?? ""])
    let a = analyzer.analysis(of: review)
    // Where the "left it" phrases end, as field << 32 | token: one lookup per mention.
    let leftEnds = Set(a.hits(.competitorLeft).map { $0.field << 32 | $0.tokens.upperBound })
    var found: [CueHit] = []
    for (f, match) in mentions {
      let field = review.fields[f]
      // "TrailMart Gift Card": the name as written is part of the product's name. (Not any
      // word of it: "Summit Supply" under the "Summit 45" pack is the competitor.)
      if nameKeys[match.entry].allSatisfy({ productKeys.contains($0) }) { continue }
      // So is its web address, by its first word: "redeemed it on trailmart.example" under
      // the TrailMart Gift Card (u61).
      if isDomain[match.entry], productKeys.contains(field.tokens[match.tokens.lowerBound].key) {
        continue
      }
      let sentence = field.tokens[match.tokens.lowerBound].sentence
      let mention = CueHit(
        cue: .competitorAdvantage, field: f, tokens: match.tokens, byteRange: match.byteRange,
        sentence: sentence)
      if isDomain[match.entry] { found.append(mention); continue }
      // "Returned the TrailMart pack and bought this instead": the customer left it for us.
      if leftEnds.contains(f << 32 | match.tokens.lowerBound) { continue }
      let advantage = a.hits(.competitorAdvantage, near: mention).first {
        !$0.tokens.overlaps(match.tokens) && !isComparisonAgainst($0, match, field)
      }
      if let advantage { found += [mention, advantage] }
    }
    return found.isEmpty ? [] : [ContentAnalysis.detectorHit(found, in: review)]
  }

  /// "better than TrailMart": the comparison favours us, not the competitor.
  private func isComparisonAgainst(
    _ advantage: CueHit, _ mention: PhraseMatch, _ field: TextField
  ) -> Bool {
    let next = advantage.tokens.upperBound
    guard next < field.tokens.count, field.normalizedString(of: field.tokens[next]) == "than"
    else { return false }
    let sentence = field.tokens[next].sentence
    return mention.tokens.lowerBound > next
      && field.tokens[mention.tokens.lowerBound].sentence == sentence
  }
}
