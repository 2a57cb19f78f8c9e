import ModqCore

/// The "irrelevant content" rows of 002: a review that is only the product's name, one that
/// is entirely about shipping / packing / delivery / service (any product talk prevents
/// it), and one from a customer who has not used the product yet ("just arrived, will
/// update"; "tested it on a 3-day trip" does not fire).
struct IrrelevantDetector: Detector {
  enum Kind: String, CaseIterable, Sendable {
    case productNameOnly = "irrelevant.product_name_only"
    case shippingService = "irrelevant.shipping_service"
    case notUsedYet = "irrelevant.not_used_yet"
  }

  let analyzer: ContentAnalyzer
  let kind: Kind
  /// Share of content words that may be neither logistics nor filler (shipping_service).
  let otherShare: Double
  /// The same share for a review each of whose sentences names some logistics: a story of
  /// the delivery told in words of its own (shipping_service).
  let storyOtherShare: Double
  /// The words of the store's names (shipping_service: thanking the store is no product
  /// talk).
  let storeKeys: Set<UInt64>

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    kind = try params.kind(Kind.self, family: "irrelevant")
    otherShare = try params.double("max_other_share", default: 0.2)
    storyOtherShare = try params.double("max_story_other_share", default: 0.65)
    storeKeys = ProductWords.keys(of: params.store.names)
    guard (0...1).contains(otherShare), (0...1).contains(storyOtherShare) else {
      throw params.error(
        (0...1).contains(otherShare) ? "max_story_other_share" : "max_other_share",
        "expected a share between 0 and 1")
    }
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    switch kind {
    case .productNameOnly: productNameOnly(review)
    case .shippingService: shippingOnly(review)
    case .notUsedYet: notUsedYet(review)
    }
  }

  private func productNameOnly(_ review: PreparedReview) -> [DetectorHit] {
    guard review.tokenCount > 0, review.tokenCount <= 12 else { return [] }
    let product = review.review.product
    guard let name = product.name, !name.isEmpty else { return [] }
    let nameKeys = ProductWords.keys(of: [name, product.brand ?? ""])
    let a = analyzer.analysis(of: review)
    var named = 0
    for (f, field) in review.fields.enumerated() {
      for (i, token) in field.tokens.enumerated() {
        if nameKeys.contains(token.key) { named += 1; continue }
        guard a.tokenCues[f][i] & Cue.stopword.bit != 0 else { return [] }
        // "A+++ socks": a grade is a verdict on the product, not a function word.
        let end = Int(token.end)
        if end < field.bytes.count && field.bytes[end] == UInt8(ascii: "+") { return [] }
      }
    }
    guard named > 0 else { return [] }
    let field = review.body.isEmpty ? review.title : review.body
    return [DetectorHit(field: field, byteRange: 0..<field.bytes.count)]
  }

  private func shippingOnly(_ review: PreparedReview) -> [DetectorHit] {
    let a = analyzer.analysis(of: review)
    guard a.has(.logistics) || a.has(.serviceTarget) else { return [] }
    // Product talk inside a logistics phrase is packing ("packed nice and tight"), and inside
    // a filler phrase is no talk of the product ("top notch"). Token ranges of those hits,
    // per field, indexed once (a long review stays linear).
    let talks = a.hitSlice(.productTalk)
    if let first = talks.first, !isPacking(first, a) { return [] }
    if !talks.isEmpty {
      let covering = a.hits(.logistics) + a.hits(.filler)
      let packing = (0..<review.fields.count).map { f in
        OverlapIndex(covering.lazy.filter { $0.field == f }.map(\.tokens))
      }
      if talks.contains(where: { !packing[$0.field].overlapsAny($0.tokens) }) { return [] }
    }
    let product = review.review.product
    let productKeys = ProductWords.keys(of: [product.name ?? "", product.brand ?? ""])
    let logistic = Cue.logistics.bit | Cue.serviceTarget.bit | Cue.frustration.bit
      | Cue.notReceived.bit | Cue.cancelled.bit | Cue.wrongItem.bit | Cue.damageArrival.bit
      | Cue.demand.bit | Cue.callToAction.bit | Cue.neverAgain.bit
    let ignored = Cue.stopword.bit | Cue.filler.bit | Cue.negation.bit | Cue.booster.bit
    var content = 0
    var other = 0
    var evidence: [CueHit] = []
    // Sentences with content words but no logistics word: a story of the delivery told in
    // many words of its own ("The delivery driver got the box up our unplowed road to the
    // cabin in the middle of a blizzard. Packed really well", u311-25) is still only about
    // the delivery when every sentence of it names some logistics.
    var bareSentences = 0
    var sentences = 0
    for (f, field) in review.fields.enumerated() {
      var sentence: Int32 = -1
      var sentenceOther = 0
      var sentenceLogistic = false
      for (i, token) in field.tokens.enumerated() where !token.has(.allDigits) {
        // The store's own name is no word of the product even when it is the brand ("Thanks
        // Northpeak!" under a Northpeak bottle thanks the shop, u315-6).
        if productKeys.contains(token.key) && !storeKeys.contains(token.key) { return [] }
        if token.sentence != sentence {
          if sentenceOther > 0 && !sentenceLogistic { bareSentences += 1 }
          sentences += 1
          sentence = token.sentence
          sentenceOther = 0
          sentenceLogistic = false
        }
        let mask = a.tokenCues[f][i]
        if mask & logistic != 0 { content += 1; sentenceLogistic = true; continue }
        if mask & ignored != 0 { continue }
        content += 1
        other += 1
        sentenceOther += 1
      }
      if sentenceOther > 0 && !sentenceLogistic { bareSentences += 1 }
    }
    // A story names the service or the delivery itself ("the delivery driver", "whoever
    // does the shipping"), over two sentences at least: "perfect lil bag" or "stolen 3 times
    // ... if it came in a nicer envelope" are no stories of a delivery.
    let story = bareSentences == 0 && sentences >= 2 && a.has(.serviceTarget)
    let share = story ? max(otherShare, storyOtherShare) : otherShare
    guard content > other, Double(other) <= share * Double(content) else { return [] }
    for hit in a.hits where hit.cue == .logistics || hit.cue == .serviceTarget {
      evidence.append(hit)
    }
    return [ContentAnalysis.detectorHit(evidence, in: review)]
  }

  /// True when product talk `talk` lies inside a logistics or filler phrase. Asked of the
  /// first product word alone, which is usually outside both and settles the review before
  /// every phrase is indexed.
  private func isPacking(_ talk: CueHit, _ a: ContentAnalysis) -> Bool {
    func covers(_ cue: Cue) -> Bool {
      a.hitSlice(cue).contains { $0.field == talk.field && $0.tokens.overlaps(talk.tokens) }
    }
    return covers(.logistics) || covers(.filler)
  }

  private func notUsedYet(_ review: PreparedReview) -> [DetectorHit] {
    let a = analyzer.analysis(of: review)
    // "Can't wait to use it again": "again" within 3 words tells of earlier use.
    let cues = notUsedYetHits(review, a).filter { !isFollowedByAgain($0, review) }
    guard !cues.isEmpty else { return [] }
    // Token ranges of the cues, per field.
    let covered = (0..<review.fields.count).map { f in
      OverlapIndex(cues.lazy.filter { $0.field == f }.map(\.tokens))
    }
    // Use the text denies ("haven't tried them on", "not worn outside") is no evidence of use.
    // Nor is the look of it after a denial of use ("Haven't taken them out yet but they look
    // solid"); without one, "it looks amazing" tells of trying it on ("can't wait to wear it").
    let deniesUse = cues.contains { isDenialOfUse($0, review, a) }
    let used = (a.hits(.usageEvidence) + a.hits(.productTalk)).contains { use in
      !covered[use.field].overlapsAny(use.tokens) && !a.isNegated(use, in: review, lookBack: 3)
        && !(deniesUse && (isLookOnly(use, review) || isPlanned(use, review)
        || isReceipt(use, review) || isLabelReading(use, review) || isAsked(use, review)
        || isHearsay(use, review)))
        && !isDegree(use, review) && !isQuestionAbout(use, review)
    }
    return used ? [] : [ContentAnalysis.detectorHit(cues, in: review)]
  }

  private func isFollowedByAgain(_ cue: CueHit, _ review: PreparedReview) -> Bool {
    review.fields[cue.field].hasWord(IrrelevantDetector.again, after: cue.tokens, within: 3)
  }

  private static let again = WordSet(["again"])

  /// "haven't used it", "not worn it yet", "still sealed", "yet to try": a cue opening on a
  /// negation (but not "can't wait") or on "still" or "yet".
  private func isDenialOfUse(
    _ cue: CueHit, _ review: PreparedReview, _ a: ContentAnalysis
  ) -> Bool {
    let start = cue.tokens.lowerBound
    let tokens = review.fields[cue.field].tokens
    if IrrelevantDetector.unusedOpeners.contains(key: tokens[start].key) { return true }
    // "did not use it still" (u66): the negation after an auxiliary.
    let masks = a.tokenCues[cue.field]
    if IrrelevantDetector.auxiliaries.contains(key: tokens[start].key),
      start + 1 < cue.tokens.upperBound, masks[start + 1] & Cue.negation.bit != 0
    {
      return true
    }
    guard masks[start] & Cue.negation.bit != 0 else { return false }
    return start + 1 >= cue.tokens.upperBound || tokens[start + 1].key != IrrelevantDetector.waitKey
  }

  private static let waitKey = WordHash.key(ofWord: "wait")
  private static let unusedOpeners = WordSet(["still", "yet"])
  private static let auxiliaries = WordSet(["did", "have", "has", "had", "do", "does"])

  /// "Pretty sure I ordered the wrong size AGAIN" (u371-39): "pretty" before "sure" or
  /// "much" is a degree, not how the product looks.
  private func isDegree(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[hit.field].tokens
    let next = hit.tokens.upperBound
    return hit.tokens.count == 1 && tokens[hit.tokens.lowerBound].key == Self.pretty
      && next < tokens.count && Self.degreeHeads.contains(tokens[next])
  }

  private static let pretty = WordHash.key(ofWord: "pretty")
  private static let degreeHeads = WordSet(["sure", "much", "certain", "confident"])

  /// A product-talk hit that is only the word "look" ("they look solid", "looks well made"),
  /// or that a look word up to 5 words before makes an impression of its look ("Looks like a
  /// nice pack from the pictures", u65; "it feels super light in the bag", u109), or that a
  /// look word right after does ("The color looks gorgeous in the photos", u385-11), or "in
  /// person" up to 5 words after it ("Color is great in person", u400-8).
  private func isLookOnly(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    if hit.tokens.count == 1
      && IrrelevantDetector.lookWords.contains(key: field.tokens[hit.tokens.lowerBound].key)
    {
      return true
    }
    let next = hit.tokens.upperBound
    if next < field.tokens.count, field.tokens[next].sentence == field.tokens[next - 1].sentence,
      IrrelevantDetector.lookWords.contains(field.tokens[next])
    {
      return true
    }
    // "Color is great in person" (u400-8): seen, not used.
    var k = next
    while k + 1 < field.tokens.count, k < next + 5,
      field.tokens[k + 1].sentence == field.tokens[next - 1].sentence
    {
      if field.tokens[k].key == IrrelevantDetector.inKey
        && field.tokens[k + 1].key == IrrelevantDetector.personKey
      {
        return true
      }
      k += 1
    }
    // Not "looked at the bag, nice": looking at it is an inspection, not an impression.
    let start = hit.tokens.lowerBound
    for k in stride(from: start - 1, through: max(0, start - 5), by: -1) {
      guard field.tokens[k].sentence == field.tokens[start].sentence else { break }
      if IrrelevantDetector.lookWords.contains(key: field.tokens[k].key) {
        return field.tokens[k + 1].key != IrrelevantDetector.at
      }
    }
    return false
  }

  private static let at = WordHash.key(ofWord: "at")
  private static let inKey = WordHash.key(ofWord: "in")
  private static let personKey = WordHash.key(ofWord: "person")

  /// "Feels solid" out of the box is an impression too, like a look (u93), and so is a smell
  /// ("Juno already sniffed every strap and approved. Haven't had it out on the trail yet",
  /// u349-13).
  private static let lookWords = WordSet([
    "look", "looks", "looked", "looking", "feel", "feels", "sniffed", "smells", "smelled",
    // "just peeked inside and all the bits seem to be there" (u416-8).
    "seem", "seems", "seemed",
  ])

  /// Use still to come: a future or plan word up to 6 words before it ("going to try it on
  /// our camping trip next month", "will update once we have slept in it"), or a time still
  /// ahead up to 4 words after it ("our camping trip isn't until June", "camping in june so
  /// will report back then", "camping trip is in june", u95).
  private func isPlanned(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    return field.hasWord(IrrelevantDetector.planWords, before: hit.tokens, within: 6)
      || field.hasWord(IrrelevantDetector.laterWords, after: hit.tokens, within: 4)
  }

  /// The product named as what arrived, not as what was used: a receipt word up to 3 words
  /// before it ("Received the tent yesterday only. Not yet opened the box"), or an arrival
  /// up to 2 words after it ("The bag arrive yesterday", u66; "The tent was delivered", u74).
  private func isReceipt(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    return field.hasWord(IrrelevantDetector.receiptWords, before: hit.tokens, within: 3)
      || field.hasWord(IrrelevantDetector.arrivalWords, after: hit.tokens, within: 2)
      || field.hasWord(IrrelevantDetector.swapWords, before: hit.tokens, within: 5)
  }

  /// A size swapped is what arrived, both sizes of it ("Swapped the small for a medium, new
  /// one came today. Haven't even taken the tags off yet", u336-23).
  private static let swapWords = WordSet(["swapped", "exchanged"])

  private static let receiptWords = WordSet([
    "received", "receive", "got", "arrived", "delivered", "came", "bought", "ordered",
  ])
  private static let arrivalWords = WordSet([
    "arrived", "arrive", "arrives", "came", "come", "showed", "landed", "delivered",
  ])

  private static let planWords = WordSet([
    "going", "gonna", "will", "plan", "planning", "hope", "hoping", "intend", "once", "until",
    "go",  // "I did not use it still, we go to hike in two weeks" (u66)
    // "still wrapped ... so no idea yet how warm it is" (u153): a quality not known yet.
    "idea", "curious", "wondering",
    // "not use yet. i write again after camping with family" (u288): a review still to write,
    // or to update ("Will come back and update after we've actually slept in it", u321-45).
    "write", "update",
  ])
  /// A time still ahead, after a use word.
  private static let laterWords = WordSet([
    "until", "till", "til", "next", "tomorrow", "soon", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december",
  ])
}
