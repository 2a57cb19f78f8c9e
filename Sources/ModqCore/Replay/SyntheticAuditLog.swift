/// A deterministic, realistic audit log for benchmarks: moderators working sessions on
/// reviews `r-1`, `r-2`..., 5 to 90 s apart, with suggestions citing criteria, overrides,
/// escalations, notes, skips and undos. Event `n` depends only on the seed and what came
/// before, so the same arguments always give the same log.
public struct SyntheticAuditLog: Sequence, Sendable {
  public let events: Int
  public let seed: UInt64

  public init(events: Int, seed: UInt64 = 7) {
    self.events = events
    self.seed = seed
  }

  static let moderators = ["ana", "bo", "chen", "dee", "eli", "fay", "gus", "hana"]
  static let criteria = [
    ("pii.phone", Verdict.reject), ("pii.email", .reject), ("profanity", .reject),
    ("competitor", .reject), ("price", .reject), ("shipping_only", .reject),
    ("gibberish", .reject), ("threat", .escalate), ("service_issue", .escalate),
    ("rating_mismatch", .reject), ("incentivized", .reject),
  ]

  public func makeIterator() -> Iterator { Iterator(events: events, seed: seed) }

  /// Produces `(ts, draft)` pairs.
  public struct Iterator: IteratorProtocol {
    var random: SeededRandom
    let events: Int
    var produced = 0
    var clock: Int64 = 1_795_420_800_000  // 2026-11-23T08:00:00Z
    var moderator = 0
    var sessionLeft = 0
    var nextReview = 1
    var lastDecision = 0
    var pendingEnd = false

    init(events: Int, seed: UInt64) {
      self.events = events
      random = SeededRandom(seed: seed)
    }

    public mutating func next() -> (String, AuditDraft)? {
      guard produced < events else { return nil }
      produced += 1
      let name = SyntheticAuditLog.moderators[moderator]
      if sessionLeft == 0 && !pendingEnd {
        sessionLeft = 100 + random.below(200)
        clock += Int64(60_000 + random.below(600_000))
        return stamp(.session(start: true, queue: "queue.jsonl", moderator: name, id: id()))
      }
      clock += Int64(5_000 + random.below(85_000))
      if pendingEnd || produced == events {
        pendingEnd = false
        moderator = (moderator + 1 + random.below(3)) % SyntheticAuditLog.moderators.count
        return stamp(.session(start: false, queue: "queue.jsonl", moderator: name, id: id()))
      }
      sessionLeft -= 1
      if sessionLeft == 0 { pendingEnd = true }
      let roll = random.below(100)
      if roll < 1, lastDecision > 0 {
        defer { lastDecision = 0 }
        return stamp(.undo(target: lastDecision, moderator: name, id: id()))
      }
      let review = "r-\(nextReview)"
      nextReview += 1
      if roll < 3 { return stamp(.skip(review: review, queue: "queue.jsonl", moderator: name, id: id())) }
      if roll < 5 {
        return stamp(.annotate(review: review, queue: "queue.jsonl", note: "check the photos", moderator: name, id: id()))
      }
      lastDecision = produced
      return stamp(decision(review: review, moderator: name))
    }

    private mutating func decision(review: String, moderator name: String) -> AuditDraft {
      var criteria: [String] = []
      var suggested = Verdict.publish
      if random.chance(45) {
        let (c, action) = SyntheticAuditLog.criteria[random.below(SyntheticAuditLog.criteria.count)]
        criteria = [c]
        suggested = action
      }
      var final = suggested
      if random.chance(15) { final = Verdict.allCases[random.below(3)] }
      let chosen = final == .publish ? [] : (criteria.isEmpty ? ["other"] : criteria)
      return .decision(
        review: review, queue: "queue.jsonl", reviewSHA256: String(repeating: "ab", count: 32),
        suggested: AuditSuggestion(verdict: suggested, criteria: criteria), final: final,
        criteria: chosen, policy: String(repeating: "c0", count: 32),
        note: final != suggested ? "moderator disagreed" : nil, moderator: name, id: id())
    }

    private mutating func id() -> String { "e-\(produced)" }

    private func stamp(_ draft: AuditDraft) -> (String, AuditDraft) {
      (ReplayTime.format(clock), draft)
    }
  }
}
