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
  /// The engine clips a hit's evidence text to this many UTF-8 bytes (then "…"): a 1 MB
  /// review of one word, or of hundreds of prices, is not echoed back whole.
  public static let maxEvidenceBytes = 512

  /// `text`, clipped to `maxEvidenceBytes` at a character boundary, with "…" when clipped.
  static func clippedEvidence(_ text: String) -> String {
    guard text.utf8.count > maxEvidenceBytes else { return text }
    var end = text.startIndex
    var bytes = 0
    for index in text.indices {
      let next = text.index(after: index)
      bytes += text.utf8.distance(from: index, to: next)
      if bytes > maxEvidenceBytes { break }
      end = next
    }
    return String(text[..<end]) + "…"
  }

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
/// Held in one shared box, so handing it to each detector for each review costs one retain
/// instead of a copy of the whole store profile.
public struct ScreeningContext: Sendable {
  private final class Storage: Sendable {
    let store: StoreProfile
    let criterionID: String

    init(store: StoreProfile, criterionID: String) {
      self.store = store
      self.criterionID = criterionID
    }
  }

  private let storage: Storage
  public var store: StoreProfile { storage.store }
  /// The criterion id this detector instance serves (one detector family serves many rows).
  public var criterionID: String { storage.criterionID }

  public init(store: StoreProfile, criterionID: String) {
    storage = Storage(store: store, criterionID: criterionID)
  }
}

/// A detector for one criterion, built by a `DetectorRegistry` factory from the criterion's
/// parameters. It must be a pure function of the prepared review and context.
public protocol Detector: Sendable {
  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit]
}

/// A detector that needs the whole queue (near-duplicates). The engine gives every review a
/// fixed-size row of `fingerprintWidth` words in one `FingerprintTable` during the first pass
/// (any thread, any order), then calls `groups` once, so the queue-wide step keeps a few
/// bytes per review and never the reviews. `detect` is used when a review is screened alone.
public protocol QueueDetector: Detector {
  /// Words (UInt32) per review in the fingerprint table.
  var fingerprintWidth: Int { get }
  /// Writes the review's fingerprint into `row`; false when the review takes no part.
  /// `keys` are the word keys of its title tokens then its body tokens (the prepared fields'
  /// `tokens.map(\.key)`, or the same keys from `WordKeyReader` when nothing else is screened).
  func fingerprint(
    _ review: Review, keys: UnsafeBufferPointer<UInt64>,
    into row: UnsafeMutableBufferPointer<UInt32>
  ) -> Bool
  /// Groups of queue indices (ascending within a group), each of two or more reviews.
  func groups(_ table: FingerprintTable) -> [[Int]]
  /// The hit for the review at `index` of `group`; `id` gives a member's review id.
  func hit(for review: Review, index: Int, group: [Int], id: (Int) -> String) -> DetectorHit
}

extension QueueDetector {
  /// By default a lone review has nothing to be compared with.
  public func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] { [] }
}
