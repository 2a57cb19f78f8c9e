/// "The queue as of seq N": which reviews were decided (and how) and which were still
/// pending once the event at seq N had been written.
public struct ReplayQueueState: Sendable {
  /// A review's decision in force at that point.
  public struct Decided: Sendable, Hashable {
    public var review: String
    public var seq: Int
    public var verdict: Verdict
    public var moderator: String
  }

  public var seq: Int
  public var decided: [Decided]
  /// Review ids without a decision in force, in queue order when queues are known, else in
  /// order of first appearance in the log.
  public var pending: [String]

  /// The state after seq `seq`. `queueIDs` lists every review of the queues (nil when no
  /// queue file was given: then only reviews the log mentions can be pending).
  public init(_ index: ReplayIndex, seq: Int, queueIDs: [String]?) {
    let end = max(0, min(seq, index.count))
    let outcomes = ReplayOutcomes(index, through: end)
    self.seq = end
    decided = outcomes.decisionPositions.map { i in
      Decided(
        review: index.review(i) ?? "", seq: i + 1, verdict: index.final(i) ?? .publish,
        moderator: index.moderator(i))
    }
    if let queueIDs {
      pending = queueIDs.filter { id in
        guard let r = index.reviewID(named: id), r < outcomes.current.count else { return true }
        return outcomes.current[r] < 0
      }
    } else {
      var seen = Array(repeating: false, count: index.reviewCount)
      var out: [String] = []
      for i in 0..<end where index.reviews[i] >= 0 {
        let r = Int(index.reviews[i])
        if !seen[r], outcomes.current[r] < 0 { out.append(index.reviewName(r)) }
        seen[r] = true
      }
      pending = out
    }
  }
}
