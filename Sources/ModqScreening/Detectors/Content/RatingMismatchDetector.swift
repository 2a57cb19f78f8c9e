import ModqCore

/// `consistency.rating_mismatch`: a MAJOR difference between stars and text. Fires only when
/// the text is clearly and uniformly one polarity: clearly positive text (no negative word,
/// no contrast, no hedge such as "wanted to love" or "returned it") with 1-2 stars, or
/// clearly negative text (no positive word, no contrast) with 4-5 stars. Mixed reviews
/// ("love the color but it runs small") never fire. A review of at most `short_text_words`
/// words that is one strong opinion ("Love it!!" or "junk" and nothing else) is as clear
/// with a single sentiment word, when its sum reaches `short_positive_sum` /
/// `short_negative_sum` (but not "Great." alone at 2 stars, which may be sarcasm). A rating
/// written as five star glyphs ("★☆☆☆☆", `WrittenStars`) that is 1-2 against 4-5 stars, or
/// 4-5 against 1-2, fires too. A text that tells of its rating being changed ("Originally gave
/// this 2 stars ... Changing to 5", `revisions`) is not read against its stars.
struct RatingMismatchDetector: Detector {
  let analyzer: ContentAnalyzer
  let revisions: PhraseMatcher
  let positiveThreshold: Float
  let negativeThreshold: Float
  let minWords: Int
  let shortWords: Int
  let shortPositiveSum: Float
  let shortNegativeSum: Float

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    revisions = try params.phrases(
      "revisions", default: ["rating-revisions.txt"], matchesJoined: false)
    positiveThreshold = Float(try params.double("positive_compound", default: 0.75))
    negativeThreshold = Float(try params.double("negative_compound", default: -0.75))
    minWords = try params.int("min_sentiment_words", default: 2)
    shortWords = try params.int("short_text_words", default: 4)
    shortPositiveSum = Float(try params.double("short_positive_sum", default: 2.4))
    shortNegativeSum = Float(try params.double("short_negative_sum", default: -2.0))
    guard shortPositiveSum > 0, shortNegativeSum < 0 else {
      throw params.error(
        shortPositiveSum > 0 ? "short_negative_sum" : "short_positive_sum",
        "expected a positive short_positive_sum and a negative short_negative_sum")
    }
    guard positiveThreshold > 0, positiveThreshold < 1 else {
      throw params.error("positive_compound", "expected a number between 0 and 1")
    }
    guard negativeThreshold < 0, negativeThreshold > -1 else {
      throw params.error("negative_compound", "expected a number between -1 and 0")
    }
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let rating = review.review.rating
    guard rating <= 2 || rating >= 4 else { return [] }
    let stars = rating == 1 ? "1 star" : "\(rating) stars"
    if let written = WrittenStars.last(in: review.fields),
      written.filled <= 2 && rating >= 4 || written.filled >= 4 && rating <= 2
    {
      return [DetectorHit(
        field: written.field, byteRange: written.bytes,
        evidence: "a written rating of \(written.filled)/5 with \(stars): "
          + written.field.string(byteRange: written.bytes))]
    }
    guard let found = sentimentMismatch(review, rating: rating, stars: stars),
      !review.fields.contains(where: { revisions.occurs(in: $0) })
    else { return [] }
    return [found]
  }

  /// The hit when the text's sentiment is clearly against the stars.
  private func sentimentMismatch(_ review: PreparedReview, rating: Int, stars: String)
    -> DetectorHit?
  {
    let analysis = analyzer.analysis(of: review)
    let score = analysis.sentiment
    let compound = score.compound
    let short = isShort(review)
    if rating <= 2, score.negatives == 0, !score.hasContrast, !score.hasMixedCue,
      compound >= positiveThreshold && score.positives >= minWords
        || short && score.positives >= 1 && score.sum >= shortPositiveSum
          && !praisesOnlyAsSarcasmDoes(score, analysis)
    {
      return hit(score, positive: true, review: review,
        summary: "clearly positive text (sentiment \(format(compound))) with \(stars)")
    }
    if rating >= 4, !score.hasContrast {
      // A short title ("Fantastic") does not soften a clearly negative body.
      let body = review.title.tokens.count <= 3
        ? score.contributions.filter { $0.field == .body } : score.contributions
      let sum = body.reduce(Float(0)) { $0 + $1.valence }
      let bodyCompound = sum / (sum * sum + 15).squareRoot()
      let strong = body.filter({ $0.valence <= -0.5 }).count
      if !body.contains(where: { $0.valence >= 0.5 }),
        bodyCompound <= negativeThreshold && strong >= minWords
          || short && strong >= 1 && sum <= shortNegativeSum
      {
        return hit(score, positive: false, review: review,
          summary: "clearly negative text (sentiment \(format(bodyCompound))) with \(stars)")
      }
    }
    return nil
  }

  /// At most `shortWords` words in title and body together ("Love it!!", "total junk").
  private func isShort(_ review: PreparedReview) -> Bool {
    var words = 0
    for field in review.fields {
      for token in field.tokens where token.has(.hasLetter) {
        words += 1
        if words > shortWords { return false }
      }
    }
    return true
  }

  /// "Great." alone at 2 stars may be sarcasm ("Great. Just great."): a short text whose only
  /// praise is a word sarcasm opens with (`cynical-openers.txt`) is no clear opinion.
  private func praisesOnlyAsSarcasmDoes(_ score: SentimentScore, _ a: ContentAnalysis) -> Bool {
    let openers = a.hits(.cynicalOpener)
    return score.contributions.allSatisfy { praise in
      praise.valence < 0.5
        || openers.contains {
          ($0.field == 0) == (praise.field == .title) && $0.byteRange == praise.byteRange
        }
    }
  }

  private func hit(
    _ score: SentimentScore, positive: Bool, review: PreparedReview, summary: String
  ) -> DetectorHit {
    var spans: [Span] = []
    var words: [String] = []
    for contribution in score.strongest(positive: positive) {
      let field = contribution.field == .title ? review.title : review.body
      spans.append(field.span(byteRange: contribution.byteRange))
      words.append(field.string(byteRange: contribution.byteRange))
    }
    return DetectorHit(spans: spans, evidence: "\(summary): \(words.joined(separator: ", "))")
  }

  private func format(_ value: Float) -> String {
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : "+"
    let magnitude = abs(hundredths)
    return "\(sign)\(magnitude / 100).\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)"
  }
}
