/// `pii.phone`: national and international phone numbers by the shape of their digit groups:
/// `+` and 8-15 digits; North American 3-3-4 (with optional 1 and parentheses); national
/// numbers starting with 0; three or more groups of 2+ digits totalling 9-12; shorter groups
/// only after a phone word ("call", "text", "cell"). Not model numbers ("Trail Runner 3"),
/// sizes ("38-30-40"), dates ("2026-11-19", "11/19/2026"), order numbers or prices. Also
/// numbers spelled in words (`SpelledDigits`).
struct PhoneDetector: Detector {
  let context: PhraseMatcher
  /// Street suffixes ("St", "Ave"): digits followed by a street name and one of them are a
  /// house number, not a phone ("17031 2202 Rissik St").
  let streetSuffixes: WordSet

  static let registration = DetectorRegistration(
    "pii_phone", summary: "phone numbers (national and international formats)"
  ) { params in
    PhoneDetector(
      context: try params.phrases("context", default: ["phone-context.txt"], matchesJoined: false),
      streetSuffixes: WordSet(
        try params.phraseEntries("street_suffixes", default: ["street-suffixes.txt"])))
  }

  private static let separators: [UInt8] = [0x20, 0x2D, 0x2E]

  func detect(_ review: PreparedReview, context _: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    for field in review.fields {
      var ranges = field.hasDigit ? numberRanges(in: field) : []
      let spelled = SpelledDigits.runs(in: field)
      if !spelled.isEmpty {
        ranges = (ranges + spelled).sorted { $0.lowerBound < $1.lowerBound }
      }
      for range in ranges { hits.append(DetectorHit(field: field, byteRange: range)) }
    }
    return hits
  }

  /// The phone numbers written in digits.
  private func numberRanges(in field: TextField) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    let b = field.bytes
    var contextEnds: [Int]?
    var i = 0
    while i < b.count {
      // Only a digit, or a "+" or "(" just before one, can start a number.
      let digit = b.firstDigit(from: i)
      guard digit < b.count else { break }
      i = digit > i && (b[digit - 1] == UInt8(ascii: "+") || b[digit - 1] == UInt8(ascii: "("))
        ? digit - 1 : digit
      let c = b[i]
      let opener = c == UInt8(ascii: "+") || c == UInt8(ascii: "(")
      guard ByteClass.isDigit(c) || (opener && i + 1 < b.count && ByteClass.isDigit(b[i + 1])),
        !NumberContext.glued(b, before: i)
      else {
        i += 1
        continue
      }
      guard let run = DigitGroups.read(b, at: i, separators: Self.separators, phoneSyntax: true)
      else {
        i += 1
        continue
      }
      defer { i = max(run.end, i + 1) }
      let end = extensionEnd(b, from: run.end)
      if NumberContext.glued(b, after: end) || isIPAddress(run, b) { continue }
      guard !NumberContext.isReference(field, at: i), !isHouseNumber(field, end: end) else {
        continue
      }
      if contextEnds == nil && run.digitCount >= 7 && run.groups.count >= 1 {
        contextEnds = self.context.matches(in: field).map { $0.byteRange.upperBound }
      }
      let hasContext = (contextEnds ?? []).contains { $0 <= i && i - $0 <= 24 }
      if !hasContext && isCode(field, start: i, end: end) { continue }
      if isPhone(run, b, hasContext: hasContext) { ranges.append(i..<end) }
    }
    return ranges
  }

  /// "2202 Rissik St", "2437 Main St Suite 442": one to three capitalised words and a street
  /// suffix right after the number, in its sentence.
  private func isHouseNumber(_ field: TextField, end: Int) -> Bool {
    guard let first = field.tokenIndex(startingAtOrAfter: end) else { return false }
    let tokens = field.tokens
    for k in first..<min(tokens.count, first + 4) {
      guard tokens[k].sentence == tokens[first].sentence else { return false }
      if k > first && streetSuffixes.contains(tokens[k]) { return true }
      guard tokens[k].has(.capitalized), !tokens[k].has(.hasDigit) else { return false }
    }
    return false
  }

  /// Part of a code, not a phone: right after a token of letters and digits ("1Z 84A 7W2 03
  /// 1245 6671", a parcel's tracking number), with a code word up to 8 words back in its
  /// sentence ("Style code printed inside the tongue is 402-118-0075"), or marked on the
  /// product: "printed", "stamped", "engraved" or "etched" right after the number, or a code
  /// word up to 10 words after it in its sentence ("0417-2231-88 printed on it, apparently
  /// that's the carbon batch code", u299).
  private func isCode(_ field: TextField, start: Int, end: Int) -> Bool {
    let tokens = field.tokens
    if let last = field.tokenIndex(endingAtOrBefore: start) {
      let before = tokens[last]
      if start - Int(before.end) <= 2 && before.has(.hasDigit) && before.has(.hasLetter) {
        return true
      }
      var k = last
      while k >= 0, k > last - 8, tokens[k].sentence == before.sentence {
        if Self.codeWords.contains(tokens[k]) { return true }
        k -= 1
      }
    }
    guard let first = field.tokenIndex(startingAtOrAfter: end),
      let last = field.tokenIndex(endingAtOrBefore: end)
    else { return false }
    let sentence = tokens[last].sentence
    if tokens[first].sentence == sentence && Self.markings.contains(tokens[first]) { return true }
    for k in first..<min(tokens.count, first + 10) where tokens[k].sentence == sentence {
      if Self.codeWords.contains(tokens[k]) { return true }
    }
    return false
  }

  static let codeWords = WordSet(["code", "sku", "serial", "tracking", "upc", "barcode"])

  private static let markings = WordSet(["printed", "stamped", "engraved", "etched"])

  /// Includes " x123" / " ext. 123" after the number.
  private func extensionEnd(_ b: [UInt8], from end: Int) -> Int {
    var p = end
    while p < b.count, b[p] == 0x20 { p += 1 }
    if p < b.count, b[p] == 0x2C || b[p] == 0x3B { return end }
    var q = p
    if q < b.count, b[q] | 0x20 == UInt8(ascii: "x") {
      q += 1
    } else if q + 2 < b.count, b[q] | 0x20 == UInt8(ascii: "e"),
      b[q + 1] | 0x20 == UInt8(ascii: "x"),
      b[q + 2] | 0x20 == UInt8(ascii: "t")
    {
      q += 3
      if q < b.count, b[q] == 0x2E { q += 1 }
      while q < b.count, b[q] == 0x20 { q += 1 }
    } else {
      return end
    }
    let digits = q
    while q < b.count, ByteClass.isDigit(b[q]) { q += 1 }
    return q > digits && q - digits <= 5 ? q : end
  }

  /// Four dot-separated groups of 1-3 digits, each <= 255.
  private func isIPAddress(_ run: DigitGroups, _ b: [UInt8]) -> Bool {
    guard run.groups.count == 4, run.separators.allSatisfy({ $0 == 0x2E }) else { return false }
    return run.groups.allSatisfy { group in
      group.count <= 3 && b[group].reduce(0) { $0 * 10 + Int($1) - 48 } <= 255
    }
  }

  private func isPhone(_ run: DigitGroups, _ b: [UInt8], hasContext: Bool) -> Bool {
    let lengths = run.lengths
    let digits = run.digitCount
    let uniform = Set(run.separators.filter { $0 != UInt8(ascii: "(") }).count <= 1
    if run.plus { return (8...15).contains(digits) }
    if lengths == [3, 2, 4] { return false }  // social security number shape
    let international =
      b[run.groups[0].lowerBound] == 0x30 && lengths[0] == 3
      && b[run.groups[0].lowerBound + 1] <= 0x31
    if international && lengths.count >= 3 && (10...15).contains(digits) && uniform { return true }
    // North American: 3-3-4, 1-3-3-4, (3) 3-4, or 10/11 digits after a phone word.
    if lengths == [3, 3, 4] || lengths == [1, 3, 3, 4] && b[run.groups[0].lowerBound] == 0x31 {
      return uniform || run.parenthesized
    }
    if lengths.count == 1 {
      return hasContext && (digits == 10 || digits == 11 && b[run.groups[0].lowerBound] == 0x31)
    }
    guard lengths.allSatisfy({ $0 >= 2 }) || run.parenthesized else {
      return hasContext && digits >= 7 && digits <= 12 && lengths.allSatisfy { $0 >= 2 }
    }
    // National numbers with a trunk 0 ("07700 063 966", "(08) 8747 6301", "01.84.17.61.18").
    if b[run.groups[0].lowerBound] == 0x30 && (9...12).contains(digits) && uniform {
      return true
    }
    if run.parenthesized && run.groups.count >= 3 && (8...12).contains(digits) { return true }
    if lengths.count >= 3 && (9...12).contains(digits) && uniform && lengths.max() ?? 0 >= 3 {
      return true
    }
    if lengths == [3, 4] && run.separators == [0x2D] { return true }
    return hasContext && (7...12).contains(digits) && uniform
  }
}
