import ModqCore

/// What one detector found: the evidence spans, a short evidence text, and (for queue-wide
/// criteria such as duplicates) the other reviews involved.
public struct DetectorHit: Sendable, Hashable {
  public var spans: [Span]
  public var evidence: String
  public var relatedReviewIDs: [String]

  /// Detectors stop after this many hits in one field (hostile input: a 1 MB review of
  /// profanity); the engine keeps at most this many spans per finding.
  public static let maxPerField = 64

  public init(spans: [Span], evidence: String, relatedReviewIDs: [String] = []) {
    self.spans = spans
    self.evidence = evidence
    self.relatedReviewIDs = relatedReviewIDs
  }

  /// A hit on a byte range of a field: the span and the original text as evidence.
  public init(field: TextField, byteRange: Range<Int>, evidence: String? = nil) {
    self.spans = [field.span(byteRange: byteRange)]
    self.evidence = evidence ?? field.string(byteRange: byteRange)
    self.relatedReviewIDs = []
  }
}

/// What a detector may read besides the review: the store being moderated and the criterion
/// it is running for.
public struct ScreeningContext: Sendable {
  public let store: StoreProfile
  /// The criterion id this detector instance serves (one detector family serves many rows).
  public let criterionID: String

  public init(store: StoreProfile, criterionID: String) {
    self.store = store
    self.criterionID = criterionID
  }
}

/// A detector for one criterion, built by a `DetectorRegistry` factory from the criterion's
/// parameters. It must be a pure function of the prepared review and context.
public protocol Detector: Sendable {
  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit]
}

/// A small, per-review summary kept by a queue-wide detector during the first pass
/// (a few hashes, spans and evidence), so the queue-wide step is linear in queue size
/// and never needs every review's tokens in memory at once.
public struct QueueDigest: Sendable, Hashable {
  public var reviewID: String
  public var values: [UInt64]
  public var spans: [Span]
  public var evidence: String

  public init(reviewID: String, values: [UInt64], spans: [Span] = [], evidence: String = "") {
    self.reviewID = reviewID
    self.values = values
    self.spans = spans
    self.evidence = evidence
  }
}

/// A detector that needs the whole queue (e.g. near-duplicates). `ScreeningEngine.screenQueue`
/// calls `digest` for every review (in any thread, any order), then `resolve` once with the
/// digests in queue order; `detect` is used when a single review is screened on its own.
public protocol QueueDetector: Detector {
  func digest(_ review: PreparedReview, context: ScreeningContext) -> QueueDigest?
  /// Hits by queue index.
  func resolve(_ digests: [QueueDigest?], context: ScreeningContext) -> [Int: [DetectorHit]]
}

extension QueueDetector {
  /// By default a lone review has nothing to be compared with.
  public func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] { [] }
}
