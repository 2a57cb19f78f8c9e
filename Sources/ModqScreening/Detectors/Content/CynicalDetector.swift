import ModqCore

/// `unclear.cynical`: sarcasm whose literal words contradict the meaning. Fires on a
/// sarcasm marker ("thanks for nothing", "oh wonderful", "just what I needed", "another
/// jacket that ...") when the review also reports a failure, or on a sentence that opens
/// with a praise word and a comma and then reports a failure with no contrast word
/// ("Great, it broke in a day."); only at `max_rating` stars or fewer (sarcasm is a
/// complaint, and "Just great" over five stars is praise), except for the markers of
/// `cynical-any-rating.txt`, which praise never uses ("thanks for nothing").
struct CynicalDetector: Detector {
  let analyzer: ContentAnalyzer
  let maxRating: Int

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    maxRating = try params.int("max_rating", default: 3)
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let a = analyzer.analysis(of: review)
    guard review.review.rating <= maxRating else { return anyRating(a, review) }
    guard a.has(.cynicalPhrase) || a.has(.cynicalOpener) else { return [] }
    let failures = a.hits(.negativeEvent)
    let markers = a.hits(.cynicalPhrase).filter { !a.isNegated($0, in: review) }
    // Two separate sarcasm markers need no failure word ("Oh fantastic, ... Just what I
    // always wanted").
    let separate = Set(markers.map { "\($0.field):\($0.sentence)" }).count >= 2
    guard let firstFailure = failures.first ?? (separate ? markers.first : nil) else {
      return []
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
