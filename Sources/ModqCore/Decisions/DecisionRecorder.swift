import Foundation

/// Records decisions on a queue's reviews into the audit log: refuses unknown review ids,
/// and (under the log lock, `ClaimRules`) reviews that already have a current decision or
/// that another moderator holds a live claim on. Bulk requests go through group commit.
public final class DecisionRecorder: @unchecked Sendable {
  public let log: AuditLog
  public let queuePath: String
  public let moderator: String
  /// Hash of the policy in force (`Policy.sha256`), recorded on every decision.
  public let policy: String
  private let entries: [String: QueueEntry]
  private let suggester: SuggestionProvider

  public init(
    log: AuditLog, queuePath: String, entries: [QueueEntry], moderator: String, policy: String,
    suggester: SuggestionProvider = NoSuggestion()
  ) {
    self.log = log
    self.queuePath = queuePath
    self.moderator = moderator
    self.policy = policy
    self.suggester = suggester
    var byID: [String: QueueEntry] = [:]
    for entry in entries where byID[entry.review.id] == nil { byID[entry.review.id] = entry }
    self.entries = byID
  }

  /// Records one decision; throws `AuditError.refused` with a clear message when refused.
  public func record(_ request: DecisionRequest) throws -> AuditAppendResult {
    let result = try record([request])[0]
    if case .refused(let message) = result { throw AuditError.refused(message) }
    return result
  }

  /// Records many decisions with one fdatasync per call; results in request order.
  public func record(_ requests: [DecisionRequest]) throws -> [AuditAppendResult] {
    var results = [AuditAppendResult?](repeating: nil, count: requests.count)
    var drafts: [AuditDraft] = []
    var slots: [Int] = []
    for (n, request) in requests.enumerated() {
      guard let entry = entries[request.review] else {
        results[n] = .refused("unknown review id '\(request.review)' in \(queuePath)")
        continue
      }
      drafts.append(
        .decision(
          review: request.review, queue: queuePath, reviewSHA256: entry.lineSHA256,
          suggested: suggester.suggestion(for: entry.review), final: request.verdict,
          criteria: request.criteria, policy: policy, note: request.note, moderator: moderator,
          id: request.id))
      slots.append(n)
    }
    let written = try log.appendBatch(drafts) { state, draft in
      try ClaimRules.check(state, draft, nowMs: LeaseClock.nowMs())
    }
    for (slot, result) in zip(slots, written) { results[slot] = result }
    return results.map { $0 ?? .refused("not recorded") }
  }
}
