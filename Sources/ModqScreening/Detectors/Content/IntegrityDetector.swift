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
    // "I work in Northpeak's warehouse": the possessive names the store too.
    let own = (store.names + store.ownBrands + store.webShops).filter { !$0.isEmpty }
    ownNames = PhraseMatcher(
      phrases: PhraseMatcher.withPossessives(own), matchesJoined: false, stretch: false)
    // "my wife is on Northpeak's design team" (u390-4): so does a sold name.
    soldNames = PhraseMatcher(
      phrases: PhraseMatcher.withPossessives(
        (store.names + store.soldBrands + store.webShops).filter { !$0.isEmpty }),
      matchesJoined: false, stretch: false)
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let a = analyzer.analysis(of: review)
    let found: [CueHit]
    switch kind {
    case .incentivized:
      // "sent me this jacket without charging me, on the understanding that I'd post" (u106),
      // "sent this to me at no cost around the holidays on the understanding I'd post"
      // (u107), "sent me this hoodie for nothing, and the arrangement was" (u40): a negation
      // of the cost is not one of the incentive.
      found = a.hits(.incentivized).filter { hit in
        let tokens = review.fields[hit.field].tokens
        return !a.isNegated(hit, in: review, lookBack: 5) { k in
          k + 1 < tokens.count && IntegrityDetector.costs.contains(tokens[k + 1])
            || k + 1 < tokens.count && IntegrityDetector.pays.contains(tokens[k + 1])
              && IntegrityDetector.deniesOwnPayment(tokens, at: k)
            || k > 0 && tokens[k].key == IntegrityDetector.nothing
              && tokens[k - 1].key == IntegrityDetector.forWord
            // "Got this for next to nothing through a deals group" (u156).
            || k > 1 && tokens[k].key == IntegrityDetector.nothing
              && tokens[k - 1].key == IntegrityDetector.to
              && tokens[k - 2].key == IntegrityDetector.next
        }
      }
        + offeredRewards(a, review)
    case .insider:
      found = insiderHits(a, review)
    case .extortion:
      found = a.extortionHits(in: review)
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

  /// A review asked for on a condition, then within 10 words of the same sentence a verb of
  /// getting and a reward (or a reward promised up to 10 words before it): "if I wrote a
  /// five-star review on your website I would be sent a free pair of socks", "leave a 5 star
  /// review and get free socks"; not "if you write a review, mention the free carry bag".
  private func offeredRewards(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result: [CueHit] = []
    for condition in a.hits(.incentiveCondition) {
      let field = review.fields[condition.field]
      if let reward = a.hits(.incentiveReward, near: condition).first(where: { reward in
        if reward.tokens.lowerBound >= condition.tokens.upperBound {
          let gap = condition.tokens.upperBound..<reward.tokens.lowerBound
          return gap.count <= 10
            && field.tokens[gap].contains { IntegrityDetector.getting.contains($0) }
        }
        // The reward first, promised: "they give me 30% discount code for next order if i
        // write review", "said they would refund the full cost once I posted a review".
        guard reward.tokens.upperBound <= condition.tokens.lowerBound,
          condition.tokens.lowerBound - reward.tokens.upperBound <= 10
        else { return false }
        return field.hasWord(IntegrityDetector.promising, before: reward.tokens, within: 4)
      }) {
        result += [condition, reward]
      }
    }
    return result
  }

  /// What "no" or "without" makes free rather than denies ("at no cost", "no charge"); "for
  /// nothing" does the same.
  static let costs = WordSet(["cost", "charge", "charging", "charged", "payment", "paying"])
  /// "didn't pay for it, the deal was I write up how it does" (u153): the reviewer's own
  /// payment denied is free too; but "nobody paid me", "I was not paid" and "I was never paid
  /// for this review" deny a payment to them.
  static let pays = WordSet(["pay", "paid"])

  /// True when the negation at `k` is "didn't" or "did not" (the reviewer's own payment).
  static func deniesOwnPayment(_ tokens: [Token], at k: Int) -> Bool {
    tokens[k].key == didnt || tokens[k].key == not && k > 0 && tokens[k - 1].key == did
  }

  static let didnt = WordHash.key(ofWord: "didn't")
  static let did = WordHash.key(ofWord: "did")
  static let not = WordHash.key(ofWord: "not")
  static let nothing = WordHash.key(ofWord: "nothing")
  static let forWord = WordHash.key(ofWord: "for")
  static let to = WordHash.key(ofWord: "to")
  static let next = WordHash.key(ofWord: "next")

  static let promising = WordSet([
    "give", "gave", "gives", "offer", "offered", "offers", "promise", "promised", "would",
    "will", "send", "sent",
    "they'd", "said",  // "said they'd credit back part of my order" (u139)
    "get", "gets",  // "where you get the full amount back on paypal after you post 5 stars" (u271)
  ])
  static let getting = WordSet([
    "get", "gets", "got", "receive", "received", "sent", "send", "given", "earn", "win", "gives",
    "mail", "mailed",  // "leave us a review and we'll mail you a FREE fuel canister" (u67)
  ])

  private func insiderHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    let insiders = a.hits(.insider)
    let family = a.hits(.insiderFamily)
    // Where the store's names and sold brands start, per field: read once, not per hit (a
    // long review of "my brother owns Northpeak" stays linear).
    let soldStarts = insiders.isEmpty && family.isEmpty ? [] : review.fields.map { field in
      Set(soldNames.matches(in: field).lazy.filter { !$0.isJoined }.map(\.tokens.lowerBound))
    }
    // Where business words start ("the company"), as field << 32 | token.
    let businessStarts = Set(a.hits(.insiderBusiness).map { $0.field << 32 | $0.tokens.lowerBound })
    var result = insiders.filter {
      !a.isNegated($0, in: review, lookBack: 3)
        && namesTheBusiness($0, review, soldStarts, businessStarts)
    }
    result += familyHits(family, a, review, soldStarts)
    let workplaces = a.hits(.insiderWorkplace)
    let roles = a.hits(.insiderRole)
    guard !workplaces.isEmpty || !roles.isEmpty else { return withStaffPlaces(result, review) }
    // Workplace phrases by field and the token after them ("I work at" + "Northpeak").
    var placeEnds: [Int: [CueHit]] = [:]
    for place in workplaces { placeEnds[place.field << 32 | place.tokens.upperBound, default: []].append(place) }
    // Roles by field and the token they start on ("Northpeak" + "employee").
    var roleStarts: [Int: CueHit] = [:]
    for role in roles { roleStarts[role.field << 32 | role.tokens.lowerBound] = role }
    // The brand of the reviewed product counts too, when the store sells it from a partner
    // ("I work in customer support at Alpinex" under an Alpinex tent): its maker's employee.
    // Its words as the competitor rule reads a product's name (`ProductWords`).
    let brandKeys = ProductWords.keys(of: [review.review.product.brand ?? ""])
    for (f, field) in review.fields.enumerated() {
      var names = ownNames.matches(in: field)
      if !brandKeys.isEmpty {
        names += soldNames.matches(in: field).filter { match in
          field.tokens[match.tokens].allSatisfy { brandKeys.contains($0.key) }
        }
      }
      for match in names where !match.isJoined {
        let start = match.tokens.lowerBound
        for place in (placeEnds[f << 32 | start] ?? []) + (placeEnds[f << 32 | (start - 1)] ?? []) {
          result.append(place)
          result.append(CueHit(
            cue: .insiderWorkplace, field: f, tokens: match.tokens,
            byteRange: match.byteRange, sentence: place.sentence))
        }
        if let role = roleStarts[f << 32 | match.tokens.upperBound],
          introducesSelf(match.tokens, role, field)
        {
          result.append(CueHit(
            cue: .insiderRole, field: f, tokens: start..<role.tokens.upperBound,
            byteRange: match.byteRange.lowerBound..<role.byteRange.upperBound,
            sentence: role.sentence))
        }
      }
    }
    return withStaffPlaces(result, review)
  }

  /// "As an Alpinex sales rep I've fitted hundreds", "Northpeak employee here": the writer
  /// introduced by the store's (or the product's brand's) name and a role, after "as a",
  /// "I'm a" or "I am a", or with "here" right after the role. Not someone else ("the
  /// Northpeak employee I spoke to"), nor an owner of the brand's products ("As a Northpeak
  /// owner for ten years").
  private func introducesSelf(_ name: Range<Int>, _ role: CueHit, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let start = name.lowerBound
    let end = role.tokens.upperBound
    let sentence = tokens[start].sentence
    guard tokens[end - 1].sentence == sentence,
      !(role.tokens.count == 1 && Self.owners.contains(tokens[role.tokens.lowerBound]))
    else { return false }
    if end < tokens.count, tokens[end].sentence == sentence, tokens[end].key == Self.here {
      return true
    }
    return start >= 2 && tokens[start - 2].sentence == sentence
      && Self.indefinites.contains(tokens[start - 1])
      && Self.selfIntroductions.contains(tokens[start - 2])
  }

  private static let here = WordHash.key(ofWord: "here")
  private static let selfIntroductions = WordSet(["as", "im", "am"])
  private static let owners = WordSet(["owner", "owners"])

  /// A relative's verb ("my brother owns", "my husband makes", "my mum runs") is an insider
  /// only with the business or the product after it, within 3 words: "my brother owns the
  /// company", "my husband makes these", "my mum runs northpeak's online store"; not "my
  /// brother owns the same boots", "my dad made me buy them" or "my mum runs marathons".
  /// An employee of an employer named after it must be the business ("as an employee of
  /// Northpeak"; not "as an employee of a hospital"); one left unsaid is this store ("I'm an
  /// employee and bought this top today"). Other insider phrases ("I work for
  /// the company") need nothing after them.
  private func namesTheBusiness(
    _ hit: CueHit, _ review: PreparedReview, _ soldStarts: [Set<Int>], _ businessStarts: Set<Int>
  ) -> Bool {
    typealias Words = IntegrityDetector
    let tokens = review.fields[hit.field].tokens
    let last = tokens[hit.tokens.upperBound - 1].key
    let employs = last == Words.employee
    guard employs || (hit.tokens.count >= 3 && tokens[hit.tokens.lowerBound].key == Words.my
      && (Words.owning.contains(key: last) || Words.making.contains(key: last)))
    else { return true }
    let after = hit.tokens.upperBound..<min(tokens.count, hit.tokens.upperBound + 3)
    let next = after.first.map { tokens[$0] }.flatMap { $0.sentence == hit.sentence ? $0 : nil }
    // An employer left unsaid is this store ("I'm an employee and bought this top today").
    if employs && !(next.map { Words.employerPrepositions.contains(key: $0.key) } ?? false) {
      return true
    }
    if Words.making.contains(key: last), let next, Words.products.contains(key: next.key) {
      return true
    }
    return after.contains {
      tokens[$0].sentence == hit.sentence
        && (businessStarts.contains(hit.field << 32 | $0) || soldStarts[hit.field].contains($0))
    }
  }

  private static let employee = WordHash.key(ofWord: "employee")
  private static let my = WordHash.key(ofWord: "my")
  private static let owning = WordSet(["owns", "owned", "manages", "managed", "runs", "ran"])
  private static let making = WordSet(["makes", "made", "designed", "designs"])
  private static let employerPrepositions = WordSet(["of", "at", "for", "in", "with"])
  private static let products = WordSet(["these", "them", "this"])

  /// A family member with a role at the store or a brand it sells, in one sentence.
  private func familyHits(
    _ family: [CueHit], _ a: ContentAnalysis, _ review: PreparedReview, _ soldStarts: [Set<Int>]
  ) -> [CueHit] {
    guard !family.isEmpty else { return [] }
    // The sentences holding a sold name, per field.
    let soldSentences = review.fields.indices.map { f in
      Set(soldStarts[f].map { review.fields[f].tokens[$0].sentence })
    }
    var result: [CueHit] = []
    for member in family {
      guard let role = a.hits(.insiderRole, near: member).first,
        soldSentences[member.field].contains(member.sentence),
        !worksElsewhere(role, review, soldStarts)
      else { continue }
      result += [member, role]
    }
    return result
  }

  /// "My dad is a manager at a bank and he loves Northpeak boots": a role whose employer is
  /// named right after it as some business ("at a", "for an"), not the store or a brand it
  /// sells ("the product manager for this filter at Alpinex" is the brand's).
  private func worksElsewhere(
    _ role: CueHit, _ review: PreparedReview, _ soldStarts: [Set<Int>]
  ) -> Bool {
    let tokens = review.fields[role.field].tokens
    let after = role.tokens.upperBound
    guard after + 1 < tokens.count, tokens[after + 1].sentence == role.sentence,
      Self.employerPrepositions.contains(key: tokens[after].key),
      Self.indefinites.contains(key: tokens[after + 1].key)
    else { return false }
    let employer = (after + 2)..<min(tokens.count, after + 5)
    return !employer.contains { soldStarts[role.field].contains($0) }
  }

  private static let indefinites = WordSet(["a", "an"])
}

extension ContentAnalysis {
  /// Threats of a bad rating made to get something: an offer to raise the rating in return
  /// (`extortion-upgrade.txt`), or a condition ("or I'll") with a threat near it ("1 star").
  /// integrity.extortion fires on them, and so does escalate.frustration_cta: the threat
  /// comes with a demand (criteria.md: "refund me or I leave 1 star" is both).
  /// "but otherwise" is "apart from that", not a condition ("toe box a lil narrow so -1 star
  /// but otherwise these go crazy", u147).
  func extortionHits(in review: PreparedReview) -> [CueHit] {
    var result = hits(.extortionUpgrade)
    for condition in hits(.extortion) where !Self.meansApartFrom(condition, review) {
      if let threat = hits(.extortionThreat, near: condition).first {
        result += [condition, threat]
      }
    }
    return result
  }

  private static func meansApartFrom(_ condition: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[condition.field].tokens
    let start = condition.tokens.lowerBound
    return condition.tokens.count == 1 && tokens[start].key == otherwise && start > 0
      && tokens[start - 1].sentence == condition.sentence
      && apartLinks.contains(tokens[start - 1])
  }

  private static let otherwise = WordHash.key(ofWord: "otherwise")
  private static let apartLinks = WordSet(["but", "and", "though"])
}
