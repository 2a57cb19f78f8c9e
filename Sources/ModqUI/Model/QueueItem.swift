import ModqCore

/// One review of the queue as the UI holds it: the decoded queue entry plus the engine's
/// suggestion (nil until the review has been screened).
public struct QueueItem: Sendable {
  public var entry: QueueEntry
  public var suggestion: ScreeningResult?

  public init(entry: QueueEntry, suggestion: ScreeningResult? = nil) {
    self.entry = entry
    self.suggestion = suggestion
  }

  /// The review itself.
  public var review: Review { entry.review }
  /// The review id.
  public var id: String { entry.review.id }
  /// The suggested verdict, if screened.
  public var suggestedVerdict: Verdict? { suggestion?.verdict }
  /// The criterion the list shows: the first one whose action is the suggested verdict (so
  /// an escalated review shows why it escalates), else the first that fired.
  public var leadingCriterion: String? {
    guard let suggestion else { return nil }
    let leading = suggestion.findings.first { $0.action == suggestion.verdict }
    return (leading ?? suggestion.findings.first)?.criterion
  }

  /// What the audit log records as shown to the moderator.
  public var auditSuggestion: AuditSuggestion {
    guard let suggestion else { return .none }
    return AuditSuggestion(
      verdict: suggestion.verdict, criteria: suggestion.findings.map(\.criterion))
  }
}
