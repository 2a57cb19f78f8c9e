import ModqCore

/// A claim operation the model asks the runner to append (under the log's lock, checked by
/// `ClaimRules`).
public enum ClaimRequest: Sendable, Hashable {
  /// Claim `review` for one lease.
  case take(review: String)
  /// Extend the lease of claim `token` on `review`.
  case renew(review: String, token: Int)
  /// Give claim `token` on `review` up without deciding.
  case release(review: String, token: Int)

  /// The review the request is about.
  public var review: String {
    switch self {
    case .take(let r), .renew(let r, _), .release(let r, _): r
    }
  }
}

/// What became of a `ClaimRequest`.
public enum ClaimAnswer: Sendable, Hashable {
  /// The claim is recorded; `token` (its seq) fences decisions on `review`.
  case granted(review: String, token: Int)
  case renewed(review: String, token: Int)
  case released(review: String)
  /// The rules said no (decided, claimed by someone else, or our claim is lost).
  case refused(ClaimRefusal)
  /// The append failed (I/O, log replaced...).
  case failed(review: String, reason: String)
}

/// The result of following the log for one tick.
public enum LogPoll: Sendable {
  /// The log grew (or this is the first look): the folded state, at wall clock `nowMs`.
  case changed(AuditState, nowMs: Int64)
  /// Nothing new.
  case unchanged(nowMs: Int64)
  /// The log is not the file we write any more (deleted or replaced), or unreadable.
  case lost(String)
}
