/// One decision a moderator or a script asks to record.
public struct DecisionRequest: Sendable, Hashable {
  public var review: String
  public var verdict: Verdict
  public var criteria: [String]
  public var note: String?
  /// The idempotency key, made before the write (a retry with the same id records nothing new).
  public var id: String

  public init(
    review: String, verdict: Verdict, criteria: [String] = [], note: String? = nil,
    id: String = AuditDraft.newID()
  ) {
    self.review = review
    self.verdict = verdict
    self.criteria = criteria
    self.note = note
    self.id = id
  }
}

/// Supplies the suggestion a moderator was shown for a review (the screening engine, once
/// wired in). What it returns is recorded in the decision's `suggested` member.
public protocol SuggestionProvider: Sendable {
  func suggestion(for review: Review) -> AuditSuggestion
}

/// Records that no suggestion was shown (`{"verdict":null,"criteria":[]}`).
public struct NoSuggestion: SuggestionProvider {
  public init() {}
  public func suggestion(for review: Review) -> AuditSuggestion { .none }
}
