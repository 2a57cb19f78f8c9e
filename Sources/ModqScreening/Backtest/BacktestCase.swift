import ModqCore

/// One decided review to screen again: its text and what happened to it.
public struct BacktestCase: Sendable {
  public var review: Review
  /// The human's final verdict (the decision in force).
  public var final: Verdict
  /// The criteria the human confirmed or chose.
  public var chosen: [String]
  /// What the policy in force suggested, as the log recorded it.
  public var suggested: Verdict?
  public var suggestedCriteria: [String]

  public init(
    review: Review, final: Verdict, chosen: [String], suggested: Verdict?,
    suggestedCriteria: [String]
  ) {
    self.review = review
    self.final = final
    self.chosen = chosen
    self.suggested = suggested
    self.suggestedCriteria = suggestedCriteria
  }

  /// The decisions in force in `log` whose review text is found in the queues and matches
  /// the hash recorded at decision time. `skipped` counts those that could not be checked.
  public static func collect(
    from log: ReplayLog, queues: ReviewResolver
  ) -> (cases: [BacktestCase], skipped: [String]) {
    let index = log.index
    var cases: [BacktestCase] = []
    var skipped: [String] = []
    for i in ReplayOutcomes(index).decisionPositions {
      guard let event = log.event(at: i), let id = event.review, let final = event.final else {
        continue
      }
      let resolved = queues.resolve(
        review: id, queue: event["queue"]?.stringValue,
        sha256: event["review_sha256"]?.stringValue)
      guard case .verified(let entry, _) = resolved else {
        skipped.append("seq \(i + 1) \(id): \(resolved.summary)")
        continue
      }
      cases.append(
        BacktestCase(
          review: entry.review, final: final, chosen: event.criteria,
          suggested: index.suggested(i),
          suggestedCriteria: index.suggestedCriteria(i).map(index.criterionName)))
    }
    return (cases, skipped)
  }
}
