import ModqCore

/// The escalation table of 002 as one detector family, parameterised by row (criterion):
/// damage on arrival vs minor/returned (wear during use is a product review: neither),
/// not received vs cancelled, did not order, wrong item, compromised card, frustration with
/// vs without a call to action vs a vow never to shop again, and review tampering.
struct ServiceEscalationDetector: Detector {
  let analyzer: ContentAnalyzer
  let row: ServiceRow
  /// Store-specific vows ("done with Northpeak", "Northpeak has lost a customer").
  let storeVows: PhraseMatcher
  /// A 4-5 star review that mentions damage is "satisfied overall": minor, not escalated.
  let satisfiedRating: Int

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    let name = try params.string("row", default: params.criterionID)
    guard let row = ServiceRow.named(name) else {
      throw params.error("row", "unknown service row '\(name)' (one of "
        + ServiceRow.allCases.map(\.rawValue).joined(separator: ", ") + ")")
    }
    self.row = row
    satisfiedRating = try params.int("satisfied_rating", default: 4)
    var vows: [String] = []
    for store in params.store.names + params.store.webShops where !store.isEmpty {
      vows += [
        "done with \(store)", "goodbye \(store)", "bye \(store)", "never again \(store)",
        "\(store) never again", "\(store) has lost a customer", "\(store) lost a customer",
        "\(store) just lost a customer", "boycott \(store)", "avoid \(store)",
        "never use \(store) again", "never be back to \(store)",
      ]
    }
    storeVows = PhraseMatcher(phrases: vows, matchesJoined: false, stretch: false)
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let a = analyzer.analysis(of: review)
    let found: [CueHit]
    switch row {
    case .damaged, .damageMinor:
      let damage = damageHits(a, review)
      guard !damage.isEmpty else { return [] }
      let minor = a.hits(.damageMinor) + a.hits(.damageResolved)
      let satisfied = !minor.isEmpty || review.review.rating >= satisfiedRating
      guard satisfied == (row == .damageMinor) else { return [] }
      found = damage + minor
    case .notReceived:
      guard !a.has(.cancelled) else { return [] }
      found = live(a.hits(.notReceived), a, review)
    case .cancelled:
      found = cancelledHits(a, review)
    case .didNotOrder:
      found = a.hits(.didNotOrder).filter { endsClause($0, review) && !a.isNegated($0, in: review) }
    case .wrongItem:
      guard !a.has(.wrongItemResolved) else { return [] }
      found = live(a.hits(.wrongItem), a, review)
    case .accountCompromised:
      found = compromisedHits(a, review)
    case .frustrationCTA:
      found = ctaHits(a, review)
    case .frustrationNoCTA:
      let frustration = frustrationHits(a, review)
      guard !frustration.isEmpty, ctaHits(a, review).isEmpty,
        vowHits(a, review).isEmpty
      else { return [] }
      found = frustration
    case .neverAgain:
      found = vowHits(a, review)
    case .reviewTampering:
      found = tamperingHits(a, review)
    }
    return found.isEmpty ? [] : [ContentAnalysis.detectorHit(found, in: review)]
  }

  /// Non-negated hits ("not broken", "no damage" drop out).
  private func live(_ hits: [CueHit], _ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    hits.filter { !a.isNegated($0, in: review) }
  }

  /// Damage with an arrival / first-use cue in the same or the next sentence, and no
  /// wear-during-use cue in its sentence.
  private func damageHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result: [CueHit] = []
    for damage in live(a.hits(.damageState), a, review) {
      let arrival = a.hits(.damageArrival, near: damage, window: 1).filter {
        !$0.tokens.overlaps(damage.tokens) && $0.sentence <= damage.sentence + 1
          && $0.sentence >= damage.sentence - 1
      }
      guard let first = arrival.first, !a.has(.wearUse, near: damage) else { continue }
      result += [damage, first]
    }
    return result
  }

  private func cancelledHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    let cancelled = live(a.hits(.cancelled), a, review)
    guard !cancelled.isEmpty else { return [] }
    if a.has(.notReceived) { return cancelled + a.hits(.notReceived) }
    let aboutOrder = cancelled.filter { a.has(.serviceTarget, near: $0, window: 1) }
    guard let first = aboutOrder.first else { return [] }
    // Product talk elsewhere ("sold out in my size, but the dress is lovely") is a review.
    let talk = a.hits(.productTalk).filter { !$0.isNear(first, window: 0) }
    return talk.isEmpty ? aboutOrder : []
  }

  private func compromisedHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result = live(a.hits(.accountCompromised), a, review)
    for threat in live(a.hits(.securityThreat), a, review) {
      if let object = a.hits(.securityObject, near: threat).first { result += [threat, object] }
    }
    return result
  }

  /// Frustration aimed at the store, the order or the service.
  private func frustrationHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    live(a.hits(.frustration), a, review).filter { a.has(.serviceTarget, near: $0, window: 1) }
  }

  private func ctaHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result = live(a.hits(.demand), a, review)
    let asks = live(a.hits(.callToAction), a, review)
    if !asks.isEmpty && (a.has(.serviceTarget) || !frustrationHits(a, review).isEmpty) {
      result += asks
    }
    if !result.isEmpty { result += frustrationHits(a, review) }
    return result
  }

  private func vowHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result = a.hits(.neverAgain)
    for (f, field) in review.fields.enumerated() {
      for match in storeVows.matches(in: field) where !match.isJoined {
        result.append(CueHit(
          cue: .neverAgain, field: f, tokens: match.tokens, byteRange: match.byteRange,
          sentence: field.tokens[match.tokens.lowerBound].sentence))
      }
    }
    return result
  }

  private func tamperingHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result = live(a.hits(.reviewSelective), a, review)
    for change in a.hits(.reviewTampering) {
      if let offer = a.hits(.tamperingOffer, near: change).first { result += [offer, change] }
    }
    return result
  }

  /// "I didn't order this." ends its clause; "I didn't order this in petite" does not.
  private func endsClause(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    let next = hit.tokens.upperBound
    guard next < field.tokens.count, field.tokens[next].sentence == hit.sentence else {
      return true
    }
    let gap = field.bytes[hit.byteRange.upperBound..<Int(field.tokens[next].start)]
    if gap.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";")
      || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "-") }) { return true }
    let word = field.normalizedString(of: field.tokens[next])
    return ["and", "but", "so", "yet", "at", "ever", "item", "product", "order", "either",
      "whatsoever", "from", "online", "myself"].contains(word)
  }
}
