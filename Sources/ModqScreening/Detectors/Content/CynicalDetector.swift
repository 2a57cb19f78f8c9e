import ModqCore

/// `unclear.cynical`: sarcasm whose literal words contradict the meaning. Fires on a
/// sarcasm marker ("thanks for nothing", "oh wonderful", "just what I needed", "another
/// jacket that ...") when the review also reports a failure, or on a sentence that opens
/// with a praise word and a comma and then reports a failure with no contrast word
/// ("Great, it broke in a day."), or with praise of how it performs ("Love how the
/// 'waterproof' jacket kept me soaked", `cynical-praise.txt`), or "Not." as a sentence of
/// its own, or clear praise beside an eye roll ("🙄", "🙃") at 2 stars or fewer; only at
/// `max_rating` stars or fewer (sarcasm is a complaint, and "Just great" over five stars is
/// praise), except for the markers of `cynical-any-rating.txt`, which praise never uses
/// ("thanks for nothing"): at 2 stars or fewer they need no failure word either.
struct CynicalDetector: Detector {
  let analyzer: ContentAnalyzer
  let maxRating: Int
  /// Sentence-opening praise a failure in the same sentence takes back ("love how").
  let praise: PhraseMatcher

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    maxRating = try params.int("max_rating", default: 3)
    praise = try params.phrases(
      "praise", default: ["cynical-praise.txt"], matchesJoined: false, stretch: false)
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let a = analyzer.analysis(of: review)
    guard review.review.rating <= maxRating else { return anyRating(a, review) }
    // "Love that for me /s": the writer's own sarcasm tag.
    if let tag = sarcasmTag(review) { return [tag] }
    if let rolled = praiseWithRolledEyes(a, review) { return [rolled] }
    let loneNots = loneNot(review)
    let failures = a.hits(.negativeEvent)
    if !failures.isEmpty, let taken = praiseTakenBack(a, review, failures) {
      return [ContentAnalysis.detectorHit(taken, in: review)]
    }
    guard a.has(.cynicalPhrase) || a.has(.cynicalOpener) || !loneNots.isEmpty else { return [] }
    let markers = a.hits(.cynicalPhrase).filter { !a.isNegated($0, in: review) } + loneNots
    // Two separate sarcasm markers need no failure word ("Oh fantastic, ... Just what I
    // always wanted").
    let separate = Set(markers.map { "\($0.field):\($0.sentence)" }).count >= 2
    guard let firstFailure = failures.first ?? (separate ? markers.first : nil) else {
      // At 2 stars or fewer a marker praise never uses is sarcasm on its own ("real top
      // notch insulation guys, thanks for nothing" over one star).
      let plain = review.review.rating <= 2
        ? a.hits(.cynicalAnyRating).filter { !a.isNegated($0, in: review) } : []
      return plain.isEmpty ? [] : [ContentAnalysis.detectorHit(plain, in: review)]
    }
    var found: [CueHit] = []
    for marker in markers { found += [marker, firstFailure] }
    if found.isEmpty {
      for opener in a.hits(.cynicalOpener) where opensSentenceWithComma(opener, review) {
        let later = failures.filter {
          $0.isNear(opener) && $0.tokens.lowerBound > opener.tokens.lowerBound
        }
        guard let failure = later.first,
          !a.hits(.contrast, near: opener).contains(where: {
            $0.tokens.lowerBound < failure.tokens.lowerBound
          })
        else { continue }
        found += [opener, failure]
      }
    }
    return found.isEmpty ? [] : [ContentAnalysis.detectorHit(found, in: review)]
  }

  /// "Love how the 'waterproof' jacket kept me soaked": praise opening a sentence, then a
  /// failure the text does not deny later in that sentence, with no contrast word between
  /// ("I love how light it is but it leaks" is a mixed review).
  private func praiseTakenBack(
    _ a: ContentAnalysis, _ review: PreparedReview, _ failures: [CueHit]
  ) -> [CueHit]? {
    for (f, field) in review.fields.enumerated() {
      for match in praise.matches(in: field) {
        let start = match.tokens.lowerBound
        let sentence = field.tokens[start].sentence
        guard start == 0 || field.tokens[start - 1].sentence != sentence else { continue }
        let opener = CueHit(
          cue: .cynicalOpener, field: f, tokens: match.tokens, byteRange: match.byteRange,
          sentence: sentence)
        guard let failure = failures.first(where: {
            $0.isNear(opener) && $0.tokens.lowerBound >= match.tokens.upperBound
              && !a.isNegated($0, in: review)
          }),
          !a.hits(.contrast, near: opener).contains(where: {
            $0.tokens.lowerBound < failure.tokens.lowerBound
          })
        else { continue }
        return [opener, failure]
      }
    }
    return nil
  }

  /// Above `max_rating`: only a marker no praise can mean ("thanks for nothing", "best money
  /// I ever wasted") with a failure that is not denied ("Great, it broke in a day. Thanks for
  /// nothing." with five stars).
  private func anyRating(_ a: ContentAnalysis, _ review: PreparedReview) -> [DetectorHit] {
    guard a.has(.cynicalAnyRating) else { return [] }
    let markers = a.hits(.cynicalAnyRating).filter { !a.isNegated($0, in: review) }
    guard !markers.isEmpty,
      let failure = a.hits(.negativeEvent).first(where: { !a.isNegated($0, in: review) })
    else { return [] }
    return [ContentAnalysis.detectorHit(markers + [failure], in: review)]
  }

  /// "Wow, amazing poles. They collapse a little more with every step ... 🙃", "Fantastic
  /// stove. ... Highly efficient 🙄" (u99): at 2 stars or fewer, an eye roll or an upside-down
  /// face beside clear praise (a word of valence 2 or more: not "bright orange") with no
  /// contrast word is the writer's sign that the praise is not meant. Not at 3 stars ("very
  /// warm ... the zipper snags ... 🙃" is a mixed review), nor beside "but" ("Love the colour
  /// but it ripped 🙄").
  private func praiseWithRolledEyes(
    _ a: ContentAnalysis, _ review: PreparedReview
  ) -> DetectorHit? {
    guard review.review.rating <= 2, !a.sentiment.hasContrast,
      let praise = a.sentiment.contributions.first(where: { $0.valence >= 2 })
    else { return nil }
    for field in review.fields where !field.isASCII {
      guard let i = rolledEyes(in: field) else { continue }
      let praised = praise.field == .title ? review.title : review.body
      return DetectorHit(
        spans: [praised.span(byteRange: praise.byteRange), field.span(byteRange: i..<(i + 4))],
        evidence: praised.string(byteRange: praise.byteRange) + " … "
          + field.string(byteRange: i..<(i + 4)))
    }
    return nil
  }

  /// Where U+1F643 (upside-down face) or U+1F644 (face with rolling eyes) starts: the bytes
  /// F0 9F 99 83 / 84, each lead byte found with `memchr`.
  private func rolledEyes(in field: TextField) -> Int? {
    field.bytes.withUnsafeBufferPointer { b in
      var from = 0
      while let i = b.index(ofByte: 0xF0, from: from) {
        if i + 3 < b.count, b[i + 1] == 0x9F, b[i + 2] == 0x99,
          b[i + 3] == 0x83 || b[i + 3] == 0x84
        {
          return i
        }
        from = i + 1
      }
      return nil
    }
  }

  /// " /s" at the end of a sentence or of the text, the tag that marks a line as sarcasm
  /// ("Love that for me /s."); not "w/s" or "3/s".
  private func sarcasmTag(_ review: PreparedReview) -> DetectorHit? {
    for field in review.fields {
      let b = field.bytes
      var i = 1
      while i + 1 < b.count {
        defer { i += 1 }
        guard b[i] == UInt8(ascii: "/"), b[i + 1] == UInt8(ascii: "s") || b[i + 1] == UInt8(ascii: "S"),
          b[i - 1] == 0x20
        else { continue }
        let after = i + 2 < b.count ? b[i + 2] : 0x20
        guard after == 0x20 || after == 0x0A || after == UInt8(ascii: ".")
          || after == UInt8(ascii: "!") || after == UInt8(ascii: ",")
        else { continue }
        return DetectorHit(field: field, byteRange: i..<(i + 2))
      }
    }
    return nil
  }

  /// "Really top notch quality. Not.": "not" as a sentence of its own, after another
  /// sentence that is not a question, takes the praise back.
  private func loneNot(_ review: PreparedReview) -> [CueHit] {
    var result: [CueHit] = []
    for (f, field) in review.fields.enumerated() {
      let tokens = field.tokens
      for i in tokens.indices.dropFirst() where tokens[i].key == CynicalDetector.not {
        let sentence = tokens[i].sentence
        guard tokens[i - 1].sentence != sentence,
          i + 1 == tokens.count || tokens[i + 1].sentence != sentence
        else { continue }
        // "Is it perfect? Not.": the answer to a question, not a take-back.
        if field.asksAfter(i - 1) { continue }
        result.append(CueHit(
          cue: .cynicalPhrase, field: f, tokens: i..<(i + 1), byteRange: tokens[i].byteRange,
          sentence: sentence))
      }
    }
    return result
  }

  private static let not = WordHash.key(ofWord: "not")

  /// "Great, ..." / "Oh great, ...": the word starts its sentence (after at most "oh",
  /// "well", "just") and a comma or dash follows it.
  private func opensSentenceWithComma(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    let i = hit.tokens.lowerBound
    guard hit.tokens.count == 1 else { return false }
    var j = i - 1
    while j >= 0 && field.tokens[j].sentence == hit.sentence {
      let word = field.normalizedString(of: field.tokens[j])
      guard ["oh", "well", "just", "so", "how", "really", "yeah", "wow"].contains(word)
      else { return false }
      j -= 1
    }
    let end = hit.byteRange.upperBound
    guard end < field.bytes.count else { return false }
    let next = field.bytes[end]
    return next == UInt8(ascii: ",") || next == UInt8(ascii: "-")
  }
}
