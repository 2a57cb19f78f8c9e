import ModqCore

/// What the content detectors need to know about one review, computed once and shared by
/// every content criterion: the cue-list hits of title and body, and the sentiment score.
final class ContentAnalysis: Sendable {
  let present: CueSet
  /// Hits in text order, title first.
  let hits: [CueHit]
  /// The same hits grouped by cue, text order within a cue: cue `c`'s are
  /// `byCue[cueStart[c]..<cueStart[c + 1]]` (one flat array, not one array per cue).
  private let byCue: [CueHit]
  private let cueStart: [Int32]
  /// Per field, per token: the mask of cues whose entries cover the token.
  let tokenCues: [[UInt64]]
  /// Per field, the token ranges in double quotes (`quotedTokenRanges`): read by the
  /// sentiment score and the never-again row.
  let quotes: [[Range<Int>]]
  let sentiment: SentimentScore

  init(_ review: PreparedReview, lexicon: ContentLexicon) {
    var hits: [CueHit] = []
    hits.reserveCapacity(review.tokenCount + 4)
    var present: UInt64 = 0
    var tokenCues: [[UInt64]] = []
    tokenCues.reserveCapacity(review.fields.count)
    var matches: [PhraseMatch] = []
    matches.reserveCapacity(review.tokenCount / 2 + 8)
    for (f, field) in review.fields.enumerated() {
      var masks = [UInt64](repeating: 0, count: field.tokens.count)
      matches.removeAll(keepingCapacity: true)
      lexicon.matcher.matches(in: field, into: &matches)
      // Room for a cue or two per match at once, not doubling as dense text grows the list.
      hits.reserveCapacity(hits.count + 2 * matches.count)
      for match in matches where !match.isJoined {
        var bits = lexicon.entryCues[match.entry]
        present |= bits
        for k in match.tokens { masks[k] |= bits }
        let sentence = field.tokens[match.tokens.lowerBound].sentence
        while bits != 0 {
          let raw = bits.trailingZeroBitCount
          bits &= bits - 1
          guard let cue = Cue(rawValue: raw) else { continue }
          hits.append(CueHit(
            cue: cue, field: f, tokens: match.tokens, byteRange: match.byteRange,
            sentence: sentence))
        }
      }
      tokenCues.append(masks)
    }
    self.present = CueSet(bits: present)
    self.hits = hits
    (self.byCue, self.cueStart) = ContentAnalysis.groupedByCue(hits)
    self.tokenCues = tokenCues
    let quotes = review.fields.map { $0.quotedTokenRanges() }
    self.quotes = quotes
    self.sentiment = SentimentScorer(lexicon: lexicon.sentiment)
      .score(review.fields, cues: tokenCues, quotes: quotes)
  }

  func has(_ cue: Cue) -> Bool { present.contains(cue) }

  /// The hits of `cue`, in text order.
  func hits(_ cue: Cue) -> [CueHit] {
    guard present.contains(cue) else { return [] }
    return Array(slice(cue))
  }

  /// The hits of `cue`, in text order, without copying them out.
  func hitSlice(_ cue: Cue) -> ArraySlice<CueHit> {
    guard present.contains(cue) else { return [] }
    return slice(cue)
  }

  /// Hits of `cue` near `hit` (same field, within `window` sentences), in text order; found
  /// by binary search, so asking for every hit of a long review stays linear.
  func hits(_ cue: Cue, near hit: CueHit, window: Int32 = 0) -> ArraySlice<CueHit> {
    guard present.contains(cue) else { return [] }
    let all = slice(cue)
    return all[all.indices(near: hit, window: window)]
  }

  /// True when a hit of `cue` is near `hit`.
  func has(_ cue: Cue, near hit: CueHit, window: Int32 = 0) -> Bool {
    !hits(cue, near: hit, window: window).isEmpty
  }

  private func slice(_ cue: Cue) -> ArraySlice<CueHit> {
    byCue[Int(cueStart[cue.rawValue])..<Int(cueStart[cue.rawValue + 1])]
  }

  /// `hits` sorted by cue, stably (a counting sort), with each cue's start.
  private static func groupedByCue(_ hits: [CueHit]) -> ([CueHit], [Int32]) {
    let cues = cueCount
    var start = [Int32](repeating: 0, count: cues + 1)
    start.withUnsafeMutableBufferPointer { start in
      for hit in hits { start[hit.cue.rawValue + 1] += 1 }
      for c in 0..<cues { start[c + 1] += start[c] }
    }
    guard !hits.isEmpty else { return ([], start) }
    // Each hit is written once, straight to its place (no array of placeholders first).
    let grouped = [CueHit](unsafeUninitializedCapacity: hits.count) { buffer, count in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: cues) { next in
        for c in 0..<cues { next[c] = start[c] }
        for hit in hits {
          (buffer.baseAddress! + Int(next[hit.cue.rawValue])).initialize(to: hit)
          next[hit.cue.rawValue] += 1
        }
      }
      count = hits.count
    }
    return (grouped, start)
  }

  /// Number of cues (`allCases` builds an array each time it is asked).
  private static let cueCount = Cue.allCases.count

  /// True when token `index` of field `field` (or one of the `lookBack` tokens before it,
  /// same sentence) is a negation word: "no damage", "not broken", "never received".
  /// `unless`: a negation (by token index) that reads otherwise ("at no cost").
  func isNegated(
    _ hit: CueHit, in review: PreparedReview, lookBack: Int = 2, unless: ((Int) -> Bool)? = nil
  ) -> Bool {
    isNegated(hit.tokens, field: hit.field, in: review, lookBack: lookBack, unless: unless)
  }

  /// The same for any run of tokens of field `field` (0 = title, 1 = body).
  func isNegated(
    _ run: Range<Int>, field: Int, in review: PreparedReview, lookBack: Int = 2,
    unless: ((Int) -> Bool)? = nil
  ) -> Bool {
    let text = review.fields[field]
    let tokens = text.tokens
    let masks = tokenCues[field]
    let start = run.lowerBound
    for k in 1...lookBack where start - k >= 0 {
      // A negation reaches over no dash between words or semicolon ("nobody answered - when
      // are you sending the cable??", u364-47).
      guard tokens[start - k].sentence == tokens[start].sentence,
        !text.dashesOrSemicolon(before: start - k + 1)
      else { break }
      guard masks[start - k] & Cue.negation.bit != 0 else { continue }
      if let unless, unless(start - k) { continue }
      return true
    }
    return false
  }

  /// The detector hit (span + evidence) for cue hits.
  static func detectorHit(
    _ cueHits: [CueHit], in review: PreparedReview, evidence: String? = nil
  ) -> DetectorHit {
    let fields = review.fields
    var spans: [Span] = []
    var texts: [String] = []
    // The engine keeps `DetectorHit.maxPerField` spans of a finding: stop there (a long
    // hostile review would otherwise make this quadratic and its evidence huge).
    for hit in cueHits where spans.count < DetectorHit.maxPerField {
      let span = fields[hit.field].span(byteRange: hit.byteRange)
      if spans.contains(span) { continue }
      spans.append(span)
      texts.append(fields[hit.field].string(byteRange: hit.byteRange))
    }
    return DetectorHit(spans: spans, evidence: evidence ?? texts.joined(separator: " … "))
  }
}
