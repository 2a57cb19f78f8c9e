/// A one-line message in the status area: what just happened, or what went wrong.
public struct StatusMessage: Sendable, Hashable {
  /// How the message is styled.
  public enum Severity: Sendable, Hashable {
    case info
    case warning
    case error
  }

  public var text: String
  public var severity: Severity

  public init(_ text: String, _ severity: Severity = .info) {
    self.text = text
    self.severity = severity
  }
}

/// Whether the audit log is taking writes.
public enum AuditHealth: Sendable, Hashable {
  /// Every write so far was synced; `events` is the log's event count.
  case ok(events: Int)
  /// The last write failed for this reason.
  case failing(String)

  /// Whether the last write failed.
  public var isFailing: Bool {
    if case .failing = self { return true }
    return false
  }
}

/// Background screening of a large queue.
public enum ScreeningProgress: Sendable, Hashable {
  case done
  case running(done: Int, total: Int)
}
