import ModqCore

/// Stars the text itself disowns: a slip ("hit 1 star by accident, meant 5") or a reason not
/// about the product ("5 stars bc im nice but honestly the zippers snag constantly").
extension RatingMismatchDetector {
  /// A slip (`slips`) near a word of the rating, and outside the slip's sentence a text of the
  /// other polarity: at 1-2 stars, praise with no complaint word and no contrast ("gave 2
  /// stars by mistake, sorry. these poles are fantastic"); at 4-5, complaint with no praise.
  /// A reason not about the product (`excuses`, at 4-5 stars) near a word of the rating, and
  /// complaint with no praise ("These slid down ... two blisters on day one. Five stars cause
  /// I don't do bad reviews lol"), leaving out praise before the reason in its sentence, which
  /// is what the reason names ("Delivery was super fast so full marks for that. the boots
  /// though... rubbed my heels raw").
  func disownedStars(
    _ review: PreparedReview, _ score: SentimentScore, rating: Int, stars: String
  ) -> DetectorHit? {
    let slipped = nearRating(slips, review)
    if !slipped.isEmpty {
      // "oops wrong star | ugh hit 1 star by accident": every sentence that tells the slip.
      let outside = score.contributions.filter { c in !slipped.contains { isIn($0, c, review) } }
      if rating <= 2, !score.hasContrast, isClear(outside, positive: true, slip: true) {
        return hit(outside, positive: true, review: review,
          summary: "a rating called a slip, with clearly positive text, at \(stars)")
      }
      if rating >= 4, isClear(outside, positive: false, slip: true) {
        return hit(outside, positive: false, review: review,
          summary: "a rating called a slip, with clearly negative text, at \(stars)")
      }
    }
    if rating >= 4, let excuse = nearRating(excuses, review, all: false).first {
      // Praise before the reason, in its sentence, is what the reason names.
      let rest = score.contributions.filter {
        !isIn(excuse, $0, review) || $0.byteRange.lowerBound >= excuse.byteRange.upperBound
      }
      if isClear(rest, positive: false) {
        return hit(rest, positive: false, review: review,
          summary: "a rating given for another reason, with clearly negative text, at \(stars)")
      }
    }
    return nil
  }

  /// Where a phrase of `list` was found: its field (0 title, 1 body), sentence and bytes.
  struct RatingPhrase {
    var field: Int
    var sentence: Int32
    var byteRange: Range<Int>
  }

  /// The matches of `list` (with `all: false`, the first) with a word of the rating within 5
  /// words of it, in its sentence ("meant to give five stars", "stars are for").
  private func nearRating(_ list: PhraseMatcher, _ review: PreparedReview, all: Bool = true)
    -> [RatingPhrase]
  {
    var found: [RatingPhrase] = []
    for (f, field) in review.fields.enumerated() {
      for match in list.matches(in: field) {
        let tokens = match.tokens
        let inside = tokens.contains { Self.ratingWords.contains(field.tokens[$0]) }
        if inside || field.hasWord(Self.ratingWords, before: tokens, within: 5)
          || field.hasWord(Self.ratingWords, after: tokens, within: 5)
        {
          found.append(RatingPhrase(
            field: f, sentence: field.tokens[tokens.lowerBound].sentence,
            byteRange: match.byteRange))
          if !all { return found }
        }
      }
    }
    return found
  }

  /// At least one clearly positive (negative) word among `contributions`, none clearly of the
  /// other polarity, and a sum of the same sign. After a slip, which says outright that the
  /// stars are wrong, words of the other polarity may stand if fewer ("brightest headlamp
  /// I've owned ... perfect in the tent without blinding my partner").
  private func isClear(
    _ contributions: [SentimentScore.Contribution], positive: Bool, slip: Bool = false
  ) -> Bool {
    var sum: Float = 0
    var same = 0
    var other = 0
    for c in contributions {
      sum += c.valence
      if positive ? c.valence <= -0.5 : c.valence >= 0.5 { other += 1 }
      if positive ? c.valence >= 0.5 : c.valence <= -0.5 { same += 1 }
    }
    guard same >= 1, positive ? sum > 0 : sum < 0 else { return false }
    return slip ? other < same : other == 0
  }

  /// True when `c` is in the sentence of `phrase`.
  private func isIn(
    _ phrase: RatingPhrase, _ c: SentimentScore.Contribution, _ review: PreparedReview
  ) -> Bool {
    guard (c.field == .title ? 0 : 1) == phrase.field else { return false }
    let field = review.fields[phrase.field]
    guard let i = field.tokenIndex(atByte: c.byteRange.lowerBound) else { return false }
    return field.tokens[i].sentence == phrase.sentence
  }

  static let ratingWords = WordSet(["star", "stars", "rating", "rated", "marks"])
}
