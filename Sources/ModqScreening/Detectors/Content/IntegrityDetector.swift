import ModqCore

/// The integrity rows (001, 003): incentivized reviews, insiders (seller, employee, family),
/// extortion (a negative-review threat to get something), and feedback trading.
struct IntegrityDetector: Detector {
  enum Kind: String, CaseIterable, Sendable {
    case incentivized = "integrity.incentivized"
    case insider = "integrity.insider"
    case extortion = "integrity.extortion"
    case feedbackExchange = "integrity.feedback_exchange"
  }

  let analyzer: ContentAnalyzer
  let kind: Kind
  /// The store's own names and brands ("I work at Northpeak").
  let ownNames: PhraseMatcher
  /// The store's names and every brand it sells ("my husband is the product manager at
  /// Alpinex").
  let soldNames: PhraseMatcher

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    kind = try params.kind(Kind.self, family: "integrity")
    let store = params.store
    ownNames = PhraseMatcher(
      phrases: (store.names + store.ownBrands + store.webShops).filter { !$0.isEmpty },
      matchesJoined: false, stretch: false)
    soldNames = PhraseMatcher(
      phrases: (store.names + store.soldBrands + store.webShops).filter { !$0.isEmpty },
      matchesJoined: false, stretch: false)
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let a = analyzer.analysis(of: review)
    let found: [CueHit]
    switch kind {
    case .incentivized:
      found = a.hits(.incentivized).filter { !a.isNegated($0, in: review, lookBack: 5) }
    case .insider:
      found = insiderHits(a, review)
    case .extortion:
      found = extortionHits(a)
    case .feedbackExchange:
      var result = a.hits(.feedbackExchange)
      for offer in a.hits(.feedbackOffer) {
        if let object = a.hits(.feedbackObject, near: offer).first(where: {
          !$0.tokens.overlaps(offer.tokens)
        }) {
          result += [offer, object]
        }
      }
      found = result
    }
    return found.isEmpty ? [] : [ContentAnalysis.detectorHit(found, in: review)]
  }

  private func insiderHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result = a.hits(.insider).filter {
      !a.isNegated($0, in: review, lookBack: 3) && namesTheBusiness($0, a, review)
    }
    result += familyHits(a, review)
    let workplaces = a.hits(.insiderWorkplace)
    guard !workplaces.isEmpty else { return result }
    for (f, field) in review.fields.enumerated() {
      for match in ownNames.matches(in: field) where !match.isJoined {
        for place in workplaces where place.field == f
          && (match.tokens.lowerBound == place.tokens.upperBound
            || match.tokens.lowerBound == place.tokens.upperBound + 1)
        {
          result.append(place)
          result.append(CueHit(
            cue: .insiderWorkplace, field: f, tokens: match.tokens,
            byteRange: match.byteRange, sentence: place.sentence))
        }
      }
    }
    return result
  }

  /// A relative's verb ("my brother owns", "my husband makes") is an insider only with the
  /// business or the product after it, within 3 words: "my brother owns the company", "my
  /// husband makes these"; not "my brother owns the same boots" or "my dad made me buy them".
  /// An employee of an employer named after it must be the business ("as an employee of
  /// Northpeak"; not "as an employee of a hospital"); one left unsaid is this store ("I'm an
  /// employee and bought this top today"). Other insider phrases ("I work for
  /// the company") need nothing after them.
  private func namesTheBusiness(_ hit: CueHit, _ a: ContentAnalysis, _ review: PreparedReview)
    -> Bool
  {
    let field = review.fields[hit.field]
    let tokens = field.tokens
    let last = field.normalizedString(of: tokens[hit.tokens.upperBound - 1])
    let verb: RelativeVerb
    if last == "employee" {
      verb = .employs
    } else {
      guard hit.tokens.count >= 3,
        field.normalizedString(of: tokens[hit.tokens.lowerBound]) == "my",
        let relative = IntegrityDetector.relativeVerbs[last]
      else { return true }
      verb = relative
    }
    let after = hit.tokens.upperBound..<min(tokens.count, hit.tokens.upperBound + 3)
    if verb == .employs {
      // An employer left unsaid is this store ("I'm an employee and bought this top today").
      guard let next = after.first, tokens[next].sentence == hit.sentence,
        ["of", "at", "for", "in", "with"].contains(field.normalizedString(of: tokens[next]))
      else { return true }
    }
    if verb == .makes, let next = after.first, tokens[next].sentence == hit.sentence,
      ["these", "them", "this"].contains(field.normalizedString(of: tokens[next]))
    {
      return true
    }
    let business = a.hits(.insiderBusiness, near: hit).contains { after.contains($0.tokens.lowerBound) }
    return business
      || soldNames.matches(in: field).contains {
        !$0.isJoined && after.contains($0.tokens.lowerBound)
          && tokens[$0.tokens.lowerBound].sentence == hit.sentence
      }
  }

  private enum RelativeVerb { case owns, makes, employs }
  private static let relativeVerbs: [String: RelativeVerb] = [
    "owns": .owns, "owned": .owns, "makes": .makes, "made": .makes, "designed": .makes,
    "designs": .makes,
  ]

  /// A family member with a role at the store or a brand it sells, in one sentence.
  private func familyHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result: [CueHit] = []
    for family in a.hits(.insiderFamily) {
      guard let role = a.hits(.insiderRole, near: family).first else { continue }
      let field = review.fields[family.field]
      for match in soldNames.matches(in: field) where !match.isJoined
        && field.tokens[match.tokens.lowerBound].sentence == family.sentence
      {
        result += [family, role]
        break
      }
    }
    return result
  }

  /// A condition ("or I'll", "unless you") with a negative-review threat in the same
  /// sentence, or an offer to raise the rating in return for something.
  private func extortionHits(_ a: ContentAnalysis) -> [CueHit] {
    var result = a.hits(.extortionUpgrade)
    for condition in a.hits(.extortion) {
      if let threat = a.hits(.extortionThreat, near: condition).first {
        result += [condition, threat]
      }
    }
    return result
  }
}
