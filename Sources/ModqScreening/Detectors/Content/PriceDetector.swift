import ModqCore

/// Pricing (002): `price.actual` fires on an amount of money ("$24.99", "paid 30 euros",
/// "only 45 bucks", "€30"); a discount amount ("$5 off", "save $10", "a $10 coupon") is
/// generic price talk, not an actual price, and an amount that is part of the product's
/// name ("Gift Card $50") is not a price paid, nor are sayings ("felt like $1,000,000",
/// "my $0.02"), a tailor's price ("15 dollars in alterations") or a symbol between digits
/// ("5$2"). `price.generic_only` fires when the review
/// is only generic price talk ("Great price!", "50% off, bargain") with nothing else.
struct PriceDetector: Detector {
  enum Kind: String, CaseIterable, Sendable {
    case actual = "price.actual"
    case genericOnly = "price.generic_only"
  }

  let analyzer: ContentAnalyzer
  let kind: Kind
  /// Other things a price may be of ("$6 lattes"): `price-other-things.txt`.
  let otherThings: PhraseMatcher

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    kind = try params.kind(Kind.self, family: "price")
    otherThings = try params.phrases(
      "other_things", default: ["price-other-things.txt"], matchesJoined: false)
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let a = analyzer.analysis(of: review)
    switch kind {
    case .actual: return actual(review, a)
    case .genericOnly: return genericOnly(review, a)
    }
  }

  private func actual(_ review: PreparedReview, _ a: ContentAnalysis) -> [DetectorHit] {
    var amounts: [(field: Int, bytes: Range<Int>, number: Int)] = []
    for (f, field) in review.fields.enumerated() {
      for found in MoneyScanner.symbolAmounts(in: field) {
        amounts.append((f, found.bytes, found.numberToken))
      }
      for hit in a.hits(.currencyWord) where hit.field == f {
        let before = hit.tokens.lowerBound - 1
        let after = hit.tokens.upperBound
        if before >= 0, field.tokens[before].has(.allDigits),
          field.tokens[before].sentence == hit.sentence
        {
          let start = MoneyScanner.amountStart(field, token: before)
          amounts.append((f, Int(field.tokens[start].start)..<hit.byteRange.upperBound, before))
        } else if after < field.tokens.count, field.tokens[after].has(.allDigits) {
          amounts.append((f, hit.byteRange.lowerBound..<Int(field.tokens[after].end), after))
        } else if let start = spelledAmountStart(field, before: hit) {
          amounts.append((f, Int(field.tokens[start].start)..<hit.byteRange.upperBound, start))
        }
      }
    }
    for (f, field) in review.fields.enumerated() {
      // "paid 39.99 dollars" is found by its currency word already (indexed once: a long
      // review of prices stays linear).
      let paid = paidDecimals(field)
      if paid.isEmpty { continue }
      let found = OverlapIndex(amounts.lazy.filter { $0.field == f }.map(\.bytes))
      for number in paid {
        let end = MoneyScanner.numberEnd(field, from: number)
        let bytes = Int(field.tokens[number].start)..<Int(field.tokens[end].end)
        if !found.overlapsAny(bytes) { amounts.append((f, bytes, number)) }
      }
    }
    guard !amounts.isEmpty else { return [] }
    let productKeys = ProductWords.keys(of: [review.review.product.name ?? ""])
    // Where the other things start, per field: read once (amounts are few).
    let otherStarts = review.fields.map { field in
      Set(otherThings.matches(in: field).lazy.filter { !$0.isJoined }.map(\.tokens.lowerBound))
    }
    var spans: [Span] = []
    var texts: [String] = []
    for amount in amounts where spans.count < DetectorHit.maxPerField {
      let field = review.fields[amount.field]
      let masks = a.tokenCues[amount.field]
      if productKeys.contains(field.tokens[amount.number].key) { continue }
      if MoneyScanner.isDiscount(field, masks: masks, number: amount.number) { continue }
      if isIdiom(field, amount.bytes, number: amount.number) { continue }
      if isAlterationCost(field, number: amount.number) { continue }
      if isOtherThing(field, masks: masks, after: amount.bytes, otherStarts[amount.field]) {
        continue
      }
      spans.append(field.span(byteRange: amount.bytes))
      texts.append(field.string(byteRange: amount.bytes))
    }
    return spans.isEmpty ? [] : [DetectorHit(spans: spans, evidence: texts.joined(separator: ", "))]
  }

  /// "clutching their $6 lattes", "charged $5 for a bag of chips" (u83): one of the other
  /// things right after the amount (or after a rate: "$6 a day on iced coffee", u108), or
  /// after "for" within 4 words, in its sentence and before any word about the product
  /// ("$189 for the jacket and a coffee" and "Paid $34.99 and it keeps coffee hot" stay
  /// prices).
  private func isOtherThing(
    _ field: TextField, masks: [UInt64], after bytes: Range<Int>, _ starts: Set<Int>
  ) -> Bool {
    guard !starts.isEmpty else { return false }
    let tokens = field.tokens
    guard let first = tokens.firstIndex(where: { Int($0.start) >= bytes.upperBound }) else {
      return false
    }
    // "$6 a day on iced coffee" (u108): a rate or a preposition may stand between.
    var k = first
    while k < tokens.count, k < first + 4, tokens[k].sentence == tokens[first].sentence,
      !starts.contains(k), PriceDetector.rateWords.contains(tokens[k])
    {
      k += 1
    }
    if k < tokens.count, tokens[k].sentence == tokens[first].sentence, starts.contains(k) {
      return true
    }
    guard tokens[first].key == PriceDetector.forWord else { return false }
    let sentence = tokens[first].sentence
    for k in (first + 1)..<min(tokens.count, first + 5) where tokens[k].sentence == sentence {
      if starts.contains(k) { return true }
      if masks[k] & Cue.productTalk.bit != 0 { return false }
    }
    return false
  }

  private static let forWord = WordHash.key(ofWord: "for")
  private static let rateWords = WordSet([
    "a", "an", "day", "per", "each", "week", "month", "on", "at",
  ])

  /// "paid 39.99 for these", "spent 129.95", "Costs 39.95", "Got it for 39.95 on black
  /// friday": an amount with cents right after "paid", "spent" or "costs", or after "for"
  /// with a word of buying up to 3 words before it ("bought them for", "picked one up for"),
  /// is a price even with no currency named (the first token of each such number).
  private func paidDecimals(_ field: TextField) -> [Int] {
    let tokens = field.tokens
    var result: [Int] = []
    for k in tokens.indices.dropLast()
    where PriceDetector.amountVerbs.contains(tokens[k])
      || (tokens[k].key == PriceDetector.forWord
        && field.hasWord(PriceDetector.buyingWords, before: k..<(k + 1), within: 3))
    {
      let number = k + 1
      guard tokens[number].has(.allDigits), tokens[number].sentence == tokens[k].sentence else {
        continue
      }
      let end = MoneyScanner.numberEnd(field, from: number)
      guard end > number, field.bytes[Int(tokens[end - 1].end)] == UInt8(ascii: "."),
        tokens[end].end - tokens[end].start == 2
      else { continue }
      result.append(number)
    }
    return result
  }

  /// "the twenty-two dollars I paid", "forty five quid": the first of the number words right
  /// before a currency word (within 5 words of it, "and" allowed between them: "two hundred
  /// and fifty dollars"), in its sentence. Left out: cents ("my two cents"), "one" alone ("not
  /// worth one dollar"), "million" ("looks like a million bucks") and amounts opening on
  /// "hundred" or "thousand" ("under a hundred bucks", "several hundred dollars").
  private func spelledAmountStart(_ field: TextField, before hit: CueHit) -> Int? {
    let tokens = field.tokens
    let currency = hit.tokens.lowerBound
    guard !PriceDetector.small.contains(tokens[currency]) else { return nil }
    var start: Int?
    var k = currency - 1
    while k >= 0, currency - k <= 5, tokens[k].sentence == hit.sentence {
      if PriceDetector.numberWords.contains(tokens[k]) {
        start = k
      } else if tokens[k].key != PriceDetector.and || start == nil {
        break
      }
      k -= 1
    }
    guard let start, !PriceDetector.scales.contains(tokens[start]),
      !(start == currency - 1 && tokens[start].key == PriceDetector.one)
    else { return nil }
    return start
  }

  /// "my two cents" is a saying.
  private static let small = WordSet(["cents", "cent", "pence", "penny", "pennies"])
  /// "a hundred bucks", "several hundred dollars": a round guess, not the price paid.
  private static let scales = WordSet(["hundred", "thousand"])

  private static let numberWords = WordSet([
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand",
  ])
  private static let and = WordHash.key(ofWord: "and")
  private static let one = WordHash.key(ofWord: "one")

  /// "felt like $1,000,000", "my $0.02", "my 2 cents": sayings, not prices.
  private func isIdiom(_ field: TextField, _ bytes: Range<Int>, number: Int) -> Bool {
    let before = number - 1
    guard before >= 0, field.tokens[before].sentence == field.tokens[number].sentence else {
      return false
    }
    let word = field.tokens[before].key
    if word == PriceDetector.my {
      // "my $0.02", "wanted to add my 2 cents" (u79).
      let text = field.string(byteRange: bytes)
      return text.hasSuffix("0.02") || text.hasPrefix("2 cent")
    }
    return word == PriceDetector.like && before >= 1
      && PriceDetector.feelWords.contains(key: field.tokens[before - 1].key)
  }

  /// "15 dollars in alterations", "tailoring would have cost $60", "$30 more to get them
  /// altered": the tailor's price, not the product's (an alteration word within 5 words
  /// after or 4 before, same sentence), unless "paid" / "spent" comes right before the
  /// amount ("paid $88 and then had it tailored").
  private func isAlterationCost(_ field: TextField, number: Int) -> Bool {
    if field.hasWord(PriceDetector.paidWords, before: number..<(number + 1), within: 2) {
      return false
    }
    let tokens = field.tokens
    let sentence = tokens[number].sentence
    let low = max(0, number - 4)
    let high = min(tokens.count - 1, MoneyScanner.numberEnd(field, from: number) + 5)
    for k in low...high where tokens[k].sentence == sentence {
      if PriceDetector.alterationWords.contains(key: tokens[k].key) { return true }
    }
    return false
  }

  private static let paidWordList = ["paid", "spent", "spend"]
  private static let paidWords = WordSet(paidWordList)
  /// `paidWords`, and the price asked ("Costs 39.95 and works great"), right before an amount.
  private static let amountVerbs = WordSet(paidWordList + ["costs", "cost", "retails"])
  private static let buyingWords = WordSet([
    "got", "bought", "buy", "grabbed", "snagged", "scored", "picked", "purchased", "ordered",
  ])
  private static let alterationWords = WordSet([
    "altered", "alteration", "alterations", "tailor", "tailored", "tailoring", "hemmed",
    "hemming", "seamstress",
  ])
  private static let my = WordHash.key(ofWord: "my")
  private static let like = WordHash.key(ofWord: "like")
  private static let feelWords = WordSet(["feel", "feels", "felt", "feeling"])

  private func genericOnly(_ review: PreparedReview, _ a: ContentAnalysis) -> [DetectorHit] {
    guard a.has(.priceGeneric) else { return [] }
    let allowed = Cue.priceGeneric.bit | Cue.priceDiscount.bit | Cue.currencyWord.bit
      | Cue.stopword.bit | Cue.filler.bit | Cue.booster.bit
    for (f, field) in review.fields.enumerated() {
      for (i, token) in field.tokens.enumerated() where !token.has(.allDigits) {
        if a.tokenCues[f][i] & allowed == 0 { return [] }
      }
    }
    return [ContentAnalysis.detectorHit(a.hits(.priceGeneric), in: review)]
  }
}
