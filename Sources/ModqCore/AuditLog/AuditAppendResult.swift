/// What happened to one draft given to `AuditLog.appendBatch`.
public enum AuditAppendResult: Sendable {
  /// Written and synced: durable and acknowledged.
  case recorded(AuditEvent)
  /// The id was already in the log (or earlier in the batch); nothing new was written.
  case duplicate(AuditEvent)
  /// The caller's check refused it; nothing was written.
  case refused(String)

  /// The event in the log, unless refused.
  public var event: AuditEvent? {
    switch self {
    case .recorded(let e), .duplicate(let e): e
    case .refused: nil
    }
  }

  /// Whether the id was already in the log.
  public var isDuplicate: Bool {
    if case .duplicate = self { return true }
    return false
  }
}
