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
///
/// At 4-5 stars a review that lists `many_negative_words` (3) clearly negative words, with no
/// praise and no mixed cue ("otherwise", "still", "but"), is clear at the milder
/// `many_negative_compound` (-0.6): failures told in plain words ("peeling", "frayed",
/// "blisters") each score weakly.
///
/// A review that sums itself up in a verdict (`RatingVerdicts`: "would not recommend",
/// "best bottle I have ever owned") is clear with fewer sentiment words: the rest of such a
/// review often only tells what happened ("Toe box crushes my pinky toes ... Would not
/// recommend"), which the lexicon scores weakly.
struct RatingMismatchDetector: Detector {
  let analyzer: ContentAnalyzer
  let revisions: PhraseMatcher
  let verdicts: RatingVerdicts
  let verdictNegativeThreshold: Float
  /// Sentences about another thing ("my old jacket leaked"): their complaint words are not
  /// read against 4-5 stars.
  let elsewhere: PhraseMatcher
  /// The weather and the ground ("terrible weather", "I hate rain"), as single words.
  let conditions: WordSet
  /// Faint praise conceded ("Nice shade of blue tho.", "Light to carry, at least."): at 4-5
  /// stars the praise and a "though" of such a sentence are left out.
  let concessions: PhraseMatcher
  /// Asides: the size ordered ("had to exchange") or advice ("if you", "recommend washing");
  /// the complaint words of their whole sentence are not read against 4-5 stars.
  let asides: PhraseMatcher
  /// A complaint named as the only one ("Only complaint is it struggles a bit in wind"): the
  /// rest of the review is content, so at 4-5 stars it is never clearly negative.
  let singleComplaints: PhraseMatcher
  let positiveThreshold: Float
  /// At 4-5 stars, this many clearly negative words with no praise and no mixed cue make a
  /// clear complaint at the milder `manyCompound` ("sole started peeling off ... laces frayed
  /// ... blisters on both heels"): a review that lists failures in plain words scores weakly
  /// per word.
  let manyStrong: Int
  let manyCompound: Float
  let negativeThreshold: Float
  let minWords: Int
  let shortWords: Int
  let shortPositiveSum: Float
  let shortNegativeSum: Float
  /// Words that call the stars a slip ("by accident", "meant to give") and reasons for them
  /// not about the product ("bc im nice", "for the delivery"), near a word of the rating.
  let slips: PhraseMatcher
  let excuses: PhraseMatcher

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    revisions = try params.phrases(
      "revisions", default: ["rating-revisions.txt"], matchesJoined: false)
    positiveThreshold = Float(try params.double("positive_compound", default: 0.75))
    negativeThreshold = Float(try params.double("negative_compound", default: -0.75))
    minWords = try params.int("min_sentiment_words", default: 2)
    shortWords = try params.int("short_text_words", default: 4)
    manyStrong = try params.int("many_negative_words", default: 3)
    manyCompound = Float(try params.double("many_negative_compound", default: -0.6))
    guard manyStrong >= 2 else {
      throw params.error("many_negative_words", "expected a whole number of at least 2")
    }
    guard manyCompound < 0, manyCompound > -1 else {
      throw params.error("many_negative_compound", "expected a number between -1 and 0")
    }
    shortPositiveSum = Float(try params.double("short_positive_sum", default: 2.4))
    shortNegativeSum = Float(try params.double("short_negative_sum", default: -2.0))
    verdicts = try RatingVerdicts(params)
    slips = try params.phrases(
      "slips", default: ["rating-slips.txt"], matchesJoined: false, stretch: false)
    excuses = try params.phrases(
      "excuses", default: ["rating-excuses.txt"], matchesJoined: false, stretch: false)
    elsewhere = try params.phrases(
      "elsewhere", default: ["rating-elsewhere.txt"], matchesJoined: false, stretch: false)
    conditions = WordSet(try params.phraseEntries("conditions", default: ["rating-conditions.txt"]))
    concessions = try params.phrases(
      "concessions", default: ["rating-concessions.txt"], matchesJoined: false, stretch: false)
    asides = try params.phrases(
      "asides", default: ["rating-asides.txt"], matchesJoined: false, stretch: false)
    singleComplaints = try params.phrases(
      "single_complaints", default: ["rating-single-complaint.txt"], matchesJoined: false,
      stretch: false)
    verdictNegativeThreshold = Float(
      try params.double("verdict_negative_compound", default: -0.3))
    guard verdictNegativeThreshold < 0, verdictNegativeThreshold > -1 else {
      throw params.error("verdict_negative_compound", "expected a number between -1 and 0")
    }
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
    guard let found = sentimentMismatch(review, rating: rating, stars: stars)
        ?? disownedStars(review, analyzer.analysis(of: review).sentiment, rating: rating,
          stars: stars),
      !review.fields.contains(where: { revisions.occurs(in: $0) }),
      !isInAnotherLanguage(review)
    else { return [] }
    return [found]
  }

  /// "Jacke ist super dicht, war damit eine Woche in Schottland ... die Kapuze könnte größer
  /// sein" (u413-9): the English sentiment words of a text in another language are words of
  /// that language ("war", "die"). Three or more function words of German, French, Spanish,
  /// Portuguese, Dutch or Italian, and more of them than English ones, mean the text is not
  /// English and its sentiment is not read. Asked only once a mismatch was found.
  private func isInAnotherLanguage(_ review: PreparedReview) -> Bool {
    let a = analyzer.analysis(of: review)
    var foreign = 0
    var english = 0
    for (f, field) in review.fields.enumerated() {
      for (i, token) in field.tokens.enumerated() {
        if Self.foreignFunctionWords.contains(token) {
          foreign += 1
        } else if a.tokenCues[f][i] & Cue.stopword.bit != 0 {
          english += 1
        }
      }
    }
    return foreign >= 3 && foreign > english
  }

  /// Function words of other languages that are no English words (not "die", "war", "es").
  private static let foreignFunctionWords = WordSet([
    "ist", "und", "der", "das", "nicht", "mit", "ein", "eine", "einen", "ich", "sehr", "aber",
    "auch", "für", "bei", "wird", "sind", "den", "dem", "auf", "noch", "nur", "hat", "habe",
    "est", "et", "les", "une", "avec", "très", "pour", "dans", "je", "mais", "sur", "sont",
    "c'est", "el", "los", "las", "muy", "con", "para", "pero", "una", "del", "está", "por",
    "não", "é", "uma", "com", "muito", "mas", "pra", "meu", "minha", "het", "een", "niet",
    "maar", "voor", "ook", "heel", "erg", "che", "molto", "sono", "della",
  ])

  /// The hit when the text's sentiment is clearly against the stars.
  private func sentimentMismatch(_ review: PreparedReview, rating: Int, stars: String)
    -> DetectorHit?
  {
    let analysis = analyzer.analysis(of: review)
    let score = analysis.sentiment
    let compound = score.compound
    let short = isShort(review)
    // At 1-2 stars a complaint word about the weather ("stood up to a couple of nasty
    // afternoon storms", u338-23) is no complaint about the product either.
    let negatives = rating <= 2 && score.negatives > 0
      ? score.negatives - conditionComplaints(score, review) : score.negatives
    if rating <= 2, negatives == 0, !score.hasContrast, !score.hasMixedCue,
      compound >= positiveThreshold && score.positives >= minWords
        || short && score.positives >= 1 && score.sum >= shortPositiveSum
          && !praisesOnlyAsSarcasmDoes(score, analysis)
    {
      return hit(score.contributions, positive: true, review: review,
        summary: "clearly positive text (sentiment \(format(compound))) with \(stars)")
    }
    if rating <= 2, negatives == 0, !score.hasContrast, score.positives >= 1,
      score.sum > 0, !analysis.has(.cynicalPhrase),
      let verdict = verdicts.verdict(praise: true, in: review, analysis),
      !verdicts.hedged(review, besides: verdict)
    {
      return hit(score.contributions, positive: true, review: review, verdict: verdict,
        summary: "a verdict of praise (sentiment \(format(compound))) with \(stars)")
    }
    // Without enough clearly negative words nothing below can fire (most 4-5 star reviews):
    // leaving words out never adds one.
    if rating >= 4, score.negatives >= (short ? 1 : minWords),
      !review.fields.contains(where: { singleComplaints.occurs(in: $0) }),
      let own = ownContributions(score, review, analysis)
    {
      // A short title ("Fantastic") does not soften a clearly negative body.
      let body = review.title.tokens.count <= 3 ? own.filter { $0.field == .body } : own
      let sum = body.reduce(Float(0)) { $0 + $1.valence }
      let bodyCompound = sum / (sum * sum + 15).squareRoot()
      let strong = body.filter({ $0.valence <= -0.5 }).count
      let praised = body.contains { $0.valence >= 0.5 }
      if !praised, bodyCompound <= negativeThreshold && strong >= minWords
          || short && strong >= 1 && sum <= shortNegativeSum
          || strong >= manyStrong && bodyCompound <= manyCompound && !score.hasMixedCue
      {
        return hit(own, positive: false, review: review,
          summary: "clearly negative text (sentiment \(format(bodyCompound))) with \(stars)")
      }
      // A verdict counts the title's complaint words too ("Disappointed" over "... Would not
      // buy again").
      if !praised, own.filter({ $0.valence <= -0.5 }).count >= minWords,
        bodyCompound <= verdictNegativeThreshold,
        let verdict = verdicts.verdict(praise: false, in: review, analysis)
      {
        return hit(own, positive: false, review: review, verdict: verdict,
          summary: "a verdict of complaint (sentiment \(format(bodyCompound))) with \(stars)")
      }
    }
    return nil
  }

  /// The contributions that are not about another thing: a word after `elsewhere` in its
  /// sentence ("My old jacket leaked and soaked me") tells of that thing, not of this one
  /// ("Really disappointed, going back to my old boots" keeps "disappointed").
  ///
  /// Praise conceded at the end ("Nice shade of blue tho.", `concessions`) is left out too,
  /// and a contrast word in such a sentence does not make the review mixed. Nil when a contrast
  /// word stands anywhere else: a mixed review is never clearly negative.
  private func ownContributions(
    _ score: SentimentScore, _ review: PreparedReview, _ analysis: ContentAnalysis
  ) -> [SentimentScore.Contribution]? {
    var conceded: Set<Int64> = []
    if score.hasContrast || score.positives > 0 {
      for (f, field) in review.fields.enumerated() {
        for match in concessions.matches(in: field) {
          conceded.insert(Self.sentenceKey(f, field.tokens[match.tokens.lowerBound].sentence))
        }
      }
    }
    if score.hasContrast {
      for hit in analysis.hitSlice(.contrast) {
        let key = Self.sentenceKey(hit.field, hit.sentence)
        if conceded.contains(key) { continue }
        // "Nice color though." A "though" ending its sentence concedes it.
        let tokens = review.fields[hit.field].tokens
        let end = hit.tokens.upperBound
        if tokens[hit.tokens.lowerBound].key == Self.though,
          end == tokens.count || tokens[end].sentence != hit.sentence
        {
          conceded.insert(key)
          continue
        }
        return nil
      }
    }
    // Per sentence, the byte from which its words are about another thing: an aside takes its
    // whole sentence ("my toes were crushed in my normal 9, had to exchange").
    var away: [Int64: Int] = [:]
    for (f, field) in review.fields.enumerated() {
      for match in elsewhere.matches(in: field) {
        let key = Self.sentenceKey(f, field.tokens[match.tokens.lowerBound].sentence)
        away[key] = min(away[key] ?? .max, match.byteRange.lowerBound)
      }
      for match in asides.matches(in: field) {
        away[Self.sentenceKey(f, field.tokens[match.tokens.lowerBound].sentence)] = 0
      }
    }
    return score.contributions.filter { c in
      guard let (f, i) = position(of: c, in: review) else { return true }
      let field = review.fields[f]
      let key = Self.sentenceKey(f, field.tokens[i].sentence)
      if c.valence < 0 && isAboutConditions(i, field) { return false }
      if c.valence > 0 && conceded.contains(key) { return false }
      return (away[key] ?? .max) > c.byteRange.lowerBound
    }
  }

  private static let though = WordHash.key(ofWord: "though")

  /// One key for a sentence of a field (0 = title, 1 = body, as `CueHit.field`).
  private static func sentenceKey(_ field: Int, _ sentence: Int32) -> Int64 {
    Int64(field) << 32 | Int64(sentence)
  }

  /// "terrible weather", "I hate being cold", "a brutal storm": a complaint word right before
  /// a word of `conditions` (or with one of `conditionLinks` between) tells of the weather, not
  /// of the product.
  private func isAboutConditions(_ i: Int, _ field: TextField) -> Bool {
    let tokens = field.tokens
    var k = i + 1
    guard k < tokens.count, tokens[k].sentence == tokens[i].sentence else { return false }
    if Self.conditionLinks.contains(tokens[k]), k + 1 < tokens.count,
      tokens[k + 1].sentence == tokens[i].sentence
    {
      k += 1
    }
    return conditions.contains(tokens[k])
  }

  private static let conditionLinks = WordSet([
    "the", "being", "a", "an", "all", "that",
    // "nasty afternoon storms", "a brutal winter wind".
    "morning", "afternoon", "evening", "overnight", "spring", "summer", "autumn", "fall",
    "winter",
  ])

  /// The clearly negative words of `score` that tell of the weather or the ground
  /// (`isAboutConditions`).
  private func conditionComplaints(_ score: SentimentScore, _ review: PreparedReview) -> Int {
    var count = 0
    for c in score.contributions where c.valence <= -0.5 {
      if let (f, i) = position(of: c, in: review), isAboutConditions(i, review.fields[f]) {
        count += 1
      }
    }
    return count
  }

  /// The field (0 = title, 1 = body) and the token where contribution `c` starts.
  private func position(of c: SentimentScore.Contribution, in review: PreparedReview)
    -> (Int, Int)?
  {
    let f = c.field == .title ? 0 : 1
    return review.fields[f].tokenIndex(atByte: c.byteRange.lowerBound).map { (f, $0) }
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

  /// The hit naming the verdict, if any, then the strongest words of `contributions` (at 4-5
  /// stars the words left in: not "leaked" from "my old jacket leaked").
  func hit(
    _ contributions: [SentimentScore.Contribution], positive: Bool, review: PreparedReview,
    verdict: RatingVerdicts.Found? = nil, summary: String
  ) -> DetectorHit {
    var spans: [Span] = []
    var words: [String] = []
    if let verdict {
      let field = review.fields[verdict.field]
      spans.append(field.span(byteRange: verdict.byteRange))
      words.append(field.string(byteRange: verdict.byteRange))
    }
    for contribution in SentimentScore.strongest(of: contributions, positive: positive) {
      let field = contribution.field == .title ? review.title : review.body
      if let verdict, review.fields[verdict.field].field == contribution.field,
        verdict.byteRange.overlaps(contribution.byteRange)
      {
        continue
      }
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
