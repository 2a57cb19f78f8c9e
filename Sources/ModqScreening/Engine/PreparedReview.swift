import ModqCore
import Synchronization

/// A review with its text fields tokenised once; every detector reads this, none changes it.
public struct PreparedReview: Sendable {
  public let review: Review
  /// Position in the queue being screened (0 for a single review).
  public let index: Int
  public let title: TextField
  public let body: TextField

  public init(review: Review, index: Int = 0) {
    self.review = review
    self.index = index
    self.title = TextField(field: .title, text: review.title)
    self.body = TextField(field: .body, text: review.body)
    self.fields = [title, body]
  }

  /// The fields content criteria read: title then body (never the author fields).
  public let fields: [TextField]
  /// Per-review results shared by several detectors (computed by the first that needs them).
  let memo = ReviewMemo()

  /// Total number of word tokens in title and body.
  public var tokenCount: Int { title.tokens.count + body.tokens.count }

  /// Replaces `keys` with the word keys of the title's tokens then the body's (what the
  /// queue-wide fingerprints read; `WordKeyReader` gives the same without preparing).
  func wordKeys(into keys: inout [UInt64]) {
    keys.removeAll(keepingCapacity: true)
    for token in title.tokens { keys.append(token.key) }
    for token in body.tokens { keys.append(token.key) }
  }

  /// An author field prepared on demand (only `test.review` reads these).
  public func authorField(_ field: ReviewField) -> TextField {
    TextField(field: field, text: review.text(of: field))
  }
}

/// What detectors compute once per review and share (the content analysis).
final class ReviewMemo: Sendable {
  let content = Mutex<(owner: ObjectIdentifier, analysis: ContentAnalysis)?>(nil)
}
