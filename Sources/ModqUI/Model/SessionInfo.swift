/// What stays fixed for a whole moderation session: who, which queue, which policy.
public struct SessionInfo: Sendable {
  /// The moderator's name, recorded on every audit event.
  public var moderator: String
  /// The queue as recorded in the audit log's `queue` member.
  public var queue: String
  /// The policy hash recorded on decisions.
  public var policyHash: String
  /// The policy's criteria (titles, explanations, sources), in policy order.
  public var criteria: [CriterionInfo]
  /// A unique prefix for this session's event ids (`<session>-<n>`).
  public var sessionID: String

  public init(
    moderator: String, queue: String, policyHash: String, criteria: [CriterionInfo],
    sessionID: String
  ) {
    self.moderator = moderator
    self.queue = queue
    self.policyHash = policyHash
    self.criteria = criteria
    self.sessionID = sessionID
  }

  /// The criterion with `id`, if the policy has it.
  public func criterion(_ id: String) -> CriterionInfo? { criteria.first { $0.id == id } }

  /// The queue's file name, for the status line.
  public var queueName: String {
    guard let slash = queue.lastIndex(of: "/") else { return queue }
    return String(queue[queue.index(after: slash)...])
  }
}
