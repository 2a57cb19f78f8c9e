/// A claim on a review as the folded log sees it: the `claim` event's seq is the fencing
/// token; `renew` events move the lease end; `release`, a decision or a newer claim end it.
public struct AuditClaim: Sendable, Hashable {
  /// The seq of the `claim` event: the fencing token a decision must carry.
  public var seq: Int
  public var review: String
  /// Who claimed it.
  public var moderator: String
  /// When the lease ends, in milliseconds since the Unix epoch (UTC).
  public var leaseUntilMs: Int64

  public init(seq: Int, review: String, moderator: String, leaseUntilMs: Int64) {
    self.seq = seq
    self.review = review
    self.moderator = moderator
    self.leaseUntilMs = leaseUntilMs
  }

  /// Whether the lease still runs at `nowMs`.
  public func isLive(nowMs: Int64) -> Bool { leaseUntilMs > nowMs }

  /// The lease end as written in the log (RFC 3339 UTC).
  public var leaseUntil: String { LeaseClock.format(ms: leaseUntilMs) }
}
