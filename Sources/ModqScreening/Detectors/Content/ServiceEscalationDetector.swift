import ModqCore

/// The escalation table of 002 as one detector family, parameterised by row (criterion); each
/// row's rules are in the `ServiceEscalationDetector+Row` file beside this one:
/// damage on arrival vs minor/returned (wear during use is a product review: neither),
/// not received vs cancelled, did not order, wrong item, compromised card, frustration with
/// vs without a call to action vs a vow never to shop again, and review tampering.
struct ServiceEscalationDetector: Detector {
  let analyzer: ContentAnalyzer
  let row: ServiceRow
  /// Store-specific vows ("done with Northpeak", "Northpeak has lost a customer").
  let storeVows: PhraseMatcher
  /// Frustration aimed at the store itself ("so frustrated with this store", "disappointed in
  /// how this shop treats its customers", "annoyed with Northpeak"): in the sentence of a
  /// frustration, service.frustration_no_cta fires however much the review also tells of the
  /// product (`store_aims` plus the store's names after "with" / "at").
  let storeAims: PhraseMatcher
  /// A 4-5 star review that mentions damage is "satisfied overall": minor, not escalated.
  let satisfiedRating: Int
  /// "Never received" in a review rated above this is not a complaint ("never received so
  /// many compliments").
  let complaintMaxRating: Int
  /// Product words allowed outside the frustrated sentences (service.frustration_no_cta).
  let maxProductWords: Int
  /// At this rating or lower, an ask counts with the order or service named in the sentence
  /// before or after it, not only in its own.
  let neighbourAskMaxRating: Int
  /// Asks ("can I get", "I'd like", "please") and what a fix is ("sent out", "replacement",
  /// "resolved", "reversed"): at `neighbourAskMaxRating` stars or fewer, one of each in a
  /// sentence is a call to action (escalate.frustration_cta only; empty for other rows).
  let asks: PhraseMatcher
  let fixWords: PhraseMatcher
  /// Asks and fixes read only after an order problem (damage, a loss, what was ordered): the
  /// lists above and broader ones ("can I", "would love", "the one I ordered") that a review
  /// with no order problem uses for other things ("Can I just say the replacement was worse").
  let orderAsks: PhraseMatcher
  let orderFixWords: PhraseMatcher
  /// The asks and fixes that reach the store at any rating below 5 ("could you send the L
  /// pack", "can somebody look into where it went"): narrower than `asks` and `fixWords`,
  /// which a question to other shoppers may use ("can you swap the hip belt?").
  let storeAsks: PhraseMatcher
  let storeFixWords: PhraseMatcher
  /// Money taken that should not have been, or not given back ("charged twice", "the refund
  /// hasn't come back"): with an ask to the store near it, a call to action at any rating.
  let billingTrouble: PhraseMatcher
  /// What marks a charge or a sign-in as a stranger's ("never heard of", "wasn't me",
  /// "overseas"): after a charge word in its sentence, a worry that the card or account was
  /// compromised (escalate.account_compromised; empty for the rows that do not ask it).
  let strangerMarks: PhraseMatcher
  /// Damage that leaves the product unusable ("couldn't pitch it", "won't close"): at
  /// `satisfiedRating` stars or more, arrival damage is then no minor damage.
  let unusable: PhraseMatcher
  /// The product unharmed inside a damaged parcel ("the tent inside was perfect"): the damage
  /// before it was the parcel's (the damage rows and the call-to-action row, which asks them).
  let productFine: PhraseMatcher
  /// What the store sends, as shoppers name it ("water bottle", "daypack"): two different ones,
  /// one ordered and one that came, tell of a wrong item (empty for the other rows).
  let products: PhraseMatcher
  /// A worry about the card taken back after it ("then remembered i bought this at 1am", "I
  /// confirmed it was me in the app"): escalate.account_compromised only.
  let falseAlarms: PhraseMatcher
  /// The store's model names before their number ("Ridge" of "Ridge 2P Tent", "Trail Runner"
  /// of "Trail Runner 3"), from its catalog: two models, one ordered and one that came, tell
  /// of a wrong item (empty for the other rows).
  let models: PhraseMatcher

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    let name = try params.string("row", default: params.criterionID)
    guard let row = ServiceRow.named(name) else {
      throw params.error("row", "unknown service row '\(name)' (one of "
        + ServiceRow.allCases.map(\.rawValue).joined(separator: ", ") + ")")
    }
    self.row = row
    satisfiedRating = try params.int("satisfied_rating", default: 4)
    complaintMaxRating = try params.int("complaint_max_rating", default: 3)
    maxProductWords = try params.int("max_product_words", default: 2)
    neighbourAskMaxRating = try params.int("neighbour_ask_max_rating", default: 2)
    let asksFix = row == .frustrationCTA
    asks = try params.phrases(
      "asks", default: asksFix ? ["asks.txt"] : [], matchesJoined: false, stretch: false)
    fixWords = try params.phrases(
      "fix_words", default: asksFix ? ["fix-words.txt"] : [], matchesJoined: false,
      stretch: false)
    // The order rows read an ask for a fix too: at `satisfiedRating` stars or more it is what
    // tells a happy customer who still needs the store from one who needs nothing. The
    // call-to-action row asks them whether they fire, so it reads the same lists.
    let readsOrderAsks = asksFix || row == .damaged || row == .damageMinor
      || row == .notReceived || row == .wrongItem
    orderAsks = try params.phrases(
      "order_asks", default: readsOrderAsks ? ["asks.txt", "order-asks.txt"] : [],
      matchesJoined: false, stretch: false)
    orderFixWords = try params.phrases(
      "order_fix_words", default: readsOrderAsks ? ["fix-words.txt", "order-fix-words.txt"] : [],
      matchesJoined: false, stretch: false)
    storeAsks = try params.phrases(
      "store_asks", default: asksFix || row == .notReceived ? ["store-asks.txt"] : [],
      matchesJoined: false, stretch: false)
    storeFixWords = try params.phrases(
      "store_fix_words", default: asksFix ? ["store-fix-words.txt"] : [], matchesJoined: false,
      stretch: false)
    billingTrouble = try params.phrases(
      "billing_trouble", default: asksFix ? ["billing-trouble.txt"] : [], matchesJoined: false,
      stretch: false)
    strangerMarks = try params.phrases(
      "stranger_marks",
      default: row == .accountCompromised || asksFix ? ["security-strangers.txt"] : [],
      matchesJoined: false, stretch: false)
    // The call-to-action row asks the damage rows whether they fire, so it reads this too.
    let readsDamage = row == .damaged || row == .damageMinor || row == .frustrationCTA
    unusable = try params.phrases(
      "unusable", default: readsDamage ? ["damage-unusable.txt"] : [], matchesJoined: false,
      stretch: false)
    productFine = try params.phrases(
      "product_fine", default: readsDamage ? ["product-fine.txt"] : [], matchesJoined: false,
      stretch: false)
    products = try params.phrases(
      "products", default: row == .wrongItem ? ["wrong-item-products.txt"] : [],
      matchesJoined: false, stretch: false)
    falseAlarms = try params.phrases(
      "false_alarms", default: row == .accountCompromised ? ["account-false-alarms.txt"] : [],
      matchesJoined: false, stretch: false)
    var vows: [String] = []
    for store in params.store.names + params.store.webShops where !store.isEmpty {
      vows += [
        "done with \(store)", "goodbye \(store)", "bye \(store)", "never again \(store)",
        "\(store) never again", "\(store) has lost a customer", "\(store) lost a customer",
        "\(store) just lost a customer", "boycott \(store)", "avoid \(store)",
        "never use \(store) again", "never be back to \(store)",
        "last dollar \(store) gets", "last cent \(store) gets", "last penny \(store) gets",
        // "Not buying from Northpeak anymore, not worth the headache" (u103).
        "not buying from \(store) anymore", "not ordering from \(store) anymore",
        "not shopping at \(store) anymore", "\(store) has lost me",
        // "I'm not buying from Northpeak again, not a tent, not a sock" (u114).
        "not buying from \(store) again", "not ordering from \(store) again",
        // "Northpeak is dead to me" (u79), but not "the piezo igniter is dead to me" (u233).
        "\(store) is dead to me", "\(store) are dead to me",
        // "Not giving Northpeak Outfitters another dollar" (u131-37).
        "not giving \(store) another dollar", "not giving \(store) another cent",
        "not giving \(store) another penny", "not giving \(store) another dime",
        // "I will never buy in Northpeak Outfitters again" (u280-44, a second language).
        "never buy in \(store)", "never buying in \(store)",
      ]
    }
    storeVows = PhraseMatcher(phrases: vows, matchesJoined: false, stretch: false)
    var aims = try params.phraseEntries(
      "store_aims", default: row == .frustrationNoCTA ? ["frustration-store.txt"] : [])
    if row == .frustrationNoCTA {
      for store in params.store.names + params.store.webShops where !store.isEmpty {
        aims += [
          "with \(store)", "at \(store)", "in \(store)", "how \(store) handled",
          "how \(store) treats", "how \(store) treated",
        ]
      }
    }
    storeAims = PhraseMatcher(phrases: aims, matchesJoined: false, stretch: false)
    models = PhraseMatcher(
      phrases: row == .wrongItem ? Self.modelNames(params.store.catalog) : [],
      matchesJoined: false, stretch: false)
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let found = hits(of: row, analyzer.analysis(of: review), review)
    return found.isEmpty ? [] : [ContentAnalysis.detectorHit(found, in: review)]
  }

  /// The cue hits that make `row` fire on `review` (empty: it does not fire).
  func hits(of row: ServiceRow, _ a: ContentAnalysis, _ review: PreparedReview)
    -> [CueHit]
  {
    let found: [CueHit]
    switch row {
    case .damaged, .damageMinor:
      let damage = damageHits(a, review)
      guard !damage.isEmpty else { return [] }
      // "Not happy with it" is no sign of a satisfied customer.
      // "Figured ok maybe it still works": a hope, not a sign the damage is minor.
      let minor = live(a.hits(.damageMinor), a, review).filter {
        nearDamage($0, damage, review) && !isHypothetical($0, review)
      } + a.hits(.damageResolved)
      // A happy customer who asks for a fix ("Five stars for the design ... How do I get a
      // new buckle sent out?") or is dismayed by the damage ("... cracked right through. We
      // spent the first night in the car. Really, really disappointed.") still needs the store.
      let satisfied = !minor.isEmpty
        || review.review.rating >= satisfiedRating && !leavesUnusable(damage, a, review)
          && fixAsked(after: damage, review) == nil && !isDismayed(after: damage, review)
      guard satisfied == (row == .damageMinor) else { return [] }
      found = damage + minor
    case .notReceived:
      let rating = review.review.rating
      guard !told(a.hits(.cancelled), review) else { return [] }
      // "the order confirmation never came": a message that never came, not the parcel.
      // Nor are troubles that never came ("the blisters I feared haven't turned up").
      let losses = live(a.hits(.notReceived), a, review).filter {
        !isFigurative($0, review)
          && !review.fields[$0.field].hasWord(
            ServiceEscalationDetector.messages, before: $0.tokens, within: 1)
          && !review.fields[$0.field].hasWord(
            ServiceEscalationDetector.troubles, before: $0.tokens, within: 6)
      }
      // Above: only a loss told as final ("the second one never reached us" in a review that
      // praises the first; at 5 stars too, "Ordered a second one for my dad. It never
      // arrived", u164), not a delay ("the yellow has not arrived yet").
      // A loss put right after it ("never showed up ... sent a second one out. That one came
      // in 3 days", u98-1) needs nothing at those ratings: the last remedy (hits are in text
      // order, title first) comes after the loss.
      let lastRemedy = a.hitSlice(.damageResolved).last
      let unremedied = { (loss: CueHit) -> Bool in
        !(lastRemedy.map {
          $0.field > loss.field
            || $0.field == loss.field && $0.tokens.lowerBound > loss.tokens.lowerBound
        } ?? false)
      }
      guard rating > complaintMaxRating else {
        found = losses + missingAfterDelivery(a, review)
        break
      }
      // An ask to the store after a loss makes it final too ("it hasn't turned up. Would
      // really appreciate someone checking where it went", u168-41; "tracking says it was
      // left at her door ... nothing. Can you see where it actually went?", u164-4), but not
      // a delay ("hasn't arrived yet, please hurry").
      let final = losses.filter { loss in
        (hasNever(loss, review) || !isAwaited(loss, review) && storeAsked(after: loss, review))
          && unremedied(loss)
      }
      let missing = final.isEmpty ? missingAfterDelivery(a, review) : []
      if let absent = missing.last, storeAsked(after: absent, review), unremedied(absent) {
        found = missing
      } else {
        found = final
      }
    case .cancelled:
      found = cancelledHits(a, review)
    case .didNotOrder:
      // "Never ordered anything online before and was worried" (u373-39), "never ordered a
      // hoodie online before": a first order, not this one denied. "I did not order a
      // stove." (u422-32) denies the order; "I didn't order a medium, I ordered a large" tells
      // of a size.
      found = a.hits(.didNotOrder).filter {
        endsClause($0, review) && !a.isNegated($0, in: review)
          && !review.fields[$0.field].hasWord(Self.before, after: $0.tokens, within: 3)
          && !namesAVariant(after: $0, a, review)
      }
    case .wrongItem:
      guard !a.has(.wrongItemResolved) else { return [] }
      found = live(a.hits(.wrongItem), a, review).filter {
        !isHypothetical($0, review) && !isSomeoneElses($0, a, review)
      } + orderedButReceived(a, review) + notWhatWasOrdered(a, review)
        + sentInsteadOf(a, review) + askedForOrdered(a, review) + variantSwapped(a, review)
        + productSwapped(a, review) + modelSwapped(a, review)
    case .accountCompromised:
      found = compromisedHits(a, review)
    case .frustrationCTA:
      found = ctaHits(a, review)
    case .frustrationNoCTA:
      let frustration = frustrationHits(a, review)
      guard !frustration.isEmpty, ctaHits(a, review).isEmpty,
        vowHits(a, review).isEmpty
      else { return [] }
      if isAimedAtStore(frustration, review) {
        found = frustration
        break
      }
      // Product talk outside the frustrated clauses makes it a product review ("Shipping took
      // forever but the jacket is worth the wait, warm and light").
      let clauses = ContrastClauses(a)
      let talk = a.hits(.productTalk).filter { use in
        !clauses.shareAClause(use, withAnyOf: frustration)
      }
      // Talk in two sentences of its own is a review too, however few its words ("... took
      // forever. ... the most comfortable boots I own. Great ankle support on scree.").
      guard talk.count <= maxProductWords, !Self.spansSentences(talk, 2) else { return [] }
      found = frustration
    case .neverAgain:
      found = vowHits(a, review)
    case .reviewTampering:
      found = tamperingHits(a, review)
    }
    return found
  }

  /// True when a frustration shares its sentence with a word aiming it at the store
  /// (`storeAims`).
  func isAimedAtStore(_ frustration: [CueHit], _ review: PreparedReview) -> Bool {
    // The frustrated sentences, as field << 32 | sentence (one set, so a long review of
    // repeated complaints stays linear).
    let frustrated = Set(frustration.map { Int64($0.field) << 32 | Int64($0.sentence) })
    for (f, field) in review.fields.enumerated() {
      for aim in storeAims.matches(in: field) where !aim.isJoined {
        let sentence = field.tokens[aim.tokens.lowerBound].sentence
        if frustrated.contains(Int64(f) << 32 | Int64(sentence)) { return true }
      }
    }
    return false
  }

  /// True when `hits` lie in at least `count` different sentences (of either field).
  static func spansSentences(_ hits: [CueHit], _ count: Int) -> Bool {
    var seen: [(Int, Int32)] = []
    for hit in hits where !seen.contains(where: { $0 == (hit.field, hit.sentence) }) {
      seen.append((hit.field, hit.sentence))
      if seen.count >= count { return true }
    }
    return false
  }

  /// Non-negated hits ("not broken", "no damage" drop out).
  func live(_ hits: [CueHit], _ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    hits.filter { !a.isNegated($0, in: review) }
  }

  /// True when some cancellation is told as having happened.
  func told(_ cancellations: [CueHit], _ review: PreparedReview) -> Bool {
    cancellations.contains { !isUnnoticed($0, review) }
  }

  /// A cancellation the customer was given "no notice that the order was cancelled or
  /// delayed" of: up to 6 words before it, a notice word followed by "that" or "of", with
  /// "no", "not", "never" or "without" in the 2 words before the notice word.
  func isUnnoticed(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[hit.field].tokens
    let start = hit.tokens.lowerBound
    typealias Words = ServiceEscalationDetector
    for k in stride(from: start - 2, through: max(0, start - 6), by: -1)
    where tokens[k].sentence == hit.sentence && Words.notices.contains(tokens[k])
      && Words.noticeLinks.contains(tokens[k + 1])
    {
      for d in max(0, k - 2)..<k where Words.denials.contains(tokens[d]) { return true }
    }
    return false
  }

  static let notices = WordSet(["notice", "notification", "notified", "informed", "word"])
  static let denials = WordSet(["no", "not", "never", "without"])
  static let noticeLinks = WordSet(["that", "of"])

  /// True when `hit` tells a final loss: "never" ("never arrived", "she never got it"),
  /// "nowhere" ("the socks I ordered are nowhere") or "vanished" ("that box just vanished").
  func hasNever(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    review.fields[hit.field].tokens[hit.tokens].contains {
      ServiceEscalationDetector.finalLoss.contains($0)
    }
  }

  static let finalLoss = WordSet(["never", "nowhere", "vanished"])
  /// After a compromise cue, the customer's own payment ("my bank flagged the payment").
  static let ownPayment = WordSet(["payment", "purchase", "transaction", "order"])
  /// Before "never came", a message rather than the parcel ("the confirmation never came").
  static let messages = WordSet([
    "confirmation", "email", "reply", "response", "answer", "callback", "receipt", "invoice",
  ])

  func compromisedHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    // "my bank flagged the payment ... one tap to approve it": the bank checking this
    // purchase, not strangers' charges.
    var result = live(a.hits(.accountCompromised), a, review).filter {
      !review.fields[$0.field].hasWord(ServiceEscalationDetector.ownPayment, after: $0.tokens, within: 2)
    }
    // Told in other words than the list's ("charges from websites I've never heard of").
    if result.isEmpty { result = strangeCharges(review) }
    // "My roommate had her card stolen" (u88): someone else's card is no worry about ours.
    for threat in live(a.hits(.securityThreat), a, review) {
      if let object = a.hits(.securityObject, near: threat).first(where: {
        !review.fields[$0.field].hasWord(Self.othersOwn, before: $0.tokens, within: 1)
      }) {
        result += [threat, object]
      }
    }
    return result.isEmpty || isFalseAlarm(after: result, review) ? [] : result
  }

  /// True when a false alarm (`falseAlarms`) follows the first of `hits` in the review: "thought
  /// somebody got my card number... then remembered i bought this at 1am".
  private func isFalseAlarm(after hits: [CueHit], _ review: PreparedReview) -> Bool {
    guard let first = hits.min(by: { ($0.field, $0.tokens.lowerBound) < ($1.field, $1.tokens.lowerBound) })
    else { return false }
    for (f, field) in review.fields.enumerated() where f >= first.field {
      if falseAlarms.matches(in: field).contains(where: {
        f > first.field || $0.tokens.lowerBound >= first.tokens.upperBound
      }) {
        return true
      }
    }
    return false
  }

  static let othersOwn = WordSet(["her", "his", "their"])
  static let before = WordSet(["before"])

  func tamperingHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result = live(a.hits(.reviewSelective), a, review)
    // "Nobody asked me to change my rating": a denied offer is none.
    // "free from Northpeak in return for writing a 5-star review": a review to write, paid
    // for (integrity.incentivized), not one to change or remove.
    // "They sent me a replacement; if it holds up I'll update my review": the customer's own
    // plan, not a change the seller asked for.
    for change in live(a.hits(.reviewTampering), a, review)
    where !review.fields[change.field].hasWord(
      ServiceEscalationDetector.writingVerbs, before: change.tokens, within: 2)
      && !review.fields[change.field].hasWord(
        ServiceEscalationDetector.ownPlans, before: change.tokens, within: 1)
    {
      if let offer = a.hits(.tamperingOffer, near: change).first(where: {
        !a.isNegated($0, in: review)
      }) {
        result += [offer, change]
      }
    }
    guard result.isEmpty else { return result }
    for offer in live(a.hits(.tamperingOffer), a, review) {
      if let change = conditionalChange(after: offer, review) { return [offer, change] }
    }
    return result
  }

  /// "never received so many compliments", "never came back": not about a delivery.
  /// ("cracked up" with `words: ["up"]`).
  func isFigurative(
    _ hit: CueHit, _ review: PreparedReview,
    words: WordSet = ServiceEscalationDetector.figurative,
    next: WordSet? = ServiceEscalationDetector.figurativeNext
  ) -> Bool {
    let field = review.fields[hit.field]
    // "never received so many compliments"; but "still haven't received the poles so I have
    // a tent I can't pitch" (u245-2): a "so" after the thing is a conjunction.
    return field.hasWord(words, after: hit.tokens, within: 3)
      || next.map { field.hasWord($0, after: hit.tokens, within: 1) } ?? false
  }

  // Word sets are read by key (one probe, no String built per token: these run for every
  // damage, delivery and order cue of a review).
  static let figurativeNext = WordSet(["so"])
  static let figurative = WordSet([
    "such", "as", "more", "compliments", "many", "back", "off", "down", "up", "out",
    "close", "anything", "any",
    "near",  // "this is nowhere near good enough" (u120)
  ])

  static let ownPlans = WordSet(["ill", "will", "gonna", "shall"])

  static let writingVerbs = WordSet([
    "writing", "write", "wrote", "written", "leaving", "leave", "posting", "post",
  ])

  /// Troubles a shopper is glad never came: before a not-received cue, they are what did
  /// not arrive.
  static let troubles = WordSet([
    "blisters", "blister", "problems", "problem", "issues", "issue", "leaks", "leak",
    "complaints", "hotspots", "rubbing", "chafing", "aches", "pain",
  ])

  /// "I looked to see if they sent me the wrong size": a guess, not a report.
  func isHypothetical(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    review.fields[hit.field].hasWord(ServiceEscalationDetector.hedges, before: hit.tokens, within: 6)
  }

  static let hedgeWords = [
    "if", "thought", "whether", "wondered", "wondering", "maybe", "perhaps", "assumed", "unless",
    // "I was kind of bracing for it to be dead on arrival ... but nope" (u128).
    "bracing", "braced", "expecting", "feared",
  ]
  /// The word right after `hit` is a size or colour ("didn't order a medium").
  private func namesAVariant(after hit: CueHit, _ a: ContentAnalysis, _ review: PreparedReview)
    -> Bool
  {
    let next = hit.tokens.upperBound
    return next < review.fields[hit.field].tokens.count
      && isVariant(next, a.tokenCues[hit.field], review.fields[hit.field])
  }

  static let hedges = WordSet(hedgeWords)
  /// Before a demand, the hedges and the store's offer reported ("said if I leave a 5 star
  /// review they'd send me a free 3-pack", u303): not an ask. Not before other cues: "I
  /// realised they'd sent the wrong colour" is a report.
  static let demandHedges = WordSet(hedgeWords + ["theyd", "theyll"])
}
