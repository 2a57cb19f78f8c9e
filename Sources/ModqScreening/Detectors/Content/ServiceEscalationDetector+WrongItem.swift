import ModqCore

/// Wrong item (escalate.wrong_item): what was ordered against what the store sent.
extension ServiceEscalationDetector {
  /// "Ordered a men's 9 and received a women's 7. Please send the correct size.": what
  /// arrived differs from what was ordered (same sentence) and the customer asks for a fix.
  func orderedButReceived(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    // An ask for a fix after what was ordered counts at any rating ("Ordered the green in
    // small, got a black XL ... Would love to get the one I ordered" at 5 stars); read once
    // for both readings.
    let asked = a.has(.demand) || a.has(.callToAction)
    let fixAsk = !asked && a.has(.orderedItem) ? fixAsked(after: a.hits(.orderedItem), review) : nil
    if let pair = orderedButSent(a, review, fixAsk: fixAsk) { return pair }
    guard asked || fixAsk != nil else { return [] }
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
          + (fixAsk.map { [$0] } ?? [])
      }
    }
    return []
  }

  /// "You shipped a women's medium, my order says men's large", "The label says XL but I
  /// ordered a small": what was ordered and what the store sent, in either order, in one
  /// sentence or two neighbouring ones. With an ask anywhere, or at `neighbourAskMaxRating`
  /// stars or fewer, where the complaint itself is the request for a fix; "got" and
  /// "received" (as often the customer's own choice) only with an ask; `fixAsk`, the ask for
  /// a fix after what was ordered, is that ask when there is no other.
  func orderedButSent(_ a: ContentAnalysis, _ review: PreparedReview, fixAsk: CueHit?)
    -> [CueHit]?
  {
    guard a.has(.orderedItem) else { return nil }
    let low = review.review.rating <= neighbourAskMaxRating
    // "need the medium pls": at low stars, asking for a size or colour is the ask; at
    // `complaintMaxRating` stars only a plain request ("I'd like the green sent out").
    let variantAsk = review.review.rating <= complaintMaxRating && !a.has(.demand)
      && !a.has(.callToAction) ? asksForVariant(a, review, plainOnly: !low) : nil
    var asks = a.hits(.demand) + a.hits(.callToAction) + (variantAsk.map { [$0] } ?? [])
    if asks.isEmpty, let fixAsk { asks = [fixAsk] }
    let hasAsk = !asks.isEmpty
    guard a.has(.receivedItem) || hasAsk, hasAsk || low else { return nil }
    typealias Words = ServiceEscalationDetector
    // What was sent, and the bare "got"s, each judged once per review: judged again for every
    // ordered hit, a long review of orders was quadratic.
    var sentHits: [[CueHit]]? = nil
    var bareVerbs: [[CueHit]]? = nil
    for ordered in a.hits(.orderedItem) where !isHypothetical(ordered, review) {
      // A product's name may stand between ("Ordered the Trail Runner 3 in a men's 10.5").
      guard namesVariant(after: ordered, a, review, within: 7) else { continue }
      let sent = sentHits ?? byField(review, a.hits(.receivedItem).filter {
        !isHypothetical($0, review)
          && (hasAsk || !Words.customerVerbs.contains(key: firstKey(of: $0, review)))
          && (namesVariant(after: $0, a, review) || arrivedAsVariant($0, a, review))
      })
      sentHits = sent
      // "I ordered a 9. The tag says a 9 too": what came names only what was ordered. Each
      // side's words stop where the other's begin ("ordered blue got red").
      let differs = { (got: CueHit) in
        let sameField = got.field == ordered.field
        let keys = self.variantKeys(
          after: got, a, review,
          before: sameField && got.tokens.lowerBound < ordered.tokens.lowerBound
            ? ordered.tokens.lowerBound : nil)
        let chosen = self.variantKeys(
          after: ordered, a, review, within: 7,
          before: sameField && got.tokens.lowerBound > ordered.tokens.lowerBound
            ? got.tokens.lowerBound : nil)
        return keys.isEmpty || !keys.allSatisfy(chosen.contains)
      }
      if let got = first(near: ordered, in: sent, including: true, where: differs) {
        return [ordered, got] + asks
      }
      guard hasAsk else { continue }
      let verbs = bareVerbs ?? bareCustomerVerbs(a, review)
      bareVerbs = verbs
      if let got = first(near: ordered, in: verbs, including: false, where: differs) {
        return [ordered, got] + asks
      }
    }
    return nil
  }

  /// `hits` (in text order) split by field.
  private func byField(_ review: PreparedReview, _ hits: [CueHit]) -> [[CueHit]] {
    var result = [[CueHit]](repeating: [], count: review.fields.count)
    for hit in hits { result[hit.field].append(hit) }
    return result
  }

  /// The first of `candidates` (per field, in text order) in the sentence of `ordered` or a
  /// neighbouring one; with `including: false`, outside `ordered`'s own words.
  func first(
    near ordered: CueHit, in candidates: [[CueHit]], including: Bool,
    where accepts: (CueHit) -> Bool = { _ in true }
  ) -> CueHit? {
    let candidates = candidates[ordered.field]
    // The first candidate of the sentence before `ordered`'s (sentences ascend with tokens).
    var low = 0
    var high = candidates.count
    while low < high {
      let mid = (low + high) / 2
      if candidates[mid].sentence < ordered.sentence - 1 { low = mid + 1 } else { high = mid }
    }
    for hit in candidates[low...] {
      if hit.sentence > ordered.sentence + 1 { break }
      if (including || !ordered.tokens.contains(hit.tokens.lowerBound)) && accepts(hit) {
        return hit
      }
    }
    return nil
  }

  /// "ordered the grey in a medium, got bright pink XL ... pls send the one I ordered": per
  /// field, in text order, every bare "got" or "received" (no article, so no `receivedItem`
  /// entry) that is not hypothetical and is followed within 5 words by a size, colour or fit.
  func bareCustomerVerbs(_ a: ContentAnalysis, _ review: PreparedReview) -> [[CueHit]] {
    review.fields.indices.map { f in
      let tokens = review.fields[f].tokens
      var found: [CueHit] = []
      for (k, token) in tokens.enumerated()
      where ServiceEscalationDetector.customerVerbs.contains(token) {
        let hit = CueHit(
          cue: .receivedItem, field: f, tokens: k..<(k + 1),
          byteRange: Int(token.start)..<Int(token.end), sentence: token.sentence)
        if !isHypothetical(hit, review) && namesVariant(after: hit, a, review) { found.append(hit) }
      }
      return found
    }
  }

  /// True when a size, colour or fit word ("XL", "men's", "grey") or a size number ("the
  /// 20L", "a 9") is among the `within` tokens after `hit`, in its sentence: "sent me a
  /// survey" names no variant.
  func namesVariant(
    after hit: CueHit, _ a: ContentAnalysis, _ review: PreparedReview, within: Int = 5
  ) -> Bool {
    let masks = a.tokenCues[hit.field]
    let field = review.fields[hit.field]
    let tokens = field.tokens
    for k in hit.tokens.upperBound..<min(masks.count, hit.tokens.upperBound + within) {
      guard tokens[k].sentence == hit.sentence else { return false }
      if isVariant(k, masks, field) { return true }
    }
    return false
  }

  /// The keys of the sizes, colours, fits and size numbers among the `within` tokens after
  /// `hit`, in its sentence and before token `limit` when one is given (empty when an arrival
  /// names its variant before it: "a black one showed up", which then never counts as the
  /// ordered one).
  func variantKeys(
    after hit: CueHit, _ a: ContentAnalysis, _ review: PreparedReview, within: Int = 5,
    before limit: Int? = nil
  ) -> [UInt64] {
    let masks = a.tokenCues[hit.field]
    let field = review.fields[hit.field]
    let tokens = field.tokens
    var keys: [UInt64] = []
    let end = min(masks.count, hit.tokens.upperBound + within, limit ?? Int.max)
    guard hit.tokens.upperBound < end else { return keys }
    for k in hit.tokens.upperBound..<end {
      // "The box says 10 but these run small": the fit after "but" is no value of what came.
      guard tokens[k].sentence == hit.sentence,
        k == hit.tokens.upperBound
          || !field.breaksClause(before: k) && !Self.clauseLinks.contains(tokens[k])
      else { break }
      if isVariant(k, masks, field) { keys.append(variantValue(k, masks, field)) }
    }
    return keys
  }

  /// The value of the size or colour at token `k`: its word, the size a size letter stands
  /// for (`SizeNumber.letterSize`: "M" is "medium"), or a size number's value
  /// (`SizeNumber.valueKey`: "11s" is "11").
  func variantValue(_ k: Int, _ masks: [UInt64], _ field: TextField) -> UInt64 {
    if masks[k] & Cue.variantWord.bit != 0 { return field.tokens[k].key }
    return SizeNumber.letterSize(k, in: field) ?? SizeNumber.valueKey(k, in: field)
  }

  /// Token `k` is a size, colour or fit word, a size letter ("size M") or a size number.
  func isVariant(_ k: Int, _ masks: [UInt64], _ field: TextField) -> Bool {
    isVariantWord(k, masks, field) || SizeNumber.isSize(k, in: field)
  }

  /// Token `k` is a size, colour or fit word, or a size letter ("got the S"): a value told
  /// in words, compared with words (`variantSwapped`).
  func isVariantWord(_ k: Int, _ masks: [UInt64], _ field: TextField) -> Bool {
    masks[k] & Cue.variantWord.bit != 0 || SizeNumber.letterSize(k, in: field) != nil
  }

  /// "a black one showed up", "a pair of XLs came": an arrival ("one showed up", "came")
  /// with the size or colour in the 3 words before it, in its sentence.
  func arrivedAsVariant(_ sent: CueHit, _ a: ContentAnalysis, _ review: PreparedReview) -> Bool {
    let field = review.fields[sent.field]
    let tokens = field.tokens
    guard ServiceEscalationDetector.arrivals.contains(tokens[sent.tokens.upperBound - 1]) else {
      return false
    }
    let masks = a.tokenCues[sent.field]
    for k in stride(from: sent.tokens.lowerBound - 1, through: max(0, sent.tokens.lowerBound - 3), by: -1) {
      guard tokens[k].sentence == sent.sentence else { return false }
      if isVariant(k, masks, field) { return true }
    }
    return false
  }

  private static let arrivals = WordSet(["up", "came", "arrived"])

  func firstKey(of hit: CueHit, _ review: PreparedReview) -> UInt64 {
    review.fields[hit.field].tokens[hit.tokens.lowerBound].key
  }

  static let customerVerbs = WordSet(["got", "received"])

  /// "This is not the hoodie I ordered", "a 30L instead of the 20L I paid for": what was
  /// ordered, named as other than what came: "not the" or "instead of the" just before it,
  /// with at most two words between (three before "one": "instead of the 4 person one I paid
  /// for") and no judgement among them ("not the first pack I ordered", `judgements`), or
  /// "different ... than / from" up to 7 words before (same sentence). "Instead of my usual
  /// large I ordered the medium" is a size choice, not a wrong item.
  func notWhatWasOrdered(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
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
      // "instead of the 4 person one I paid for": before "one", up to three words between;
      // "not the Ridge 2P I ordered", two. Not a judgement ("not the first pack I ordered").
      let maxSkip = words.first.map { Words.ones.contains(key: $0) } == true ? 3 : 2
      for skip in 0...maxSkip where words.count >= skip + 2 && words[skip] == Words.the {
        if words[..<skip].contains(where: { Words.judgements.contains(key: $0) }) { break }
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
  func sentInsteadOf(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
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

  static let got = WordHash.key(ofWord: "got")
  static let ones = WordSet(["one", "ones", "pair"])
  static let different = WordHash.key(ofWord: "different")
  static let than = WordHash.key(ofWord: "than")
  static let from = WordHash.key(ofWord: "from")
  static let the = WordHash.key(ofWord: "the")
  static let not = WordHash.key(ofWord: "not")
  static let of = WordHash.key(ofWord: "of")
  static let instead = WordHash.key(ofWord: "instead")

  /// "... than the cheap ones I ordered before": an earlier order, not this one.
  func isEarlierOrder(_ ordered: CueHit, _ field: TextField) -> Bool {
    let next = ordered.tokens.upperBound
    return (next..<min(field.tokens.count, next + 2)).contains {
      field.tokens[$0].sentence == ordered.sentence
        && ServiceEscalationDetector.earlier.contains(key: field.tokens[$0].key)
    }
  }

  static let earlier = WordSet(["before", "previously", "last", "earlier", "once"])

  /// "need the 10s I ordered sent out", "please send the navy one we ordered": an ask ("send",
  /// "need", "swap", "would like") then "the", then what "I" or "we" ordered, within 4 words
  /// of one sentence, with no "to" between ("I want to love the one I ordered" is no ask). At
  /// `neighbourAskMaxRating` stars or fewer, where the complaint is the request for a fix; at
  /// `complaintMaxRating` only a plain request, or any ask with a call to action elsewhere
  /// ("i really want the green one i chose. could someone swap it for me pls?").
  func askedForOrdered(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    let rating = review.review.rating
    guard rating <= complaintMaxRating else { return [] }
    // At 3 stars only a plain request ("would like ... sent out", "please send") or any ask
    // with a call to action elsewhere; "need" and "want" may be wishes.
    let weakAsk = rating > neighbourAskMaxRating && !a.has(.demand) && !a.has(.callToAction)
    typealias Words = ServiceEscalationDetector
    for ordered in a.hits(.orderedItem) where !isHypothetical(ordered, review) {
      let tokens = review.fields[ordered.field].tokens
      let start = ordered.tokens.lowerBound
      guard ordered.tokens.count >= 2, Words.orderers.contains(key: tokens[start].key) else {
        continue
      }
      var sawThe = false
      for k in stride(from: start - 1, through: max(0, start - 5), by: -1) {
        guard tokens[k].sentence == ordered.sentence, tokens[k].key != Words.to else { break }
        if tokens[k].key == Words.the { sawThe = true }
        // "would like the 10.5s i actually ordered", "I'd still really like the pair I
        // ordered" ("I like the one I ordered" is no ask).
        let wouldLike = wouldLike(k, tokens)
        let asks = weakAsk
          ? Words.requestVerbs.contains(key: tokens[k].key) : Words.askVerbs.contains(key: tokens[k].key)
        if sawThe && (asks || wouldLike) {
          let ask = CueHit(
            cue: .demand, field: ordered.field, tokens: k..<(k + 1),
            byteRange: tokens[k].byteRange, sentence: ordered.sentence)
          return [ask, ordered]
        }
      }
    }
    return []
  }

  /// "need the medium", "want a black one", "send the 10s", "I'd like the green sent out":
  /// an ask verb (with `plainOnly`, a request: "send", "swap", "would like"), an article, then
  /// a size or colour within the next 3 words; the ask verb as a demand hit.
  func asksForVariant(_ a: ContentAnalysis, _ review: PreparedReview, plainOnly: Bool = false)
    -> CueHit?
  {
    typealias Words = ServiceEscalationDetector
    for (f, field) in review.fields.enumerated() {
      let tokens = field.tokens
      for k in tokens.indices.dropLast()
      where ((plainOnly ? Words.requestVerbs : Words.askVerbs).contains(key: tokens[k].key)
        || wouldLike(k, tokens) || plainOnly && needsDone(k, tokens))
        && Words.articles.contains(key: tokens[k + 1].key)
        && tokens[k + 1].sentence == tokens[k].sentence
      {
        let ask = CueHit(
          cue: .demand, field: f, tokens: k..<(k + 1), byteRange: tokens[k].byteRange,
          sentence: tokens[k].sentence)
        let article = CueHit(
          cue: .demand, field: f, tokens: (k + 1)..<(k + 2), byteRange: tokens[k + 1].byteRange,
          sentence: tokens[k].sentence)
        if namesVariant(after: article, a, review, within: 3) { return ask }
      }
    }
    return nil
  }

  /// Token `k` is "like" after "would" or "I'd" in the 3 words before it ("would really
  /// like"; "I like the one I ordered" is no ask).
  func wouldLike(_ k: Int, _ tokens: [Token]) -> Bool {
    tokens[k].key == ServiceEscalationDetector.like
      && (max(0, k - 3)..<k).contains {
        ServiceEscalationDetector.wouldWords.contains(key: tokens[$0].key)
      }
  }

  /// "i need the 9s swapped in", "want the green one sent out": a wish verb made a request by
  /// a request verb's participle within the 4 words after its object's article.
  func needsDone(_ k: Int, _ tokens: [Token]) -> Bool {
    typealias Words = ServiceEscalationDetector
    guard Words.askVerbs.contains(key: tokens[k].key) else { return false }
    for j in (k + 2)..<min(tokens.count, k + 6) where tokens[j].sentence == tokens[k].sentence {
      if Words.requestsDone.contains(key: tokens[j].key) { return true }
    }
    return false
  }

  private static let requestsDone = WordSet([
    "swapped", "sent", "exchanged", "replaced", "shipped", "resent",
  ])
  private static let articles = WordSet(["the", "a", "an", "my"])
  private static let orderers = WordSet(["i", "we"])
  private static let wouldWords = WordSet(["would", "id", "wd"])
  private static let to = WordHash.key(ofWord: "to")
  private static let requests = ["send", "swap", "exchange", "ship", "resend"]
  private static let requestVerbs = WordSet(requests)
  /// Requests, and verbs that may also be wishes.
  private static let askVerbs = WordSet(requests + ["need", "want", "get"])
}

extension ServiceEscalationDetector {
  /// A wrong item someone else was sent, told in a satisfied review that asks for nothing
  /// ("My friend got sent the wrong color of this same hoodie last winter, so I checked ...
  /// correct color", u131): a friend or relative up to 3 words before it, in its sentence.
  /// Not when the review asks for a fix ("my wife received the wrong size, please send a
  /// medium") or rates below `satisfiedRating`.
  func isSomeoneElses(_ hit: CueHit, _ a: ContentAnalysis, _ review: PreparedReview) -> Bool {
    guard review.review.rating >= satisfiedRating, !a.has(.demand), !a.has(.callToAction),
      !a.has(.contactRequest)
    else { return false }
    return review.fields[hit.field].hasWord(Self.otherPeople, before: hit.tokens, within: 3)
  }

  static let otherPeople = WordSet(PeopleWords.family + PeopleWords.acquaintances)
}
