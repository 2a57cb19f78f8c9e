import ModqCore

/// Not received (escalate.not_received), cancelled or out of stock
/// (service.cancelled_or_out_of_stock) and did not order (service.did_not_order).
extension ServiceEscalationDetector {
  /// "tracking says delivered on the 3rd, nothing on my porch", "It's been a month. No
  /// shoes, no refund": what the carrier says (or how long the wait has been), then the
  /// delivery's absence, in the same sentence or the next (or the one after that, for an
  /// absence of more than one word: "tracking says delivered tues. i was HOME all day.
  /// nothing at the door"). A bare "nothing" must end its clause ("delivered fast, nothing to
  /// complain about" is praise). After "still", the absence may come first ("still no filter.
  /// its been a month since i ordered").
  func missingAfterDelivery(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    guard a.has(.deliveryClaim) else { return [] }
    for absent in a.hits(.deliveryAbsent) where !isHypothetical(absent, review) {
      let bare = absent.tokens.count == 1
      if bare && !endsBareClause(absent, review) { continue }
      // `near` keeps the field and the sentences before; the claim must come first.
      if let claim = a.hits(.deliveryClaim, near: absent, window: bare ? 1 : 2).first(where: {
        $0.tokens.upperBound <= absent.tokens.lowerBound
      }) {
        return [claim, absent]
      }
      // "still no filter. its been a month since i ordered" (u221-13): an absence the wait
      // is still on, ending its clause ("Still no jacket fits me like my old one" is none),
      // then the claim, in its sentence or the next.
      let start = absent.tokens.lowerBound
      let tokens = review.fields[absent.field].tokens
      if !bare && start > 0 && tokens[start - 1].key == Self.still
        && tokens[start - 1].sentence == absent.sentence && endsBareClause(absent, review),
        let claim = a.hits(.deliveryClaim).first(where: {
          $0.field == absent.field && $0.tokens.lowerBound >= absent.tokens.upperBound
            && $0.sentence <= absent.sentence + 1
        })
      {
        return [absent, claim]
      }
    }
    return []
  }

  static let still = WordHash.key(ofWord: "still")

  /// True when nothing but punctuation follows `hit` in its sentence before a comma, a
  /// semicolon, a dash, "!" or the sentence's end.
  func endsBareClause(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    let next = hit.tokens.upperBound
    guard next < field.tokens.count, field.tokens[next].sentence == hit.sentence else {
      return true
    }
    return field.breaksClause(before: next)
  }

  func cancelledHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    let cancelled = live(a.hits(.cancelled), a, review).filter { !isUnnoticed($0, review) }
    guard !cancelled.isEmpty else { return [] }
    let missing = a.hits(.notReceived).filter { !isFigurative($0, review) }
    if !missing.isEmpty { return cancelled + missing }
    // A review of a few words with no product talk is about the order anyway ("cancelled,
    // out of stock. again.", u316-39).
    let brief = review.tokenCount <= 8 && !a.has(.productTalk)
    let aboutOrder = cancelled.filter { brief || a.has(.serviceTarget, near: $0, window: 1) }
    guard !aboutOrder.isEmpty else { return [] }
    // Product talk elsewhere ("sold out in my size, but the dress is lovely") is a review;
    // talk in the sentence of any cancellation tells of the order (a title "order
    // cancelled" leaves the body's "cancelled because the tent is out of stock" about the
    // order, u13); the product looked forward to, or one bought elsewhere, is not ("was
    // really looking forward to this tent", "had to scramble to find another tent").
    // Nor is the product denied ("so no boots", u69).
    let talk = a.hits(.productTalk).filter { talk in
      !aboutOrder.contains { talk.isNear($0, window: 0) }
        && !review.fields[talk.field].hasWord(
          ServiceEscalationDetector.notThisProduct, before: talk.tokens, within: 3)
        && !a.isNegated(talk, in: review) && !isAttempt(talk, review)
        && !isSoughtElsewhere(talk, review)
    }
    return talk.isEmpty ? aboutOrder : []
  }

  /// "Tried to order these twice" (u136), "Tried again with black" (u145): a talk word
  /// followed by "to" or "again" tells of an attempt to buy, not of the product.
  private func isAttempt(_ talk: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[talk.field].tokens
    let next = talk.tokens.upperBound
    return talk.tokens.count == 1 && next < tokens.count && tokens[next].sentence == talk.sentence
      && Self.attemptWords.contains(tokens[next])
  }

  static let attemptWords = WordSet(["to", "again"])

  /// "I didn't order this." ends its clause; "I didn't order this in petite" does not.
  /// The phrase may be followed by one noun ("these socks but ...").
  func endsClause(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    // "Didn't order this for myself, it was for my scout troop": ordered for someone else.
    let after = hit.tokens.upperBound
    if after < field.tokens.count && field.tokens[after].key == ServiceEscalationDetector.forWord {
      return false
    }
    for next in hit.tokens.upperBound..<(hit.tokens.upperBound + 2) {
      guard next < field.tokens.count, field.tokens[next].sentence == hit.sentence else {
        return true
      }
      if field.breaksClause(before: next) { return true }
      if ServiceEscalationDetector.clauseEnds.contains(key: field.tokens[next].key) { return true }
    }
    return false
  }

  static let forWord = WordHash.key(ofWord: "for")
  static let clauseEnds = WordSet([
    "and", "but", "so", "yet", "at", "ever", "item", "product", "order", "either",
    "whatsoever", "from", "online", "myself", "any",
  ])

  static let notThisProduct = WordSet([
    "forward", "waiting", "wanted", "excited", "another",
    // "I had to go with my old pack" (u56): the product the customer fell back on.
    "old", "previous",
    // "Placed an order for the socks", "Ordered the pack for a trip" (u84): what was ordered.
    "order", "ordered",
    // "I had planned a whole family weekend around this tent" (u314-13).
    "around",
    // "So no review of the actual tent I guess" (u442-19): the product never had.
    "actual",
  ])

  /// "Now scrambling to find a tent 4 days before we leave" (u165-43): a product sought
  /// elsewhere after the cancellation ("scrambling", "need", "had", "trying" ... "to find" up
  /// to 3 words before it), or borrowed ("Had to borrow a leaky tent"), not a quality of
  /// this one ("Hard to find a tent this roomy").
  func isSoughtElsewhere(_ talk: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[talk.field].tokens
    let start = talk.tokens.lowerBound
    for k in stride(from: start - 1, through: max(2, start - 3), by: -1) {
      guard tokens[k].sentence == talk.sentence else { return false }
      if tokens[k].key == Self.findKey && tokens[k - 1].key == Self.toKey
        && Self.seeking.contains(tokens[k - 2])
      {
        return true
      }
      // "Had to borrow a leaky tent from my uncle" (u304): someone else's.
      if Self.borrowing.contains(tokens[k]) { return true }
      // "Now we're scrambling for a tent with rain in the forecast" (u407-38).
      if tokens[k].key == Self.forWord && Self.searching.contains(tokens[k - 1]) { return true }
    }
    return false
  }

  static let borrowing = WordSet(["borrow", "borrowed", "borrowing"])
  static let searching = WordSet([
    "scrambling", "scramble", "looking", "searching", "hunting", "shopping",
  ])
  static let findKey = WordHash.key(ofWord: "find")
  static let toKey = WordHash.key(ofWord: "to")
  static let seeking = WordSet([
    "scrambling", "scramble", "need", "needed", "needing", "had", "have", "trying", "tried",
    "rushing", "rush", "got",
  ])
}
