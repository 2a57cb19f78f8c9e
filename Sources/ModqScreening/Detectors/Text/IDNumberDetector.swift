/// `pii.id_number`: US social security numbers (3-2-4 digits with valid area/group/serial,
/// with or without context words), and passport / ID / driver's licence / tax numbers
/// (5+ digits, letters allowed) right after a context phrase ("passport number X12345678").
struct IDNumberDetector: Detector {
  let context: PhraseMatcher

  static let registration = DetectorRegistration(
    "pii_id_number", summary: "SSN, passport, ID, driver's licence and tax numbers"
  ) { params in
    IDNumberDetector(
      context: try params.phrases("context", default: ["id-context.txt"], matchesJoined: false))
  }

  func detect(_ review: PreparedReview, context _: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    for field in review.fields where field.hasDigit {
      var covered: [Range<Int>] = []
      ssns(field, into: &covered)
      for match in context.matches(in: field).prefix(DetectorHit.maxPerField) {
        if let range = documentNumber(after: match.tokens.upperBound, field),
          !covered.contains(where: { $0.overlaps(range) })
        {
          covered.append(range)
        }
      }
      hits += covered.map { DetectorHit(field: field, byteRange: $0) }
    }
    return hits
  }

  private func ssns(_ field: TextField, into covered: inout [Range<Int>]) {
    let b = field.bytes
    var i = 0
    while i < b.count {
      i = b.firstDigit(from: i)
      guard i < b.count else { break }
      guard !NumberContext.glued(b, before: i),
        let run = DigitGroups.read(b, at: i, separators: [0x2D, 0x20], phoneSyntax: false)
      else {
        i += 1
        continue
      }
      defer { i = max(run.end, i + 1) }
      guard run.lengths == [3, 2, 4], run.separators[0] == run.separators[1],
        !NumberContext.glued(b, after: run.end)
      else { continue }
      let d = run.digits(b).map { Int($0) - 48 }
      let area = d[0] * 100 + d[1] * 10 + d[2]
      let group = d[3] * 10 + d[4]
      let serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8]
      guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { continue }
      covered.append(i..<run.end)
      if covered.count == DetectorHit.maxPerField { return }
    }
  }

  /// The number within 8 words after a context phrase: one token with 5+ digits, or digit
  /// groups joined by dashes, spaces or dots ("2270-66-1551", a CPF "529.982.247-25",
  /// u355-18).
  private func documentNumber(after k: Int, _ field: TextField) -> Range<Int>? {
    let tokens = field.tokens
    var j = k
    var skipped = 0
    // Up to 8 words in the same sentence ("license number so here it is: D123-...", "drivers
    // license # so i still had it out, its W426-5511-9823-07", u320-23).
    while j < tokens.count, skipped < 8, !tokens[j].has(.hasDigit) {
      if tokens[j].sentence != tokens[k - 1].sentence { return nil }
      j += 1
      skipped += 1
    }
    guard j < tokens.count, tokens[j].has(.hasDigit) else { return nil }
    var end = j
    var digits = digitCount(tokens[j], field)
    while end + 1 < tokens.count, tokens[end + 1].has(.hasDigit),
      tokens[end + 1].start - tokens[end].end == 1,
      [0x2D, 0x20, 0x2E].contains(field.bytes[Int(tokens[end].end)])
    {
      end += 1
      digits += digitCount(tokens[end], field)
    }
    guard digits >= 5 else { return nil }
    return Int(tokens[j].start)..<Int(tokens[end].end)
  }

  private func digitCount(_ t: Token, _ field: TextField) -> Int {
    field.bytes[t.byteRange].reduce(0) { $0 + (ByteClass.isDigit($1) ? 1 : 0) }
  }
}
