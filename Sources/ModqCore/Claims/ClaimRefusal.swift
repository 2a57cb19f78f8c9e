/// Why the log refused a claim, renewal, release or decision (nothing was written).
public struct ClaimRefusal: Error, Sendable, Hashable, CustomStringConvertible {
  /// What stood in the way.
  public enum Kind: Sendable, Hashable {
    /// The review already has a decision (the first decision wins).
    case decided(AuditDecision)
    /// Someone else holds a live claim on it.
    case claimed(AuditClaim)
    /// The caller's claim (`token`) is no longer current: released, decided, or taken over
    /// after its lease expired (`now` is the current claim, if any).
    case lost(token: Int, now: AuditClaim?)
  }

  public var review: String
  public var kind: Kind

  public init(review: String, kind: Kind) {
    self.review = review
    self.kind = kind
  }

  public var description: String {
    let name = AuditEvent.asciiEscaped(review)
    switch kind {
    case .decided(let d):
      return "review '\(name)' is already decided (\(d.verdict.rawValue) by "
        + "\(AuditEvent.asciiEscaped(d.moderator)), seq \(d.seq)); undo it first"
    case .claimed(let c):
      return "review '\(name)' is claimed by \(AuditEvent.asciiEscaped(c.moderator)) "
        + "(claim seq \(c.seq), lease until \(c.leaseUntil)); leave it to them or wait for "
        + "the lease to expire"
    case .lost(let token, let now):
      let after =
        now.map { "it is now claimed by \(AuditEvent.asciiEscaped($0.moderator)) (seq \($0.seq))" }
        ?? "it was released"
      return "claim lost on review '\(name)': claim seq \(token) is no longer current ("
        + after + "); nothing was written"
    }
  }
}
