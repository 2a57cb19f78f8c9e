import ModqCore

/// What one session knows about the others on the same log: its own claim, the reviews
/// others hold, who is working, and whether the log is still the file it opened.
public struct TeamState: Sendable {
  public var settings: ClaimSettings
  /// Claims start only once `session_start` is acknowledged.
  public var active = false
  public var held: HeldClaim?
  /// A take request sent and not answered yet (review id).
  public var claiming: String?
  /// A review whose claim failed for a reason other than the rules (not retried until the
  /// selection moves).
  public var failedReview: String?
  /// Item index -> moderator holding a live claim on it (not this session).
  public var others: [Int: String] = [:]
  /// Moderators with live claims on this queue's reviews, and how many each holds.
  public var working: [String: Int] = [:]
  /// The moderator did something since the last renewal.
  public var activity = false
  /// Loop clock of the last poll.
  public var lastPoll = -Double.infinity
  /// The last folded state seen, to re-check leases as they run out.
  public var state: AuditState?
  /// The earliest lease end among others' claims (wall ms): re-check then.
  public var nextExpiryMs = Int64.max
  /// Review id -> item index (built on the first reconcile; rebuilt when the item list
  /// grows, e.g. when a large queue finishes loading).
  public var itemIndex: [String: Int] = [:]
  /// How many items `itemIndex` was built from.
  public var indexedItems = -1
  /// The last seq reconciled: later polls look only at reviews changed after it.
  public var reconciledSeq = 0
  /// Why the log is unusable (deleted or replaced), until it comes back.
  public var logLost: String?

  public init(settings: ClaimSettings) { self.settings = settings }

  /// "bo, cy (2)" for the status line; empty when nobody else works the queue.
  public var workingSummary: String {
    working.keys.sorted().map { name in
      let n = working[name] ?? 0
      return n > 1 ? "\(name) (\(n))" : name
    }.joined(separator: ", ")
  }
}
