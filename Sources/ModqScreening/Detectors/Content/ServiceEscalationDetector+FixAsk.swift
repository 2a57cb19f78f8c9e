import ModqCore

/// Asks made of the store after an order problem: what tells a happy customer who still needs
/// the store (a second pair lost, a buckle snapped on first use) from one who needs nothing.
extension ServiceEscalationDetector {
  /// The first ask for a fix ("how do we exchange it", "need them swapped", "please send a
  /// matching pair": `order_asks`, then `order_fix_words` as `fix(after:)` reads them) in the
  /// sentence of the first of `hits` or the `sentences` after it, at or after that hit; nil
  /// when there is none.
  func fixAsked(after hits: [CueHit], _ review: PreparedReview, sentences: Int32 = 3)
    -> CueHit?
  {
    guard let first = earliest(hits) else { return nil }
    let field = review.fields[first.field]
    let fixes = orderFixWords.matches(in: field)
    if fixes.isEmpty { return nil }
    for ask in orderAsks.matches(in: field) where ask.tokens.lowerBound >= first.tokens.lowerBound {
      let sentence = field.tokens[ask.tokens.lowerBound].sentence
      if sentence > first.sentence + sentences { break }
      guard fix(after: ask, in: fixes, field) != nil else { continue }
      let hit = CueHit(
        cue: .callToAction, field: first.field, tokens: ask.tokens, byteRange: ask.byteRange,
        sentence: sentence)
      if !isHypothetical(hit, review) { return hit }
    }
    return nil
  }

  /// The fix that makes `ask` an ask for one: the first of `fixes` within 5 words after it,
  /// in its sentence. Not a wish for the store's ways ("would love to see that fixed": "see"
  /// in the 2 words after the ask), nor more of the range ("please send more colours": "more"
  /// right after the fix).
  func fix(after ask: PhraseMatch, in fixes: [PhraseMatch], _ field: TextField) -> PhraseMatch? {
    if field.hasWord(Self.see, after: ask.tokens, within: 2) { return nil }
    let sentence = field.tokens[ask.tokens.lowerBound].sentence
    return fixes.first {
      $0.tokens.lowerBound >= ask.tokens.upperBound
        && $0.tokens.lowerBound - ask.tokens.upperBound <= 5
        && field.tokens[$0.tokens.lowerBound].sentence == sentence
        && !field.hasWord(Self.more, after: $0.tokens, within: 1)
    }
  }

  /// True when, in the sentence of `hit` or the next one, at or after it, the store is asked
  /// for a fix, or asked where the parcel is: an ask to the store ("can you", "pls",
  /// `store_asks`) or a sentence ending with a question mark, with a word of its whereabouts
  /// after it ("Can you see where it actually went?", "Would really appreciate someone checking
  /// where it went"); "can you make a red one?" asks for neither.
  func storeAsked(after hit: CueHit, _ review: PreparedReview) -> Bool {
    if fixAsked(after: [hit], review, sentences: 1) != nil { return true }
    let field = review.fields[hit.field]
    let tokens = field.tokens
    // Per sentence, where its first ask to the store starts.
    var askAt: [Int32: Int] = [:]
    for ask in storeAsks.matches(in: field) where ask.tokens.lowerBound >= hit.tokens.upperBound {
      let sentence = tokens[ask.tokens.lowerBound].sentence
      if sentence > hit.sentence + 1 { break }
      let askHit = CueHit(
        cue: .callToAction, field: hit.field, tokens: ask.tokens, byteRange: ask.byteRange,
        sentence: sentence)
      if askAt[sentence] == nil && !isHypothetical(askHit, review) {
        askAt[sentence] = ask.tokens.lowerBound
      }
    }
    var start = hit.tokens.upperBound
    var k = start
    while k < tokens.count && tokens[k].sentence <= hit.sentence + 1 {
      let sentence = tokens[k].sentence
      if k + 1 == tokens.count || tokens[k + 1].sentence != sentence {
        // The sentence (from `hit` on) ends at `k`.
        let from = askAt[sentence] ?? (field.asksAfter(k) ? start : nil)
        if let from, (from...k).contains(where: { Self.whereabouts.contains(tokens[$0]) }) {
          return true
        }
        start = k + 1
      }
      k += 1
    }
    return false
  }

  static let whereabouts = WordSet([
    "where", "wheres", "whereabouts", "locate", "track", "trace", "find", "check", "checking",
  ])

  /// True when dismay ("disappointed", "gutted", "bummed") follows the first of `hits`, in
  /// its sentence or the two after it, neither denied nor played down in the two words before
  /// ("not disappointed", "a bit disappointed").
  func isDismayed(after hits: [CueHit], _ review: PreparedReview) -> Bool {
    guard let first = earliest(hits) else { return false }
    let field = review.fields[first.field]
    let tokens = field.tokens
    var k = first.tokens.upperBound
    while k < tokens.count && tokens[k].sentence <= first.sentence + 2 {
      if Self.dismay.contains(tokens[k])
        && !field.hasWord(Self.playedDown, before: k..<(k + 1), within: 2)
      {
        return true
      }
      k += 1
    }
    return false
  }

  static let dismay = WordSet([
    "disappointed", "dissapointed", "disapointed", "gutted", "heartbroken", "devastated",
    "bummed",
  ])
  static let playedDown = WordSet([
    "not", "never", "wasnt", "isnt", "bit", "little", "slightly", "abit", "kinda", "somewhat",
    "tad", "mildly", "hardly",
  ])

  /// The first of `hits` in the text (title first), whatever their order.
  private func earliest(_ hits: [CueHit]) -> CueHit? {
    hits.min { ($0.field, $0.tokens.lowerBound) < ($1.field, $1.tokens.lowerBound) }
  }

  /// "hasn't arrived yet", "still in transit, can't wait": a delay looked forward to, not a
  /// loss ("yet" within the 2 words after it, in its sentence).
  func isAwaited(_ loss: CueHit, _ review: PreparedReview) -> Bool {
    review.fields[loss.field].hasWord(Self.yet, after: loss.tokens, within: 2)
  }

  static let yet = WordSet(["yet"])
  static let more = WordSet(["more"])
  static let see = WordSet(["see"])
}
