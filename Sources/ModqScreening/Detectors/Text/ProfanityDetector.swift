/// `profanity`: listed words and phrases on whole normalised words, including disguised
/// spellings (leetspeak, "f.u.c.k", "s h i t", "fuuuck", zero-width characters). A hit inside
/// an allowed phrase ("pussy bow") is dropped.
struct ProfanityDetector: Detector {
  let words: PhraseMatcher
  let allow: PhraseMatcher

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
      let found = words.matches(in: field)
      if found.isEmpty { continue }
      let allowed = allow.count == 0 ? [] : allow.matches(in: field).map(\.byteRange)
      var taken: [Range<Int>] = []
      for match in found {
        let range = match.byteRange
        if allowed.contains(where: { $0.overlaps(range) }) { continue }
        if taken.contains(where: { $0.overlaps(range) }) { continue }
        taken.append(range)
        hits.append(DetectorHit(field: field, byteRange: range))
      }
    }
    return hits
  }
}
