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
      "fix_words", default: asksFix ? ["fix-words.txt"] : [], matchesJoined: false, stretch: false)
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
    let found = hits(of: row, analyzer.analysis(of: review), review)
    return found.isEmpty ? [] : [ContentAnalysis.detectorHit(found, in: review)]
  }

  /// The cue hits that make `row` fire on `review` (empty: it does not fire).
  private func hits(of row: ServiceRow, _ a: ContentAnalysis, _ review: PreparedReview)
    -> [CueHit]
  {
    let found: [CueHit]
    switch row {
    case .damaged, .damageMinor:
      let damage = damageHits(a, review)
      guard !damage.isEmpty else { return [] }
      // "Not happy with it" is no sign of a satisfied customer.
      let minor = live(a.hits(.damageMinor), a, review) + a.hits(.damageResolved)
      let satisfied = !minor.isEmpty || review.review.rating >= satisfiedRating
      guard satisfied == (row == .damageMinor) else { return [] }
      found = damage + minor
    case .notReceived:
      guard !a.has(.cancelled), review.review.rating <= complaintMaxRating else { return [] }
      found = live(a.hits(.notReceived), a, review).filter { !isFigurative($0, review) }
        + missingAfterDelivery(a, review)
    case .cancelled:
      found = cancelledHits(a, review)
    case .didNotOrder:
      found = a.hits(.didNotOrder).filter { endsClause($0, review) && !a.isNegated($0, in: review) }
    case .wrongItem:
      guard !a.has(.wrongItemResolved) else { return [] }
      found = live(a.hits(.wrongItem), a, review).filter { !isHypothetical($0, review) }
        + orderedButReceived(a, review) + notWhatWasOrdered(a, review)
        + sentInsteadOf(a, review)
    case .accountCompromised:
      found = compromisedHits(a, review)
    case .frustrationCTA:
      found = ctaHits(a, review)
    case .frustrationNoCTA:
      let frustration = frustrationHits(a, review)
      guard !frustration.isEmpty, ctaHits(a, review).isEmpty,
        vowHits(a, review).isEmpty
      else { return [] }
      // Product talk outside the frustrated clauses makes it a product review ("Shipping took
      // forever but the jacket is worth the wait, warm and light").
      let clauses = ContrastClauses(a)
      let talk = a.hits(.productTalk).filter { use in
        !clauses.shareAClause(use, withAnyOf: frustration)
      }
      guard talk.count <= maxProductWords else { return [] }
      found = frustration
    case .neverAgain:
      found = vowHits(a, review)
    case .reviewTampering:
      found = tamperingHits(a, review)
    }
    return found
  }

  /// Non-negated hits ("not broken", "no damage" drop out).
  private func live(_ hits: [CueHit], _ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    hits.filter { !a.isNegated($0, in: review) }
  }

  /// Damage with an arrival / first-use cue in the same or the next sentence, and no
  /// wear-during-use cue in its sentence.
  private func damageHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result: [CueHit] = []
    let damages = live(a.hits(.damageState), a, review)
    guard !damages.isEmpty else { return [] }
    // "it came back" is no arrival: taken out once, so the lookups below never step over a
    // run of them (a review repeating "it came back torn" would make that quadratic).
    let arrivals = a.hits(.damageArrival).filter { !isCameBack($0, review) }
    for damage in damages
    where !isFigurative(damage, review, words: ServiceEscalationDetector.figurativeDamage)
      && !isLikeness(damage, review) && !isBrokeDown(damage, review)
      && !isHypothetical(damage, review)
    {
      // An arrival cue elsewhere, or inside the damage phrase itself ("dead on arrival").
      let arrival = arrivals[arrivals.indices(near: damage, window: 1)].first {
        !$0.tokens.overlaps(damage.tokens) || endsInside($0, damage)
      }
      guard let first = arrival, !a.has(.wearUse, near: damage) else { continue }
      // One span for "came damaged", not "damaged" inside it too.
      let holds = first.tokens.lowerBound <= damage.tokens.lowerBound
        && first.tokens.upperBound >= damage.tokens.upperBound
      result += holds ? [first] : [damage, first]
    }
    return result
  }

  /// "tracking says delivered on the 3rd, nothing on my porch", "It's been a month. No
  /// shoes, no refund": what the carrier says (or how long the wait has been), then the
  /// delivery's absence, in the same sentence or the next. A bare "nothing" must end its
  /// clause ("delivered fast, nothing to complain about" is praise).
  private func missingAfterDelivery(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    guard a.has(.deliveryClaim) else { return [] }
    for absent in a.hits(.deliveryAbsent) where !isHypothetical(absent, review) {
      if absent.tokens.count == 1 && !endsBareClause(absent, review) { continue }
      // `near` keeps the field and the sentence before; the claim must come first.
      if let claim = a.hits(.deliveryClaim, near: absent, window: 1).first(where: {
        $0.tokens.upperBound <= absent.tokens.lowerBound
      }) {
        return [claim, absent]
      }
    }
    return []
  }

  /// True when nothing but punctuation follows `hit` in its sentence before a comma, a
  /// semicolon, a dash, "!" or the sentence's end.
  private func endsBareClause(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    let next = hit.tokens.upperBound
    guard next < field.tokens.count, field.tokens[next].sentence == hit.sentence else {
      return true
    }
    return breaksClause(field, before: next)
  }

  /// True when a comma, a semicolon, "!" or a dash stands between token `next` and the one
  /// before it.
  private func breaksClause(_ field: TextField, before next: Int) -> Bool {
    let gap = field.bytes[Int(field.tokens[next - 1].end)..<Int(field.tokens[next].start)]
    return gap.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";")
      || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "-") }
  }

  private func cancelledHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    let cancelled = live(a.hits(.cancelled), a, review)
    guard !cancelled.isEmpty else { return [] }
    let missing = a.hits(.notReceived).filter { !isFigurative($0, review) }
    if !missing.isEmpty { return cancelled + missing }
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

  /// Frustration aimed at the store, the order or the service (same sentence).
  private func frustrationHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    live(a.hits(.frustration), a, review).filter { a.has(.serviceTarget, near: $0) }
  }

  /// Demands, requests to be contacted ("please call me back"), and asks next to the
  /// order/service or to frustration with it.
  private func ctaHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    // "If I need a replacement I'll buy another brand" is a guess, not a demand (but "only if
    // you refund me" is one: the hedge must stand right before the demand).
    let hedges = ServiceEscalationDetector.hedges
    var result = live(a.hits(.demand), a, review).filter {
      !review.fields[$0.field].hasWord(hedges, before: $0.tokens, within: 1)
    }
    let frustration = frustrationHits(a, review)
    // A low-rated review may name the order in the sentence before or after the ask ("I was
    // promised a refund three weeks ago. Can someone tell me ...?").
    let window: Int32 = review.review.rating <= neighbourAskMaxRating ? 1 : 0
    // Over `satisfiedRating - 1` stars, "please contact me" with no order, service or
    // frustration near it is an offer to other shoppers ("Any questions about sizing, please
    // contact me"), not a request to the store.
    for ask in live(a.hits(.contactRequest), a, review)
    where review.review.rating < satisfiedRating || !frustration.isEmpty
      || a.has(.serviceTarget, near: ask, window: window)
    {
      result.append(ask)
    }
    for ask in live(a.hits(.callToAction), a, review)
    where a.has(.serviceTarget, near: ask, window: window) || !frustration.isEmpty {
      result.append(ask)
    }
    // An ask and a fix alone catch the escalations the specific rows miss; beside one of them
    // ("snapped in half when I opened the box. Please send replacement poles") the specific
    // row says it all.
    if result.isEmpty && review.review.rating <= neighbourAskMaxRating {
      let fix = askForFix(review)
      if !fix.isEmpty && ServiceEscalationDetector.specificRows.allSatisfy({
        hits(of: $0, a, review).isEmpty
      }) {
        result = fix
      }
    }
    if !result.isEmpty { result += frustration }
    return result
  }

  /// "can I get a new buckle sent out?", "I'd like this resolved by Friday", "i need two of
  /// those charges reversed": an ask, then a fix within 5 words (same sentence), not negated
  /// or hedged ("if I need a replacement").
  private func askForFix(_ review: PreparedReview) -> [CueHit] {
    for (f, field) in review.fields.enumerated() {
      let fixes = fixWords.matches(in: field)
      if fixes.isEmpty { continue }
      for ask in asks.matches(in: field) {
        let sentence = field.tokens[ask.tokens.lowerBound].sentence
        guard let fix = fixes.first(where: {
          $0.tokens.lowerBound >= ask.tokens.upperBound
            && $0.tokens.lowerBound - ask.tokens.upperBound <= 5
            && field.tokens[$0.tokens.lowerBound].sentence == sentence
        }) else { continue }
        let hit = CueHit(
          cue: .callToAction, field: f, tokens: ask.tokens, byteRange: ask.byteRange,
          sentence: sentence)
        if isHypothetical(hit, review) { continue }
        return [hit, CueHit(
          cue: .callToAction, field: f, tokens: fix.tokens, byteRange: fix.byteRange,
          sentence: sentence)]
      }
    }
    return []
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

  /// "never received so many compliments", "never came back": not about a delivery.
  /// ("cracked up" with `words: ["up"]`).
  private func isFigurative(
    _ hit: CueHit, _ review: PreparedReview,
    words: WordSet = ServiceEscalationDetector.figurative
  ) -> Bool {
    review.fields[hit.field].hasWord(words, after: hit.tokens, within: 3)
  }

  // Word sets are read by key (one probe, no String built per token: these run for every
  // damage, delivery and order cue of a review).
  private static let figurative = WordSet([
    "so", "such", "as", "more", "compliments", "many", "back", "off", "down", "up", "out",
    "close", "anything", "any",
  ])

  /// "I looked to see if they sent me the wrong size": a guess, not a report.
  private func isHypothetical(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    review.fields[hit.field].hasWord(ServiceEscalationDetector.hedges, before: hit.tokens, within: 6)
  }

  /// "cracked up", "split between", "torn open"; what broke is the customer, not the
  /// product: "2 broken fingernails later", "broke a nail", "a broken heart".
  private static let figurativeDamage = WordSet([
    "up", "between", "open", "nail", "nails", "fingernail", "fingernails", "heart",
  ])

  /// "my car broke down" (but "a crack down the side" is damage).
  private func isBrokeDown(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[hit.field].tokens
    let next = hit.tokens.upperBound
    return next < tokens.count && tokens[next].key == ServiceEscalationDetector.down
      && ServiceEscalationDetector.breakWords.contains(key: tokens[hit.tokens.upperBound - 1].key)
  }

  private static let down = WordHash.key(ofWord: "down")

  /// "dead on arrival", "came broken", "is DOA": the arrival and damage phrases end on the
  /// same word, one inside the other (but "box was crushed", in both lists, is the box, not
  /// an arrival of a crushed product).
  private func endsInside(_ arrival: CueHit, _ damage: CueHit) -> Bool {
    arrival.field == damage.field && arrival.tokens.upperBound == damage.tokens.upperBound
      && arrival.tokens.lowerBound != damage.tokens.lowerBound
  }

  /// "it came back filthy from camp": a return from use, not an arrival.
  private func isCameBack(_ arrival: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[arrival.field].tokens
    let next = arrival.tokens.upperBound
    return next < tokens.count && tokens[next].key == ServiceEscalationDetector.back
      && tokens[next - 1].key == ServiceEscalationDetector.came
  }

  private static let back = WordHash.key(ofWord: "back")
  private static let came = WordHash.key(ofWord: "came")
  private static let breakWords = WordSet(["broke", "broken", "breaks", "break"])

  /// "the thin material looks like it's ripped", "looked as if it was torn": a description
  /// of the look, not a report of damage (a likeness word within 3 words before, same
  /// sentence).
  private func isLikeness(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    let start = hit.tokens.lowerBound
    typealias Words = ServiceEscalationDetector
    var later: UInt64 = 0
    for k in 1...4 where start - k >= 0 {
      let token = field.tokens[start - k]
      guard token.sentence == hit.sentence else { break }
      let word = token.key
      if k > 1 && (later == Words.like && Words.lookWords.contains(key: word)
        || (later == Words.ifKey || later == Words.though) && word == Words.asKey)
      {
        return true
      }
      later = word
    }
    return false
  }

  private static let lookWords = WordSet(["look", "looks", "looked", "looking", "feels"])
  private static let like = WordHash.key(ofWord: "like")
  private static let ifKey = WordHash.key(ofWord: "if")
  private static let though = WordHash.key(ofWord: "though")
  private static let asKey = WordHash.key(ofWord: "as")

  private static let hedges = WordSet([
    "if", "thought", "whether", "wondered", "wondering", "maybe", "perhaps", "assumed", "unless",
  ])

  /// "Ordered a men's 9 and received a women's 7. Please send the correct size.": what
  /// arrived differs from what was ordered (same sentence) and the customer asks for a fix.
  private func orderedButReceived(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    if let pair = orderedButSent(a, review) { return pair }
    guard a.has(.demand) || a.has(.callToAction) else { return [] }
    // "I ordered a 10 and got a 8"; the other way round in one sentence only with a demand,
    // not just a question ("Received a red hoodie, I ordered black. How do I get the right
    // one?", but not "Received a lot of compliments, I ordered black. Can someone ...?").
    let reversedToo = a.has(.demand)
    for ordered in a.hits(.orderedItem) where !isHypothetical(ordered, review) {
      if let got = a.hits(.receivedItem, near: ordered).first(where: {
        $0.tokens.lowerBound >= ordered.tokens.upperBound
          || (reversedToo && $0.sentence == ordered.sentence
            && $0.tokens.upperBound <= ordered.tokens.lowerBound)
      }) {
        return [ordered, got] + a.hits(.demand) + a.hits(.callToAction)
      }
    }
    return []
  }

  /// "You shipped a women's medium, my order says men's large", "The label says XL but I
  /// ordered a small": what was ordered and what the store sent, in either order, in one
  /// sentence or two neighbouring ones. With an ask anywhere, or at `neighbourAskMaxRating`
  /// stars or fewer, where the complaint itself is the request for a fix; "got" and
  /// "received" (as often the customer's own choice) only with an ask.
  private func orderedButSent(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit]? {
    let hasAsk = a.has(.demand) || a.has(.callToAction)
    guard a.has(.orderedItem), a.has(.receivedItem) || hasAsk,
      hasAsk || review.review.rating <= neighbourAskMaxRating
    else { return nil }
    typealias Words = ServiceEscalationDetector
    for ordered in a.hits(.orderedItem) where !isHypothetical(ordered, review) {
      guard namesVariant(after: ordered, a, review) else { continue }
      for sent in a.hits(.receivedItem, near: ordered, window: 1)
      where !isHypothetical(sent, review)
        && (hasAsk || !Words.customerVerbs.contains(key: firstKey(of: sent, review)))
        && namesVariant(after: sent, a, review)
      {
        return [ordered, sent] + a.hits(.demand) + a.hits(.callToAction)
      }
      if hasAsk, let got = bareCustomerVerb(near: ordered, a, review) {
        return [ordered, got] + a.hits(.demand) + a.hits(.callToAction)
      }
    }
    return nil
  }

  /// "ordered the grey in a medium, got bright pink XL ... pls send the one I ordered": a bare
  /// "got" or "received" (no article, so no `receivedItem` entry) followed within 5 words by a
  /// size, colour or fit, in the sentence of `ordered` or a neighbouring one, outside it.
  private func bareCustomerVerb(near ordered: CueHit, _ a: ContentAnalysis, _ review: PreparedReview)
    -> CueHit?
  {
    let tokens = review.fields[ordered.field].tokens
    for (k, token) in tokens.enumerated()
    where abs(token.sentence - ordered.sentence) <= 1 && !ordered.tokens.contains(k)
      && ServiceEscalationDetector.customerVerbs.contains(token)
    {
      let hit = CueHit(
        cue: .receivedItem, field: ordered.field, tokens: k..<(k + 1),
        byteRange: Int(token.start)..<Int(token.end), sentence: token.sentence)
      if !isHypothetical(hit, review) && namesVariant(after: hit, a, review) { return hit }
    }
    return nil
  }

  /// True when a size, colour or fit word ("XL", "men's", "grey") or a size number ("the
  /// 20L", "a 9") is among the 5 tokens after `hit`, in its sentence: "sent me a survey"
  /// names no variant.
  private func namesVariant(after hit: CueHit, _ a: ContentAnalysis, _ review: PreparedReview)
    -> Bool
  {
    let masks = a.tokenCues[hit.field]
    let field = review.fields[hit.field]
    let tokens = field.tokens
    for k in hit.tokens.upperBound..<min(masks.count, hit.tokens.upperBound + 5) {
      guard tokens[k].sentence == hit.sentence else { return false }
      if masks[k] & Cue.variantWord.bit != 0 || SizeNumber.isSize(k, in: field) { return true }
    }
    return false
  }

  private func firstKey(of hit: CueHit, _ review: PreparedReview) -> UInt64 {
    review.fields[hit.field].tokens[hit.tokens.lowerBound].key
  }

  /// The escalation rows an ask-and-fix call to action stands back for.
  private static let specificRows: [ServiceRow] = [
    .damaged, .wrongItem, .notReceived, .accountCompromised, .reviewTampering,
  ]

  private static let customerVerbs = WordSet(["got", "received"])

  /// "This is not the hoodie I ordered", "a 30L instead of the 20L I paid for": what was
  /// ordered, named as other than what came: "not the" or "instead of the" just before it,
  /// with at most one word between, or "different ... than / from" up to 7 words before (same
  /// sentence). "Instead of my usual large I ordered the medium" is a size choice, not a
  /// wrong item.
  private func notWhatWasOrdered(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    typealias Words = ServiceEscalationDetector
    var result: [CueHit] = []
    for ordered in a.hits(.orderedItem) where !isHypothetical(ordered, review) {
      let field = review.fields[ordered.field]
      let start = ordered.tokens.lowerBound
      // The keys of up to 7 words before, nearest first.
      var words: [UInt64] = []
      for k in 1...7 where start - k >= 0 && field.tokens[start - k].sentence == ordered.sentence {
        words.append(field.tokens[start - k].key)
      }
      // "a completely different jacket than the one pictured and ordered", "different from
      // what I ordered" ("than" / "from" follows "different" in the text within 3 words); not
      // "the different colors I ordered".
      if let d = words.firstIndex(of: Words.different),
        words[max(0, d - 3)..<d].contains(where: { $0 == Words.than || $0 == Words.from }),
        !isEarlierOrder(ordered, field)
      {
        result.append(ordered)
        continue
      }
      for skip in 0...1 where words.count >= skip + 2 && words[skip] == Words.the {
        let before = words[(skip + 1)...]
        if before.first == Words.not || before.starts(with: [Words.of, Words.instead]) {
          result.append(ordered)
          break
        }
      }
    }
    return result
  }

  /// "You sent me kids socks instead of adult ones", "received a 30L instead of a 20L": what
  /// was sent, then "instead of" within 6 words (same sentence). "Got a medium instead of a
  /// large" is left out: "got" is as often a purchase choice.
  private func sentInsteadOf(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    typealias Words = ServiceEscalationDetector
    for sent in a.hits(.receivedItem) where !isHypothetical(sent, review) {
      let tokens = review.fields[sent.field].tokens
      guard tokens[sent.tokens.lowerBound].key != Words.got else { continue }
      let end = min(tokens.count - 1, sent.tokens.upperBound + 6)
      for k in sent.tokens.upperBound..<max(end, sent.tokens.upperBound) {
        guard tokens[k].sentence == sent.sentence else { break }
        if tokens[k].key == Words.instead && tokens[k + 1].key == Words.of
          && tokens[k + 1].sentence == sent.sentence
        {
          return [sent]
        }
      }
    }
    return []
  }

  private static let got = WordHash.key(ofWord: "got")
  private static let different = WordHash.key(ofWord: "different")
  private static let than = WordHash.key(ofWord: "than")
  private static let from = WordHash.key(ofWord: "from")
  private static let the = WordHash.key(ofWord: "the")
  private static let not = WordHash.key(ofWord: "not")
  private static let of = WordHash.key(ofWord: "of")
  private static let instead = WordHash.key(ofWord: "instead")

  /// "... than the cheap ones I ordered before": an earlier order, not this one.
  private func isEarlierOrder(_ ordered: CueHit, _ field: TextField) -> Bool {
    let next = ordered.tokens.upperBound
    return (next..<min(field.tokens.count, next + 2)).contains {
      field.tokens[$0].sentence == ordered.sentence
        && ServiceEscalationDetector.earlier.contains(key: field.tokens[$0].key)
    }
  }

  private static let earlier = WordSet(["before", "previously", "last", "earlier", "once"])

  /// "I didn't order this." ends its clause; "I didn't order this in petite" does not.
  /// The phrase may be followed by one noun ("these socks but ...").
  private func endsClause(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    for next in hit.tokens.upperBound..<(hit.tokens.upperBound + 2) {
      guard next < field.tokens.count, field.tokens[next].sentence == hit.sentence else {
        return true
      }
      if breaksClause(field, before: next) { return true }
      if ServiceEscalationDetector.clauseEnds.contains(key: field.tokens[next].key) { return true }
    }
    return false
  }

  private static let clauseEnds = WordSet([
    "and", "but", "so", "yet", "at", "ever", "item", "product", "order", "either",
    "whatsoever", "from", "online", "myself",
  ])
}
