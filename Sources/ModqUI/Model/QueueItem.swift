import ModqCore

/// One review of the queue as the UI holds it: what the list row shows (id, stars, product),
/// the engine's suggestion (nil until screened), and the queue entry itself, which is either
/// kept decoded (small queues, the head of a large one, tests) or decoded on demand from the
/// queue file (the rest of a large queue), so memory does not grow with the review text.
public struct QueueItem: Sendable {
  /// The review id.
  public let id: String
  /// 1-based line of the queue file.
  public let line: Int
  /// The star rating (the list's stars column).
  public let rating: Int
  /// The product as the list names it (name, else id, else empty).
  public let productName: String
  private let storage: Storage
  public var suggestion: ScreeningResult?

  private enum Storage: Sendable {
    case decoded(EntryBox)
    case onDemand(ReviewSource)
  }

  /// An item holding its decoded entry.
  public init(entry: QueueEntry, suggestion: ScreeningResult? = nil) {
    let review = entry.review
    self.id = review.id
    self.line = entry.line
    self.rating = review.rating
    self.productName = review.product.name ?? review.product.id ?? ""
    self.storage = .decoded(EntryBox(entry))
    self.suggestion = suggestion
  }

  /// An item that decodes its entry from `source` when asked; `productName` may be shared
  /// (interned) between items.
  init(summaryOf entry: QueueEntry, productName: String, source: ReviewSource) {
    self.id = entry.review.id
    self.line = entry.line
    self.rating = entry.review.rating
    self.productName = productName
    self.storage = .onDemand(source)
    self.suggestion = nil
  }

  /// The queue entry (decoded now if the item only keeps a summary).
  public var entry: QueueEntry {
    switch storage {
    case .decoded(let box): return box.entry
    case .onDemand(let source): return source.entry(line: line, id: id, rating: rating)
    }
  }

  /// Whether the entry is decoded on demand.
  var isOnDemand: Bool {
    if case .onDemand = storage { return true }
    return false
  }

  /// The review itself.
  public var review: Review { entry.review }
  /// The suggested verdict, if screened.
  public var suggestedVerdict: Verdict? { suggestion?.verdict }
  /// The criterion the list shows: the first one whose action is the suggested verdict (so
  /// an escalated review shows why it escalates), else the first that fired.
  public var leadingCriterion: String? {
    guard let findings = suggestion?.findings, !findings.isEmpty else { return nil }
    let verdict = suggestion?.verdict
    // By index, so no finding is copied (this runs for every list row drawn).
    let leading = findings.firstIndex { $0.action == verdict } ?? findings.startIndex
    return findings[leading].criterion
  }

  /// What the audit log records as shown to the moderator.
  public var auditSuggestion: AuditSuggestion {
    guard let suggestion else { return .none }
    return AuditSuggestion(
      verdict: suggestion.verdict, criteria: suggestion.findings.map(\.criterion))
  }
}

/// A decoded entry shared between copies of an item.
final class EntryBox: Sendable {
  let entry: QueueEntry
  init(_ entry: QueueEntry) { self.entry = entry }
}
