/// Product talk that tells of no use (irrelevant.not_used_yet): what the box or the listing
/// says of it, a question about it, and what the customer read or heard of it.
extension IrrelevantDetector {
  /// "Still in the box till our August trip. Box says 4P and 8.9 lb packed weight" (u390-45):
  /// the product's words read off its box, tag or listing (a label word, then a label verb,
  /// up to 8 words before the talk in its sentence).
  func isLabelReading(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[hit.field].tokens
    let start = hit.tokens.lowerBound
    var k = start - 1
    while k > 0 && k >= start - 8 && tokens[k].sentence == tokens[start].sentence {
      if ServiceEscalationDetector.labelVerbs.contains(tokens[k]),
        Self.labels.contains(tokens[k - 1])
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// "can't help with the sizing question yet sorry, box is still sealed" (u386-36): talk
  /// named as the subject of a question is no use of the product.
  func isQuestionAbout(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[hit.field].tokens
    let next = hit.tokens.upperBound
    return next < tokens.count && tokens[next].sentence == tokens[next - 1].sentence
      && Self.questions.contains(tokens[next])
  }

  /// "My sister has texted \"so how's the filter???\" like four times. Haven't even opened
  /// the box yet" (u394-18): talk in a sentence that ends on a question mark asks about the
  /// product, it tells of no use (read only after a denial of use).
  func isAsked(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let field = review.fields[hit.field]
    let tokens = field.tokens
    var last = hit.tokens.upperBound - 1
    // A question mark right after the talk ends its question even inside a quote.
    if field.asksAfter(last) { return true }
    while last + 1 < tokens.count && tokens[last + 1].sentence == tokens[last].sentence {
      last += 1
    }
    return field.asksAfter(last)
  }

  /// "Little nervous after reading about the soles in other reviews" (u427-7): talk of the
  /// product read or heard about (up to 3 words after "reading about", "read about", "heard
  /// about") tells of no use.
  func isHearsay(_ hit: CueHit, _ review: PreparedReview) -> Bool {
    let tokens = review.fields[hit.field].tokens
    let start = hit.tokens.lowerBound
    var k = start - 1
    while k > 0 && k >= start - 4 && tokens[k].sentence == tokens[start].sentence {
      if tokens[k].key == Self.about && Self.hearing.contains(tokens[k - 1]) { return true }
      k -= 1
    }
    return false
  }

  private static let about = WordHash.key(ofWord: "about")
  private static let hearing = WordSet(["reading", "read", "heard", "hearing"])

  private static let labels = WordSet([
    "box", "label", "tag", "tags", "listing", "description", "packaging", "website",
  ])
  private static let questions = WordSet(["question", "questions"])
}
