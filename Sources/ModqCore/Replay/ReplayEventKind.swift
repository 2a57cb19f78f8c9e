/// The audit event types replay and reports tell apart, as a one-byte code per event.
public enum ReplayEventKind: UInt8, Sendable, Hashable, CaseIterable {
  case accept, override, escalate, annotate, undo, skip, sessionStart, sessionEnd, recovery
  /// A type this version does not know (kept, shown by its name).
  case other

  /// The kind of an `AuditEventType`.
  public init(_ type: AuditEventType) {
    self = Self.allCases.first { $0.typeName == type.rawValue } ?? .other
  }

  /// The `type` string on disk.
  public var typeName: String {
    switch self {
    case .accept: "accept"
    case .override: "override"
    case .escalate: "escalate"
    case .annotate: "annotate"
    case .undo: "undo"
    case .skip: "skip"
    case .sessionStart: "session_start"
    case .sessionEnd: "session_end"
    case .recovery: "recovery"
    case .other: "other"
    }
  }

  /// Whether the event records a verdict on a review.
  public var isDecision: Bool { self == .accept || self == .override || self == .escalate }

  /// The kind of the quoted JSON string `p[s..<e]` (quotes included).
  static func code(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> ReplayEventKind {
    switch e - s {
    case 6 where AuditLineParser.equals(p, s, e, "\"skip\""): .skip
    case 6 where AuditLineParser.equals(p, s, e, "\"undo\""): .undo
    case 8 where AuditLineParser.equals(p, s, e, "\"accept\""): .accept
    case 10 where AuditLineParser.equals(p, s, e, "\"override\""): .override
    case 10 where AuditLineParser.equals(p, s, e, "\"escalate\""): .escalate
    case 10 where AuditLineParser.equals(p, s, e, "\"annotate\""): .annotate
    case 10 where AuditLineParser.equals(p, s, e, "\"recovery\""): .recovery
    case 13 where AuditLineParser.equals(p, s, e, "\"session_end\""): .sessionEnd
    case 15 where AuditLineParser.equals(p, s, e, "\"session_start\""): .sessionStart
    default: .other
    }
  }
}
