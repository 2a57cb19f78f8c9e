/// One current decision as handed back to a store or a help desk.
public struct DecisionRecord: Sendable, Hashable {
  public var review: String
  public var verdict: Verdict
  /// The audit event type: `accept`, `override` or `escalate`.
  public var type: String
  public var criteria: [String]
  /// Industry reason codes for the criteria (`ReasonCodes`), without repeats.
  public var reasonCodes: [String]
  public var note: String?
  public var moderator: String
  /// RFC 3339 UTC time of the decision event.
  public var ts: String
  public var seq: Int
  /// The queue file the decision was made in.
  public var queue: String?

  public init(
    review: String, verdict: Verdict, type: String, criteria: [String], note: String?,
    moderator: String, ts: String, seq: Int, queue: String?
  ) {
    self.review = review
    self.verdict = verdict
    self.type = type
    self.criteria = criteria
    self.reasonCodes = ReasonCodes.codes(for: criteria)
    self.note = note
    self.moderator = moderator
    self.ts = ts
    self.seq = seq
    self.queue = queue
  }

  /// The record of a decision event, or nil if `event` is not a decision.
  public init?(event: AuditEvent) {
    guard event.type.isDecision, let review = event.review, let verdict = event.final else {
      return nil
    }
    self.init(
      review: review, verdict: verdict, type: event.type.rawValue, criteria: event.criteria,
      note: event.note, moderator: event.moderator, ts: event.ts, seq: event.seq,
      queue: event["queue"]?.stringValue)
  }
}
