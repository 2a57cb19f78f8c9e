import ModqCore

/// `consistency.wrong_product`: the review clearly talks about a different product category
/// than the product it was submitted for ("these boots fit great" under a tent). Fires when
/// the text has no cue of the product's own category (nor a word of its name) and at least
/// `min_other_cues` cues of one other category (a cue that opens a sentence after "these" /
/// "this" counts two); cues after "with" ("wore it with boots") are
/// accessories, not the subject, and so are cues of a `payment_categories` category in a
/// sentence that spends it ("a gift card for my birthday and this is what I picked"). Products
/// whose category has no cue list never fire.
struct WrongProductDetector: Detector {
  let cues: CategoryCues
  let minOtherCues: Int
  /// Categories a product can be paid with (indices into `cues.names`).
  let paymentCategories: Set<Int>

  init(_ params: DetectorParameters) throws {
    cues = try CategoryCues(listsDirectory: params.listsDirectory)
    minOtherCues = try params.int("min_other_cues", default: 2)
    var payment: Set<Int> = []
    for name in try params.strings("payment_categories", default: ["gift cards"]) {
      guard let index = cues.index(of: name) else {
        throw params.error("payment_categories", "no cue list for category '\(name)'")
      }
      payment.insert(index)
    }
    paymentCategories = payment
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let product = review.review.product
    guard let own = cues.index(of: product.category) else { return [] }
    var counts = [Int](repeating: 0, count: cues.names.count)
    var evidence: [[(TextField, CategoryCues.Hit)]] = Array(repeating: [], count: cues.names.count)
    for field in review.fields {
      var lastEnd = -1
      for hit in cues.hits(in: field) {
        // "Clips right onto my hat" under the socks: what the product is fixed to.
        if isFixedOnto(hit, in: field) || isPageName(hit.tokens.upperBound - 1, in: field) {
          continue
        }
        if hit.category == own { return [] }
        if isWithOrIn(hit, in: field) || paidWith(hit, in: field) { continue }
        // "water bottle" and "bottle" on the same words count once.
        if hit.tokens.lowerBound < lastEnd { continue }
        lastEnd = hit.tokens.upperBound
        // "These hiking socks are so soft": the sentence's subject counts as two cues.
        counts[hit.category] += isSubject(hit, in: field) ? 2 : 1
        evidence[hit.category].append((field, hit))
      }
    }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }),
      counts[best] >= minOtherCues
    else { return [] }
    let nameKeys = ProductWords.keys(of: [product.name ?? ""])
    for field in review.fields {
      let named = field.tokens.indices.contains {
        nameKeys.contains(field.tokens[$0].key) && !isPageName($0, in: field)
      }
      if named { return [] }
    }
    let found = evidence[best]
    return [DetectorHit(
      spans: found.map { $0.0.span(byteRange: $0.1.byteRange) },
      evidence: "about \(cues.names[best]), submitted for \(product.category ?? "?"): "
        + found.map { $0.0.string(byteRange: $0.1.byteRange) }.joined(separator: ", "))]
  }

  /// "with boots", "with boots and socks": a cue within three words after "with" / "plus";
  /// and what the product goes in, after "in" or "into" ("fine in my running shoes but not
  /// enough in boots" under the socks, u90), or on, after "of my" ("the side pocket of my
  /// daypack").
  private func isWithOrIn(_ hit: CategoryCues.Hit, in field: TextField) -> Bool {
    let start = hit.tokens.lowerBound
    // Within the cue's sentence: "... with cold fingers. Batteries lasted" is no accessory.
    for k in 1...4 where start - k >= 0 {
      guard field.tokens[start - k].sentence == field.tokens[start].sentence else { break }
      let word = field.tokens[start - k].key
      let owned = WrongProductDetector.owners.contains(field.tokens[start - k + 1])
      // "of my RidgeLine 30L daypack": four words back for an owner's gear only.
      if k == 4 && !owned { break }
      if word == WrongProductDetector.with || word == WrongProductDetector.plus { return true }
      // "done in ~3 min while we pitched tents" (u150): what else went on at the time.
      if word == WrongProductDetector.whileWord && k >= 2
        && WrongProductDetector.pronouns.contains(field.tokens[start - k + 1])
      {
        return true
      }
      // "in boots", "in my running shoes"; not "in the vestibule" (a tent told of). "into
      // my pack", and "the side pocket of my daypack" (u310-15) with an owner word only ("a
      // pair of boots" is the boots told of).
      if (word == WrongProductDetector.inWord || word == WrongProductDetector.into)
        && (k == 1 || owned) || word == WrongProductDetector.of && owned
      {
        return true
      }
    }
    return false
  }

  /// "Not sure why this ended up on the trekking pole page" (u319-23): a word that names the
  /// page the review was posted on, one or two words before "page" or "listing", tells of
  /// the shop's page, not of the product reviewed.
  private func isPageName(_ k: Int, in field: TextField) -> Bool {
    field.hasWord(WrongProductDetector.pages, after: k..<(k + 1), within: 2)
  }

  private static let pages = WordSet(["page", "listing", "section"])

  /// "onto my hat", "onto the straps": a cue right after "onto", or after "onto" and an owner
  /// word, in its sentence.
  private func isFixedOnto(_ hit: CategoryCues.Hit, in field: TextField) -> Bool {
    let start = hit.tokens.lowerBound
    let tokens = field.tokens
    for k in 1...2 where start - k >= 0 && tokens[start - k].sentence == tokens[start].sentence {
      if tokens[start - k].key == WrongProductDetector.onto {
        return k == 1 || WrongProductDetector.owners.contains(tokens[start - 1])
          || WrongProductDetector.articles.contains(tokens[start - 1])
      }
    }
    return false
  }

  /// A gift card the product was paid with: a cue of a payment category in a sentence with a
  /// spending word ("My sister sent me a Northpeak gift card for my birthday and this is what I
  /// picked", "gift card well spent").
  private func paidWith(_ hit: CategoryCues.Hit, in field: TextField) -> Bool {
    guard paymentCategories.contains(hit.category) else { return false }
    let sentence = field.tokens[hit.tokens.lowerBound].sentence
    var k = hit.tokens.lowerBound
    while k > 0 && field.tokens[k - 1].sentence == sentence { k -= 1 }
    while k < field.tokens.count && field.tokens[k].sentence == sentence {
      if WrongProductDetector.spending.contains(field.tokens[k]) { return true }
      k += 1
    }
    return false
  }

  private static let spending = WordSet([
    "spent", "spend", "picked", "bought", "used", "chose", "toward", "towards", "paid",
  ])

  /// The cue opens its sentence after "these" / "this", with at most one word between
  /// ("These socks ...", "This merino beanie ...").
  private func isSubject(_ hit: CategoryCues.Hit, in field: TextField) -> Bool {
    let start = hit.tokens.lowerBound
    for k in 1...2 where start - k >= 0 {
      let token = field.tokens[start - k]
      guard WrongProductDetector.demonstratives.contains(key: token.key) else { continue }
      let opens = start - k == 0 || field.tokens[start - k - 1].sentence != token.sentence
      return opens && field.tokens[start - 1].sentence == token.sentence
    }
    return false
  }

  private static let demonstratives = WordSet(["these", "this"])
  private static let inWord = WordHash.key(ofWord: "in")
  private static let onto = WordHash.key(ofWord: "onto")
  private static let into = WordHash.key(ofWord: "into")
  private static let of = WordHash.key(ofWord: "of")
  private static let articles = WordSet(["a", "the"])
  private static let owners = WordSet(["my", "our", "his", "her", "your", "their"])
  private static let with = WordHash.key(ofWord: "with")
  private static let whileWord = WordHash.key(ofWord: "while")
  private static let pronouns = WordSet(["i", "we", "they", "you", "he", "she"])
  private static let plus = WordHash.key(ofWord: "plus")
}
