import ModqCore

/// The verdicts `consistency.rating_mismatch` reads a review's summing-up from: a phrase
/// ("highly recommend", "would not recommend", `praise_verdicts` / `complaint_verdicts`), or
/// a superlative followed within `superlative_window` words of its sentence by a phrase of
/// having owned the thing ("best bottle I have ever owned": `praise_superlatives` then
/// `praise_ever`; "worst shoes I've ever owned": `complaint_superlatives` then
/// `complaint_ever`), or a sentence that is nothing but a complaint (`complaint_alone`:
/// "Avoid."). A verdict after a negation ("not a waste of money"), inside someone
/// else's quoted words or asked ("a keeper? not even close") is no verdict. `hedges`
/// ("returned", "if", "than") keep a verdict of praise from being a low-rated review's last
/// word.
struct RatingVerdicts {
  /// One verdict found: its field (index in `PreparedReview.fields`) and bytes.
  struct Found {
    var field: Int
    var byteRange: Range<Int>
  }

  private struct Side {
    let phrases: PhraseMatcher
    let superlatives: PhraseMatcher
    let ever: PhraseMatcher
  }

  private let praise: Side
  private let complaint: Side
  /// Complaints that are a verdict only as a whole sentence ("Avoid.", "Hard pass."): inside
  /// one they are no verdict ("helps avoid blisters").
  private let complaintAlone: PhraseMatcher
  private let hedges: PhraseMatcher
  private let window: Int

  init(_ params: DetectorParameters) throws {
    func list(_ key: String, _ file: String) throws -> PhraseMatcher {
      try params.phrases(key, default: [file], matchesJoined: false, stretch: false)
    }
    praise = Side(
      phrases: try list("praise_verdicts", "rating-praise-verdicts.txt"),
      superlatives: try list("praise_superlatives", "rating-praise-superlatives.txt"),
      ever: try list("praise_ever", "rating-ever.txt"))
    complaint = Side(
      phrases: try list("complaint_verdicts", "rating-complaint-verdicts.txt"),
      superlatives: try list("complaint_superlatives", "rating-complaint-superlatives.txt"),
      ever: try list("complaint_ever", "rating-owned.txt"))
    complaintAlone = try list("complaint_alone", "rating-complaint-alone.txt")
    hedges = try list("hedges", "rating-hedges.txt")
    window = try params.int("superlative_window", default: 6)
    guard window >= 1 else { throw params.error("superlative_window", "expected at least 1") }
  }

  /// True when a hedge occurs in the title or the body, other than inside the verdict itself
  /// ("if you're on the fence, just get it" is no condition; "love it when" still is).
  func hedged(_ review: PreparedReview, besides verdict: Found) -> Bool {
    for (f, field) in review.fields.enumerated() {
      for match in hedges.matches(in: field)
      where f != verdict.field || match.byteRange.lowerBound < verdict.byteRange.lowerBound
        || match.byteRange.upperBound > verdict.byteRange.upperBound
      {
        return true
      }
    }
    return false
  }

  /// The first verdict of praise (or of complaint) in the review, if any.
  func verdict(praise wanted: Bool, in review: PreparedReview, _ a: ContentAnalysis) -> Found? {
    let side = wanted ? praise : complaint
    for (f, field) in review.fields.enumerated() {
      for match in side.phrases.matches(in: field)
      where isSaid(match.tokens.lowerBound, match.tokens.upperBound, f, review, a) {
        return Found(field: f, byteRange: match.byteRange)
      }
      if !wanted, let alone = complaintAlone.matches(in: field).first(where: {
        isWholeSentence($0.tokens, field)
      }) {
        return Found(field: f, byteRange: alone.byteRange)
      }
      let ever = side.ever.matches(in: field)
      guard !ever.isEmpty else { continue }
      for superlative in side.superlatives.matches(in: field) {
        let end = superlative.tokens.upperBound
        let sentence = field.tokens[superlative.tokens.lowerBound].sentence
        if let owned = ever.first(where: {
          $0.tokens.lowerBound >= end && $0.tokens.lowerBound <= end + window
            && field.tokens[$0.tokens.lowerBound].sentence == sentence
        }), isSaid(superlative.tokens.lowerBound, owned.tokens.upperBound, f, review, a) {
          return Found(
            field: f, byteRange: superlative.byteRange.lowerBound..<owned.byteRange.upperBound)
        }
      }
    }
    return nil
  }

  /// True when `tokens` are the whole of their sentence.
  private func isWholeSentence(_ tokens: Range<Int>, _ field: TextField) -> Bool {
    let all = field.tokens
    let sentence = all[tokens.lowerBound].sentence
    return (tokens.lowerBound == 0 || all[tokens.lowerBound - 1].sentence != sentence)
      && (tokens.upperBound == all.count || all[tokens.upperBound].sentence != sentence)
  }

  /// True when the verdict on tokens `start..<end` of field `f` is the writer's own: not after
  /// a negation in the two tokens before ("not a waste of money", "never regret buying"), not
  /// inside a quote of `SentimentScorer.quotedWords` words or more (someone else's words),
  /// and not asked ("a keeper? not even close").
  private func isSaid(
    _ start: Int, _ end: Int, _ f: Int, _ review: PreparedReview, _ a: ContentAnalysis
  ) -> Bool {
    !a.isNegated(start..<end, field: f, in: review)
      && !a.quotes[f].contains { $0.count >= SentimentScorer.quotedWords && $0.contains(start) }
      && !review.fields[f].asksAfter(end - 1)
  }
}
