/// `profanity`: listed words and phrases on whole normalised words, including disguised
/// spellings (leetspeak, "f.u.c.k", "s h i t", "fuuuck", zero-width characters, stars for
/// letters: "f***ing" is "fucking"). A hit inside
/// an allowed phrase ("pussy bow") is dropped.
struct ProfanityDetector: Detector {
  let words: PhraseMatcher
  let allow: PhraseMatcher
  /// The one-word entries by length, for words masked with stars ("f***ing", "a**hole").
  let masked: MaskedWords

  init(words: PhraseMatcher, allow: PhraseMatcher) {
    self.words = words
    self.allow = allow
    masked = MaskedWords(words.entries)
  }

  static let registration = DetectorRegistration(
    "profanity", summary: "profanity and explicit words (lists; obfuscation-aware)"
  ) { params in
    ProfanityDetector(
      words: try params.phrases("words", default: ["profanity.txt"]),
      allow: try params.phrases("allow", default: []))
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    for field in review.fields where !field.tokens.isEmpty {
      let found = words.matches(in: field) + masked.matches(in: field)
      if found.isEmpty { continue }
      let allowed = OverlapIndex(allow.count == 0 ? [] : allow.matches(in: field).map(\.byteRange))
      var lastEnd = -1
      var kept = 0
      for match in found.sorted(by: { $0.byteRange.lowerBound < $1.byteRange.lowerBound }) {
        let range = match.byteRange
        if range.lowerBound < lastEnd { continue }
        if allowed.overlapsAny(range) { continue }
        lastEnd = range.upperBound
        hits.append(DetectorHit(field: field, byteRange: range))
        kept += 1
        if kept == DetectorHit.maxPerField { break }
      }
    }
    return hits
  }
}
