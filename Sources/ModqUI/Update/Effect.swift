import ModqCore

/// Work `update` asks the runner to do; the runner feeds the outcome back as a `Message`.
public enum Effect: Sendable {
  /// Append and sync; answer `.auditAppended` or `.auditFailed`.
  case appendAudit(AuditDraft)
  /// Write the escalation outbox line and run `on_escalate`; answer
  /// `.escalationDelivered` or `.escalationFailed`.
  case deliverEscalation(EscalationRecord)
  /// Claim, renew or release (checked by `ClaimRules` under the log lock); answer
  /// `.claimAnswered`.
  case claim(ClaimRequest)
  /// Follow the log: read what others appended; answer `.logPolled`.
  case pollLog
  /// Stop the loop.
  case quit
}
