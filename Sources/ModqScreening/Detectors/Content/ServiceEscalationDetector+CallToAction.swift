import ModqCore

/// Frustration with the store or order, with a call to action (escalate.frustration_cta) or
/// without (service.frustration_no_cta), and vows never to shop again (escalate.never_again).
extension ServiceEscalationDetector {
  /// Frustration aimed at the store, the order or the service: named in the same sentence,
  /// or at `neighbourAskMaxRating` stars or fewer in the sentence before or after, when the
  /// frustrated sentence says nothing of the product ("order sat in 'processing' for nine
  /// days ... honestly a really frustrating experience from start to finish").
  func frustrationHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    let low = review.review.rating <= neighbourAskMaxRating
    return live(a.hits(.frustration), a, review).filter { hit in
      // With none in its own sentence, a target in the sentence before or after it will do
      // ("So frustrating. I ticked 'gift receipt' at checkout and ...", u270).
      a.has(.serviceTarget, near: hit)
        || low && !a.hits(.productTalk, near: hit).contains { !isDegree($0, a, review) }
          && a.has(.serviceTarget, near: hit, window: 1)
    }
  }

  /// "pretty" right before a frustration word is a degree ("getting pretty fed up"), not
  /// talk about how the product looks.
  private func isDegree(_ talk: CueHit, _ a: ContentAnalysis, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[talk.field].tokens
    let next = talk.tokens.upperBound
    return talk.tokens.count == 1 && tokens[talk.tokens.lowerBound].key == Self.pretty
      && next < tokens.count && tokens[next].sentence == talk.sentence
      && a.tokenCues[talk.field][next] & Cue.frustration.bit != 0
  }

  private static let pretty = WordHash.key(ofWord: "pretty")

  /// Demands, requests to be contacted ("please call me back"), and asks next to the
  /// order/service or to frustration with it.
  func ctaHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    // "If I need a replacement I'll buy another brand" is a guess, not a demand (but "only if
    // you refund me" is one: the hedge must stand right before the demand).
    let hedges = ServiceEscalationDetector.demandHedges
    // A problem already put right in its sentence is no demand ("charged twice by mistake but
    // the store had already refunded the extra").
    var result = live(a.hits(.demand), a, review).filter {
      !review.fields[$0.field].hasWord(hedges, before: $0.tokens, within: 1)
        && !a.has(.damageResolved, near: $0) && !isAskedOfShoppers($0, review)
    }
    let frustration = frustrationHits(a, review)
    // A low-rated review may name the order in the sentence before or after the ask ("I was
    // promised a refund three weeks ago. Can someone tell me ...?").
    let window: Int32 = review.review.rating <= neighbourAskMaxRating ? 1 : 0
    // Over `satisfiedRating - 1` stars, "please contact me" with no order, service or
    // frustration near it is an offer to other shoppers ("Any questions about sizing, please
    // contact me"), not a request to the store.
    for ask in live(a.hits(.contactRequest), a, review)
    where (review.review.rating < satisfiedRating || !frustration.isEmpty
      || a.has(.serviceTarget, near: ask, window: window)) && !isRelayed(ask, review)
    {
      result.append(ask)
    }
    for ask in live(a.hits(.callToAction), a, review)
    where (a.has(.serviceTarget, near: ask, window: window) || !frustration.isEmpty)
      && !isRelayed(ask, review) && !isTookToDo(ask, review) && !isAskedOfShoppers(ask, review)
    {
      result.append(ask)
    }
    // A threat of a bad rating made to get something demands it ("Credit me the difference or
    // this review stays at 1 star", u86): the demand is a call to action, whatever its words.
    result += a.extortionHits(in: review)
    // An ask and a fix alone catch the escalations the specific rows miss; beside one of them
    // ("snapped in half when I opened the box. Please send replacement poles") the specific
    // row says it all.
    if result.isEmpty {
      var fix: [CueHit] = []
      if review.review.rating < 5 {
        fix = review.review.rating <= neighbourAskMaxRating
          ? askForFix(review, asks: asks, fixes: fixWords)
          : askForFix(review, asks: storeAsks, fixes: storeFixWords)
      }
      if fix.isEmpty { fix = billingAsks(a, review) }
      if !fix.isEmpty && ServiceEscalationDetector.specificRows.allSatisfy({
        hits(of: $0, a, review).isEmpty
      }) {
        result = fix
      }
    }
    if !result.isEmpty { result += frustration }
    return result
  }

  /// Money taken wrongly or not given back (`billing_trouble`, or `moneyStillOwed`), and an
  /// ask to the store in its sentence or the two after it: a store ask ("can someone", "pls")
  /// or a question ("How do I get that back?"). At any rating: a happy customer double
  /// charged still needs the store ("love this headlamp but my card got hit twice for it??
  /// pls fix", u164-20). Not when put right after it ("charged twice but they refunded the
  /// extra straight away").
  func billingAsks(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    for (f, field) in review.fields.enumerated() {
      var troubles = billingTrouble.matches(in: field)
      let owed = Self.moneyStillOwed(field)
      if !owed.isEmpty {
        troubles = (troubles + owed).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
      }
      if troubles.isEmpty { continue }
      let tokens = field.tokens
      let asks = storeAsks.matches(in: field)
      // Read once per field, so a long review of billing phrases stays linear: the next ask
      // (troubles and asks are both in text order) and the sentences that end with "?".
      let questions = Self.questionSentences(field)
      var nextAsk = 0
      for match in troubles {
        let sentence = tokens[match.tokens.lowerBound].sentence
        let trouble = CueHit(
          cue: .callToAction, field: f, tokens: match.tokens, byteRange: match.byteRange,
          sentence: sentence)
        // Put right after it ("charged twice but they refunded the extra straight away"); a
        // return told before it is its cause ("the gloves I returned ... went back to my old
        // card", u164-47).
        let putRight = a.hits(.damageResolved, near: trouble, window: 1).contains {
          $0.sentence > sentence || $0.sentence == sentence
            && $0.tokens.lowerBound > trouble.tokens.lowerBound
        }
        guard !a.isNegated(trouble, in: review), !putRight else { continue }
        while nextAsk < asks.count, tokens[asks[nextAsk].tokens.lowerBound].sentence < sentence {
          nextAsk += 1
        }
        if nextAsk < asks.count, tokens[asks[nextAsk].tokens.lowerBound].sentence <= sentence + 2 {
          let ask = asks[nextAsk]
          return [trouble, CueHit(
            cue: .callToAction, field: f, tokens: ask.tokens, byteRange: ask.byteRange,
            sentence: tokens[ask.tokens.lowerBound].sentence)]
        }
        for s in sentence...(sentence + 2) {
          guard let question = questions[s] else { continue }
          return [trouble, CueHit(
            cue: .callToAction, field: f, tokens: question..<(question + 1),
            byteRange: tokens[question].byteRange, sentence: s)]
        }
      }
    }
    return []
  }

  /// "the money still isn't back on my card", "I still haven't seen a refund": "still", then
  /// a denial within 2 words ("isn't", "hasn't", "haven't"; not "not": "still not sure it was
  /// worth the money?"), with money owed ("refund", "money", "credit") up to 4 words before
  /// "still" or 4 after the denial, in its sentence: billing trouble however it is told. The
  /// match is "still" and the denial.
  static func moneyStillOwed(_ field: TextField) -> [PhraseMatch] {
    let tokens = field.tokens
    var result: [PhraseMatch] = []
    var k = 0
    while k < tokens.count {
      defer { k += 1 }
      guard tokens[k].key == still else { continue }
      let sentence = tokens[k].sentence
      guard let denial = ((k + 1)...(k + 2)).first(where: {
        $0 < tokens.count && tokens[$0].sentence == sentence && stillDenials.contains(tokens[$0])
      }) else { continue }
      // The money is what is still not back: up to 4 words before "still" or 4 after the
      // denial ("still haven't found a bottle this good for the money" is praise).
      let near = max(0, k - 4)..<min(tokens.count, denial + 5)
      guard near.contains(where: {
        tokens[$0].sentence == sentence && moneyOwed.contains(tokens[$0])
      }) else { continue }
      result.append(PhraseMatch(
        entry: -1, tokens: k..<(denial + 1),
        byteRange: Int(tokens[k].start)..<Int(tokens[denial].end), isJoined: false))
    }
    return result
  }

  private static let stillDenials = WordSet([
    "isn't", "isnt", "hasn't", "hasnt", "haven't", "havent", "wasn't", "wasnt",
  ])
  private static let moneyOwed = WordSet([
    "refund", "money", "credit", "reimbursement", "funds",
  ])

  /// Each sentence of `field` that ends with a question mark, with its last token.
  static func questionSentences(_ field: TextField) -> [Int32: Int] {
    let tokens = field.tokens
    var result: [Int32: Int] = [:]
    for k in tokens.indices
    where (k + 1 == tokens.count || tokens[k + 1].sentence != tokens[k].sentence)
      && field.asksAfter(k)
    {
      result[tokens[k].sentence] = k
    }
    return result
  }

  /// An ask the customer passed on to a friend, not one made of the store: "I told him to ring
  /// me on ..." ("told" or "tell", then "him" or "her", in the 3 words before the ask); or one
  /// the store already helped with, "helped me" in those words ("the lady on the chat helped
  /// me fix my delivery details", u373-39).
  private func isRelayed(_ ask: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[ask.field].tokens
    let start = ask.tokens.lowerBound
    for k in stride(from: start - 1, through: max(1, start - 3), by: -1) {
      guard tokens[k].sentence == ask.sentence else { return false }
      if Self.thirdPersons.contains(tokens[k]) && Self.telling.contains(tokens[k - 1]) {
        return true
      }
      if Self.helped.contains(tokens[k - 1]) && tokens[k].key == Self.me { return true }
    }
    return false
  }

  /// "if anyone knows where to get a replacement please email me" (u346-45): an ask put to
  /// other shoppers ("if anyone", "does anyone", "anyone know(s)" up to 8 words before it in
  /// its sentence), not to the store ("if anyone from Northpeak reads this" is the store).
  private func isAskedOfShoppers(_ ask: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[ask.field].tokens
    let start = ask.tokens.lowerBound
    for k in stride(from: start - 1, through: max(0, start - 8), by: -1) {
      guard tokens[k].sentence == ask.sentence else { return false }
      guard Self.anyone.contains(tokens[k]) else { continue }
      // "If anyone from Northpeak reads this": the store after all.
      if k + 1 < start, Self.storeSide.contains(tokens[k + 1]) { return false }
      if k > 0, tokens[k - 1].sentence == ask.sentence, Self.shopperOpeners.contains(tokens[k - 1])
      {
        return true
      }
      if k + 1 < start, Self.knowing.contains(tokens[k + 1]) { return true }
    }
    return false
  }

  private static let me = WordHash.key(ofWord: "me")
  private static let anyone = WordSet(["anyone", "anybody"])
  private static let shopperOpeners = WordSet(["if", "does"])
  private static let knowing = WordSet(["know", "knows"])
  private static let storeSide = WordSet(["from", "at", "in", "there", "here", "working"])

  static let thirdPersons = WordSet(["him", "her"])
  static let telling = WordSet(["told", "tell", "telling"])
  static let helped = WordSet(["helped"])

  /// What the store took long to do, told as a story: "Customer service took 9 days to answer
  /// my email" ("took", "takes" or "taking" up to 4 words before a "to" right before the ask).
  /// Not "take": "Please take the time to answer my email" asks.
  private func isTookToDo(_ ask: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[ask.field].tokens
    let start = ask.tokens.lowerBound
    guard start >= 2, tokens[start - 1].key == Self.toKey,
      tokens[start - 1].sentence == ask.sentence
    else { return false }
    for k in stride(from: start - 2, through: max(0, start - 5), by: -1) {
      guard tokens[k].sentence == ask.sentence else { return false }
      if Self.took.contains(tokens[k]) { return true }
    }
    return false
  }

  static let took = WordSet(["took", "takes", "taking"])

  /// "can I get a new buckle sent out?", "I'd like this resolved by Friday", "i need two of
  /// those charges reversed": an ask, then a fix (`fix(after:)`: within 5 words, same
  /// sentence), not negated or hedged ("if I need a replacement").
  func askForFix(
    _ review: PreparedReview, asks: PhraseMatcher, fixes fixList: PhraseMatcher
  ) -> [CueHit] {
    for (f, field) in review.fields.enumerated() {
      let fixes = fixList.matches(in: field)
      if fixes.isEmpty { continue }
      for ask in asks.matches(in: field) {
        let sentence = field.tokens[ask.tokens.lowerBound].sentence
        guard let fix = fix(after: ask, in: fixes, field) else { continue }
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

  func vowHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result = a.hits(.neverAgain).filter {
      !isLoyal($0, review) && !isAnotherOfTheProduct($0, review) && !isEarlierOrder($0, review)
        && !review.fields[$0.field].isReportedSpeech(
          at: $0.tokens.lowerBound, quotes: a.quotes[$0.field])
    }
    for (f, field) in review.fields.enumerated() {
      for match in storeVows.matches(in: field) where !match.isJoined {
        result.append(CueHit(
          cue: .neverAgain, field: f, tokens: match.tokens, byteRange: match.byteRange,
          sentence: field.tokens[match.tokens.lowerBound].sentence))
      }
    }
    return result
  }

  /// "Way quicker delivery than my last order with you guys" (u335-40), "on my last order
  /// from you the zip broke": an order of the past after a comparison or a preposition, not
  /// one vowed to be the last ("consider this my last order with you").
  private func isEarlierOrder(_ vow: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[vow.field].tokens
    var first = vow.tokens.lowerBound
    guard tokens[first].key == Self.my || tokens[first].key == Self.last else { return false }
    // "last order with you guys" read after its "my".
    if tokens[first].key == Self.last, first > 0, tokens[first - 1].key == Self.my,
      tokens[first - 1].sentence == tokens[first].sentence
    {
      first -= 1
    }
    return review.fields[vow.field].hasWord(
      Self.pastOrderLinks, before: first..<first + 1, within: 1)
  }

  private static let my = WordHash.key(ofWord: "my")
  private static let last = WordHash.key(ofWord: "last")
  private static let pastOrderLinks = WordSet([
    "than", "on", "in", "with", "since", "after", "unlike", "like", "from", "of", "about",
  ])

  /// "I will never buy from another brand", "never be ordering from anyone else", "I'm done
  /// shopping at other stores": a vow aimed away from the store is loyalty to it (the next
  /// word, in the vow's sentence, is "another", "anyone", "anybody", "anywhere", "elsewhere",
  /// "other", or "any other").
  private func isLoyal(_ vow: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[vow.field]
    if field.hasWord(Self.elsewhere, after: vow.tokens, within: 1) { return true }
    let withAny = vow.tokens.lowerBound..<(vow.tokens.upperBound + 1)
    return field.hasWord(Self.any, after: vow.tokens, within: 1)
      && field.hasWord(Self.other, after: withAny, within: 1)
  }

  /// "Won't be getting another pair": a vow ending on "another" whose next word is the
  /// product (u117) gives up the product, not the store ("won't be getting another order");
  /// "I won't be spending another winter without this hoodie": a season or an outing is no
  /// money spent at the store.
  private func isAnotherOfTheProduct(_ vow: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[vow.field].tokens
    let last = vow.tokens.upperBound - 1
    return tokens[last].key == Self.another && vow.tokens.upperBound < tokens.count
      && tokens[vow.tokens.upperBound].sentence == tokens[last].sentence
      && Self.productObjects.contains(tokens[vow.tokens.upperBound])
  }

  private static let another = WordHash.key(ofWord: "another")
  private static let productObjects = WordSet([
    "pair", "pairs", "set", "one", "of", "jacket", "pack", "tent", "bottle", "stove", "filter",
    "headlamp", "hoodie", "shoe", "shoes", "boot", "boots", "sock", "socks", "poles",
    "winter", "summer", "season", "weekend", "trip", "hike",
  ])

  private static let elsewhere = WordSet([
    "another", "anyone", "anybody", "anywhere", "elsewhere", "other",
  ])
  private static let any = WordSet(["any"])
  private static let other = WordSet(["other"])

  /// The escalation rows an ask-and-fix call to action stands back for.
  static let specificRows: [ServiceRow] = [
    .damaged, .wrongItem, .notReceived, .accountCompromised, .reviewTampering,
  ]
}
