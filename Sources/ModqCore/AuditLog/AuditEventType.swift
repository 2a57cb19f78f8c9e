/// The `type` of an audit event. A struct rather than an enum so later features (claims,
/// checkpoints) can add types without breaking readers: unknown types are kept as they are.
public struct AuditEventType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  public var rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// The moderator confirmed the suggested verdict.
  public static let accept = AuditEventType("accept")
  /// The moderator chose a verdict other than the suggestion.
  public static let override = AuditEventType("override")
  /// The moderator escalated the review.
  public static let escalate = AuditEventType("escalate")
  /// A note on a review; not a decision.
  public static let annotate = AuditEventType("annotate")
  /// Reverses the decision with seq `target`; the review becomes pending again.
  public static let undo = AuditEventType("undo")
  /// The moderator skipped a review; not a decision.
  public static let skip = AuditEventType("skip")
  public static let sessionStart = AuditEventType("session_start")
  public static let sessionEnd = AuditEventType("session_end")
  /// Names a torn fragment that was quarantined (offset, length, sha256).
  public static let recovery = AuditEventType("recovery")
  /// A moderator claims a review (`review`, `queue`, `lease_until`); its seq is the fencing
  /// token.
  public static let claim = AuditEventType("claim")
  /// Extends a claim's lease (`review`, `claim` = the claim's seq, `lease_until`).
  public static let renew = AuditEventType("renew")
  /// Gives a claim up without deciding (`review`, `claim`).
  public static let release = AuditEventType("release")

  /// Whether events of this type record a verdict on a review.
  public var isDecision: Bool {
    self == .accept || self == .override || self == .escalate
  }

  public var description: String { rawValue }
}
