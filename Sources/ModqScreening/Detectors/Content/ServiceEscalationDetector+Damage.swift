import ModqCore

/// Damage on arrival or first use (escalate.damaged) vs minor or resolved damage
/// (service.damage_minor): the arrival cue, and what is no damage report ("cracked up", "my car
/// broke down", "looks like it's ripped").
extension ServiceEscalationDetector {
  /// Damage with an arrival / first-use cue in the same or the next sentence (or "first
  /// time" someone did something in its own), and no wear-during-use cue in its sentence.
  func damageHits(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    var result: [CueHit] = []
    let damages = a.hits(.damageState)
    guard !damages.isEmpty else { return [] }
    // "it came back" is no arrival: taken out once, so the lookups below never step over a
    // run of them (a review repeating "it came back torn" would make that quadratic).
    let arrivals = a.hits(.damageArrival).filter {
      !isCameBack($0, review) && !isBoxLabel($0, review)
    }
    for damage in damages {
      // Every hit pairs a damage with an arrival cue elsewhere, or inside the damage phrase
      // itself ("dead on arrival"), or "first time" in its sentence: looked for first, as
      // most damage words in a queue have none.
      let arrival = arrivals[arrivals.indices(near: damage, window: 1)].first {
        !$0.tokens.overlaps(damage.tokens) || endsInside($0, damage)
      } ?? firstTime(in: damage, review)
      guard let first = arrival, !a.isNegated(damage, in: review),
        !isFigurative(damage, review, words: ServiceEscalationDetector.figurativeDamage, next: nil),
        !isLikeness(damage, review), !isBreakIdiom(damage, review),
        !isRippedOff(damage, review),
        !isFolding(damage, review), !isMoneyOff(damage, review),
        !isCompoundWord(damage, review),
        !isHypothetical(damage, review), !isToeBox(damage, review),
        !isOwnDoing(damage, review), !isPackaging(damage, review, a),
        !isSplitDelivery(damage, review),
        !isUserError(damage, review),
        !a.hits(.wearUse, near: damage).contains(where: { !isFewMiles($0, review) }),
        !isUsedBetween(first, damage, a)
      else { continue }
      // One span for "came damaged", not "damaged" inside it too.
      let holds = first.tokens.lowerBound <= damage.tokens.lowerBound
        && first.tokens.upperBound >= damage.tokens.upperBound
      result += holds ? [first] : [damage, first]
    }
    return result
  }

  /// "the zipper seam split the first time I pulled it up", "first time my wife wore it two
  /// buttons fell off": "first time" then someone doing something, in the damage's own
  /// sentence, is first use whatever the verb (the lists name the common ones), unless the
  /// verb is a knock ("the first time I hit a rock"). In the sentence before it is not:
  /// "Loved it the first time I saw it. The zipper broke after three seasons."
  func firstTime(in damage: CueHit, _ review: PreparedReview) -> CueHit? {
    let tokens = review.fields[damage.field].tokens
    var k = damage.tokens.lowerBound
    while k > 0 && tokens[k - 1].sentence == damage.sentence { k -= 1 }
    while k + 2 < tokens.count && tokens[k + 2].sentence == damage.sentence {
      if tokens[k].key == Self.first && tokens[k + 1].key == Self.time
        && Self.someone.contains(tokens[k + 2])
        && !(k + 3 < tokens.count && Self.knocks.contains(tokens[k + 3]))
      {
        return CueHit(
          cue: .damageArrival, field: damage.field, tokens: k..<(k + 3),
          byteRange: Int(tokens[k].start)..<Int(tokens[k + 2].end), sentence: damage.sentence)
      }
      k += 1
    }
    return nil
  }

  private static let first = WordHash.key(ofWord: "first")
  private static let time = WordHash.key(ofWord: "time")
  private static let someone = WordSet(["i", "we", "she", "he", "they", "my", "our", "his", "her"])
  /// "bent the first time I hit a rock": a knock the product took, not first use.
  private static let knocks = WordSet([
    "hit", "hits", "dropped", "drop", "stepped", "sat", "fell", "banged", "knocked", "slammed",
    "kicked", "smashed", "crashed", "whacked", "forced", "yanked", "overloaded",
  ])

  /// "the toe box crushed my pinky toe" (u95): the front of a shoe, not a parcel ("box
  /// crushed").
  private func isToeBox(_ damage: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[damage.field].tokens
    let start = damage.tokens.lowerBound
    return start > 0 && tokens[start].key == ServiceEscalationDetector.box
      && tokens[start - 1].key == ServiceEscalationDetector.toe
  }

  /// "I bent 2 in rocky ground, swapped for sturdier ones" (u150): damage the reviewer did,
  /// with "I" or "we" right before it (or one adverb between: "I accidentally cracked").
  private func isOwnDoing(_ damage: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[damage.field].tokens
    let start = damage.tokens.lowerBound
    guard start > 0, tokens[start - 1].sentence == damage.sentence else { return false }
    if Self.doers.contains(tokens[start - 1]) { return true }
    return start > 1 && tokens[start - 2].sentence == damage.sentence
      && Self.doers.contains(tokens[start - 2]) && Self.doingAdverbs.contains(tokens[start - 1])
  }

  /// "it wouldn't light... turns out I hadn't screwed the canister all the way down" (u160-48):
  /// a fault the customer found was their own, told in the damage's sentence or the next
  /// ("turns out I", "turned out I", "user error", "my fault", "I just hadn't pushed it on
  /// all the way"), or in the title over a damage in the body ("tip came loose, my fault",
  /// u310-38).
  private func isUserError(_ damage: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[damage.field]
    let tokens = field.tokens
    var k = damage.tokens.upperBound
    while k + 1 < tokens.count, tokens[k].sentence <= damage.sentence + 1 {
      // One lookup passes most words: only these open a confession.
      if Self.confessionOpeners.contains(tokens[k]),
        k + 2 < tokens.count && Self.turns.contains(tokens[k]) && tokens[k + 1].key == Self.out
          && Self.doers.contains(tokens[k + 2])
          || isOwnFault(at: k, tokens) || hadNotDone(at: k, field)
      {
        return true
      }
      k += 1
    }
    let title = review.title.tokens
    return damage.field != 0 && title.indices.dropLast().contains { isOwnFault(at: $0, title) }
  }

  /// "user error", "my fault", "my bad" at token `k`.
  private func isOwnFault(at k: Int, _ tokens: [Token]) -> Bool {
    tokens[k].key == Self.user && tokens[k + 1].key == Self.error
      || tokens[k].key == Self.my && Self.faults.contains(tokens[k + 1])
  }

  /// "I hadn't pushed it on all the way", "we just hadn't tightened it properly": the customer
  /// had not done something fully, told in one sentence.
  private func hadNotDone(at k: Int, _ field: TextField) -> Bool {
    let tokens = field.tokens
    guard Self.doers.contains(tokens[k]) else { return false }
    var j = k + 1
    if j < tokens.count && tokens[j].key == Self.just { j += 1 }
    guard j < tokens.count, tokens[j].sentence == tokens[k].sentence,
      Self.hadNot.contains(tokens[j])
    else { return false }
    return field.hasWord(Self.fully, after: j..<(j + 1), within: 8)
  }

  private static let my = WordHash.key(ofWord: "my")
  private static let just = WordHash.key(ofWord: "just")
  private static let faults = WordSet(["fault", "bad"])
  private static let hadNot = WordSet(["hadn't", "hadnt"])
  private static let fully = WordSet(["way", "properly", "fully", "enough", "right"])

  private static let turnWords = ["turns", "turned"]
  private static let doerWords = ["i", "we", "i've", "we've"]
  private static let turns = WordSet(turnWords)
  /// The words that open a confession: a turn, "user", "my", or a doer.
  private static let confessionOpeners = WordSet(turnWords + doerWords + ["user", "my"])
  private static let out = WordHash.key(ofWord: "out")
  private static let user = WordHash.key(ofWord: "user")
  private static let error = WordHash.key(ofWord: "error")
  private static let doers = WordSet(doerWords)
  private static let doingAdverbs = WordSet([
    "accidentally", "already", "also", "then", "somehow", "eventually", "finally",
  ])

  /// "the outer box was dented ... the bottle itself was in perfect shape", "It came in a
  /// bent envelope but the card worked fine" (u255): damage to the packaging, not to the
  /// product. A packaging word inside the damage ("box was crushed"), right after it ("a
  /// bent envelope"), or up to 6 words before it in its clause with no word of the product
  /// between ("one of the shoeboxes was torn", "The box had one corner totally caved in",
  /// u277; not "out of the box the zipper was broken" or "when I open the box one pole is
  /// broken", u44). The product's own damage told beside it still counts ("Box was crushed on
  /// one corner and the bottle has a tiny dent").
  private func isPackaging(
    _ damage: CueHit, _ review: PreparedReview, _ a: ContentAnalysis
  ) -> Bool {
    let field = review.fields[damage.field]
    let tokens = field.tokens
    // Inside the damage phrase, a parcel that was damaged ("box was crushed"), not where the
    // product was ("dead out of the box": "of" or "in" up to 2 words before the parcel).
    let isPlace = { (k: Int) in
      (max(0, k - 2)..<k).contains { Self.places.contains(tokens[$0]) }
    }
    // Before the damage, the box the product came out of: "out of the box", "open the box".
    let cameOutOf = { (k: Int) in
      isPlace(k) || (max(0, k - 2)..<k).contains { Self.openings.contains(tokens[$0]) }
    }
    if damage.tokens.contains(where: { Self.packaging.contains(tokens[$0]) && !isPlace($0) }) {
      return true
    }
    let after = damage.tokens.upperBound
    if after < tokens.count, tokens[after].sentence == damage.sentence,
      Self.packaging.contains(tokens[after])
    {
      return true
    }
    let cues = a.tokenCues[damage.field]
    var k = damage.tokens.lowerBound
    while k > 0, damage.tokens.lowerBound - k < 6, tokens[k - 1].sentence == damage.sentence,
      !field.breaksClause(before: k), !Self.clauseLinks.contains(tokens[k - 1])
    {
      k -= 1
      // "when I open the box one pole is broken" (u44): the box it came out of.
      if Self.packaging.contains(tokens[k]) { return !cameOutOf(k) }
      if cues[k] & Cue.productTalk.bit != 0 { return false }
    }
    // Further back in its sentence, across commas but not "and" or "but", when the product is
    // said to be fine after it ("The box looked like it had been dropped off the back of a
    // truck, one corner totally caved in. Was worried but the tent inside was perfect.",
    // u277-19): a word of the product between stops it, but for how the parcel looked.
    while k > 0, tokens[k - 1].sentence == damage.sentence,
      !Self.clauseLinks.contains(tokens[k - 1])
    {
      k -= 1
      if cues[k] & Cue.productTalk.bit != 0 && !Self.looks.contains(tokens[k]) { return false }
      if Self.packaging.contains(tokens[k]) {
        return !cameOutOf(k) && productFine(after: damage, field)
      }
    }
    return false
  }

  private static let looks = WordSet(["look", "looks", "looked", "looking"])

  /// True when `productFine` says the product was unharmed after `damage`: later in its
  /// sentence or in the two after, and not "otherwise" ("The tent itself was fine
  /// otherwise": something else was not).
  private func productFine(after damage: CueHit, _ field: TextField) -> Bool {
    productFine.matches(in: field).contains { fine in
      let start = fine.tokens.lowerBound
      let sentence = field.tokens[start].sentence
      return start >= damage.tokens.upperBound && sentence <= damage.sentence + 2
        && !field.hasWord(Self.otherwise, after: fine.tokens, within: 2)
    }
  }

  private static let otherwise = WordSet(["otherwise"])

  private static let places = WordSet(["of", "from", "in", "inside", "into"])
  private static let openings = WordSet(["open", "opened", "opening", "unpacked", "unboxed"])
  /// What a parcel comes in. Not "bag": a daypack is one.
  private static let packaging = WordSet([
    "box", "boxes", "shoebox", "shoeboxes", "envelope", "mailer", "package", "packaging",
    "parcel", "carton", "tape", "wrapping", "wrapper",
  ])

  private static let box = WordHash.key(ofWord: "box")
  private static let toe = WordHash.key(ofWord: "toe")

  /// "snapped the very first time I cinched it down, 2 miles into the trail" (u101): "miles"
  /// (or "km") after a number under 10 is how far into a first outing, not wear.
  private func isFewMiles(_ wear: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[wear.field].tokens
    let start = wear.tokens.lowerBound
    return wear.tokens.count == 1 && start > 0
      && ServiceEscalationDetector.distances.contains(tokens[start])
      && tokens[start - 1].has(.allDigits) && tokens[start - 1].normLength == 1
  }

  private static let distances = WordSet(["miles", "km", "kms", "kilometres", "kilometers"])

  /// True when the text says the damage leaves the product unusable (`unusable`): in a
  /// damage's sentence, after it, or up to three sentences later; not negated or hedged ("if
  /// I couldn't pitch it"). "one of the main poles was snapped in two ... so we couldn't
  /// pitch it" (u168-28) is no minor damage at 4 stars.
  func leavesUnusable(_ damage: [CueHit], _ a: ContentAnalysis, _ review: PreparedReview)
    -> Bool
  {
    for (f, field) in review.fields.enumerated() {
      // Per sentence, where its first damage ends (read once: a long review stays linear).
      var firstEnd: [Int32: Int] = [:]
      for d in damage where d.field == f {
        firstEnd[d.sentence] = min(
          firstEnd[d.sentence] ?? d.tokens.upperBound, d.tokens.upperBound)
      }
      if firstEnd.isEmpty { continue }
      for match in unusable.matches(in: field) {
        let sentence = field.tokens[match.tokens.lowerBound].sentence
        let hit = CueHit(
          cue: .damageState, field: f, tokens: match.tokens, byteRange: match.byteRange,
          sentence: sentence)
        let follows = (firstEnd[sentence].map { $0 <= hit.tokens.lowerBound } ?? false)
          || (1...3).contains { firstEnd[sentence - Int32($0)] != nil }
        if follows && !a.isNegated(hit, in: review) && !isHypothetical(hit, review) { return true }
      }
    }
    return false
  }

  /// True unless `minor` is a bare size word ("tiny", "slight", "slightly", "minor") that is
  /// not about the damage: it counts in the damage's own sentence, or opening the next one
  /// ("Arrived with a crack. Tiny, honestly."). "Packs tiny" or "folds down tiny" elsewhere
  /// says nothing of how bad the damage is ("still works" or "overall happy" count anywhere).
  func nearDamage(_ minor: CueHit, _ damage: [CueHit], _ review: PreparedReview) -> Bool {
    guard minor.tokens.count == 1,
      ServiceEscalationDetector.sizeWords.contains(review.fields[minor.field].tokens[
        minor.tokens.lowerBound])
    else { return true }
    let tokens = review.fields[minor.field].tokens
    let start = minor.tokens.lowerBound
    let opens = start < 2 || tokens[start - 2].sentence != minor.sentence
    return damage.contains {
      $0.field == minor.field
        && ($0.sentence == minor.sentence || opens && $0.sentence == minor.sentence - 1)
    }
  }

  static let sizeWords = WordSet(["tiny", "slight", "slightly", "minor"])

  /// "cracked up", "split between", "torn open"; what broke is the customer, not the
  /// product: "2 broken fingernails later", "broke a nail", "a broken heart".
  static let figurativeDamage = WordSet([
    "up", "between", "open", "nail", "nails", "fingernail", "fingernails", "heart",
  ])

  /// "Arrived on time and worked fine for 2 weeks, then ... it won't turn on": use over time
  /// told after the arrival and before the damage (in the damage's sentence or the one before
  /// it) makes it a fault after use, not damage on arrival.
  private func isUsedBetween(_ arrival: CueHit, _ damage: CueHit, _ a: ContentAnalysis) -> Bool {
    guard arrival.field == damage.field,
      arrival.tokens.upperBound <= damage.tokens.lowerBound
    else { return false }
    return a.hits(.wearUse, near: damage, window: 1).contains {
      $0.field == damage.field && $0.tokens.lowerBound >= arrival.tokens.upperBound
        && $0.tokens.upperBound <= damage.tokens.lowerBound
    }
  }

  /// "the order was split into 2 parcels", "split into three shipments": an order sent in
  /// parts, not a split in the product. The order word is the subject right before "was
  /// split" (or "split" alone), or a parcel word comes within 4 words after it.
  func isSplitDelivery(_ damage: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[damage.field].tokens
    let last = damage.tokens.upperBound - 1
    guard tokens[last].key == Self.splitWord else { return false }
    var k = damage.tokens.lowerBound - 1
    if k >= 0, Self.splitLinks.contains(tokens[k]), tokens[k].sentence == damage.sentence,
      damage.tokens.count == 1
    {
      k -= 1
    }
    if k >= 0, tokens[k].sentence == damage.sentence, Self.deliveries.contains(tokens[k]) {
      return true
    }
    var j = last + 1
    while j < tokens.count, j <= last + 4, tokens[j].sentence == damage.sentence {
      if Self.deliveries.contains(tokens[j]) { return true }
      j += 1
    }
    return false
  }

  static let splitWord = WordHash.key(ofWord: "split")
  static let splitLinks = WordSet(["was", "were", "is", "got", "been", "gets"])
  static let deliveries = WordSet([
    "order", "orders", "shipment", "shipments", "delivery", "deliveries", "parcel", "parcels",
    "package", "packages", "boxes",
  ])

  /// "my car broke down", "the boots broke in", "broke them in on two short walks" (but "a
  /// crack down the side", "broke in half" and "broke it in two" are damage).
  func isBreakIdiom(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[hit.field].tokens
    var next = hit.tokens.upperBound
    guard next < tokens.count,
      ServiceEscalationDetector.breakWords.contains(key: tokens[hit.tokens.upperBound - 1].key)
    else { return false }
    if tokens[next].key == ServiceEscalationDetector.down { return true }
    // What was worn in may stand between: "broke them in", "broke these in".
    if ServiceEscalationDetector.wornIn.contains(tokens[next]), next + 1 < tokens.count,
      tokens[next + 1].sentence == hit.sentence
    {
      next += 1
    }
    // "The boots broke in after two short walks": worn in, not broken ("broke in half",
    // "broke in transit" are).
    return tokens[next].key == ServiceEscalationDetector.inWord
      && (next + 1 == tokens.count || tokens[next + 1].sentence != tokens[next].sentence
        || !ServiceEscalationDetector.brokenInto.contains(tokens[next + 1]))
  }

  /// "still feel a bit ripped off" (u427-48), "got ripped off": cheated, not torn ("the strap
  /// ripped off" is damage). "ripped off" after a word of feeling or of being had.
  func isRippedOff(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[hit.field].tokens
    let start = hit.tokens.lowerBound
    let next = hit.tokens.upperBound
    guard hit.tokens.count == 1, tokens[start].key == Self.ripped, next < tokens.count,
      tokens[next].key == Self.off, start > 0
    else { return false }
    return Self.cheatedLeads.contains(tokens[start - 1])
  }

  static let ripped = WordHash.key(ofWord: "ripped")
  static let cheatedLeads = WordSet([
    "feel", "felt", "feeling", "got", "get", "getting", "been", "bit", "totally", "so",
    "completely", "being", "was", "were",
  ])

  /// Poles that "collapse small enough to strap to my daypack": folding, a feature.
  func isFolding(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[hit.field].tokens
    let next = hit.tokens.upperBound
    return next < tokens.count && tokens[next].sentence == hit.sentence
      && ServiceEscalationDetector.collapseWords.contains(tokens[next - 1])
      && ServiceEscalationDetector.foldingWays.contains(tokens[next])
  }

  /// "the scratch-off code", "a tear-resistant floor": a damage word that opens a hyphenated
  /// compound names a kind of thing, not damage (u320-21).
  func isCompoundWord(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    let tokens = field.tokens
    let next = hit.tokens.upperBound
    guard next < tokens.count, tokens[next].start == tokens[next - 1].end + 1,
      field.bytes[Int(tokens[next - 1].end)] == UInt8(ascii: "-")
    else { return false }
    return ServiceEscalationDetector.compoundEnds.contains(tokens[next])
  }

  static let compoundEnds = WordSet([
    "off", "resistant", "proof", "free", "tested", "able",
  ])

  static let collapseWords = WordSet(["collapse", "collapses", "collapsed", "collapsing"])
  static let foldingWays = WordSet([
    "small", "down", "to", "into", "easily", "nicely", "flat", "quickly", "fast", "smoothly",
  ])
  /// "the balance came off with no hassle", "$10 came off at checkout": what came off is
  /// money (a gift card's balance, a discount), not a part of the product.
  func isMoneyOff(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    return field.tokens[hit.tokens.upperBound - 1].key == ServiceEscalationDetector.off
      && field.hasWord(ServiceEscalationDetector.money, before: hit.tokens, within: 2)
  }

  static let off = WordHash.key(ofWord: "off")
  static let money = WordSet([
    "balance", "money", "amount", "discount", "credit", "charge", "dollars", "bucks",
  ])

  static let down = WordHash.key(ofWord: "down")
  static let inWord = WordHash.key(ofWord: "in")
  /// What "broke ... in" may name between its words.
  static let wornIn = WordSet(["them", "it", "these", "those", "em", "mine"])
  /// After "broke in": where it broke, not how it wore in.
  static let brokenInto = WordSet([
    "half", "two", "three", "pieces", "places", "transit", "shipping", "the", "my", "several",
    "multiple", "a", "one", "many",
  ])

  /// "dead on arrival", "came broken", "is DOA": the arrival and damage phrases end on the
  /// same word, one inside the other (but "box was crushed", in both lists, is the box, not
  /// an arrival of a crushed product).
  func endsInside(_ arrival: CueHit, _ damage: CueHit) -> Bool {
    arrival.field == damage.field && arrival.tokens.upperBound == damage.tokens.upperBound
      && arrival.tokens.lowerBound != damage.tokens.lowerBound
  }

  /// "it came back filthy from camp": a return from use, not an arrival.
  func isCameBack(_ arrival: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[arrival.field].tokens
    let next = arrival.tokens.upperBound
    return next < tokens.count && tokens[next].key == ServiceEscalationDetector.back
      && tokens[next - 1].key == ServiceEscalationDetector.came
  }

  /// "The box says long battery life, I got about three hours on high before it died"
  /// (u373-10): the box read as a label, not the parcel the product came in.
  func isBoxLabel(_ arrival: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[arrival.field].tokens
    let next = arrival.tokens.upperBound
    return next < tokens.count && tokens[next - 1].key == Self.box
      && tokens[next].sentence == arrival.sentence
      && ServiceEscalationDetector.labelVerbs.contains(tokens[next])
  }

  static let labelVerbs = WordSet([
    "says", "said", "claims", "claimed", "promises", "promised", "states", "stated", "reads",
    "lists", "listed",
  ])
  static let back = WordHash.key(ofWord: "back")
  static let came = WordHash.key(ofWord: "came")
  static let breakWords = WordSet(["broke", "broken", "breaks", "break"])

  /// "the thin material looks like it's ripped", "looked as if it was torn": a description
  /// of the look, not a report of damage (a likeness word within 3 words before, same
  /// sentence).
  func isLikeness(_ hit: CueHit, _ review: PreparedReview) -> Bool {
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

  static let lookWords = WordSet(["look", "looks", "looked", "looking", "feels"])
  static let like = WordHash.key(ofWord: "like")
  static let ifKey = WordHash.key(ofWord: "if")
  static let though = WordHash.key(ofWord: "though")
  static let asKey = WordHash.key(ofWord: "as")
}
