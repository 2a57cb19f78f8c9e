import ModqCore

/// `unclear.cynical`: sarcasm whose literal words contradict the meaning. Fires on a
/// sarcasm marker ("thanks for nothing", "oh wonderful", "just what I needed", "another
/// jacket that ...") when the review also reports a failure, or on a sentence that opens
/// with a praise word and a comma and then reports a failure with no contrast word
/// ("Great, it broke in a day."); only at `max_rating` stars or fewer (sarcasm is a
/// complaint, and "Just great" over five stars is praise).
struct CynicalDetector: Detector {
  let analyzer: ContentAnalyzer
  let maxRating: Int

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    maxRating = try params.int("max_rating", default: 3)
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let a = analyzer.analysis(of: review)
    guard a.has(.cynicalPhrase) || a.has(.cynicalOpener), review.review.rating <= maxRating
    else { return [] }
    let failures = a.hits(.negativeEvent)
    guard let firstFailure = failures.first else { return [] }
    var found: [CueHit] = []
    for marker in a.hits(.cynicalPhrase) where !a.isNegated(marker, in: review) {
      found += [marker, firstFailure]
    }
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
