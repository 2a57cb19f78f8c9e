/// One row of a moderation report: the figures for one moderator, criterion, day or rating.
public struct ReportRow: Sendable, Hashable {
  public var key: String
  /// Decision events (accept, override, escalate), including ones later undone.
  public var decisions = 0
  public var accepts = 0
  public var overrides = 0
  public var escalations = 0
  /// Undo events (for criterion and rating rows: undos of decisions in the row).
  public var undos = 0
  /// Decisions that had a suggested verdict (for criterion rows: that the criterion was
  /// among the suggestion's reasons).
  public var suggested = 0
  /// Of those, decisions whose final verdict differs from the suggested one.
  public var overridden = 0
  /// Decisions still in force at the end of the log (not undone) and how many reject.
  public var inForce = 0
  public var rejects = 0
  /// Seconds spent on each timed decision (see `ModerationReport`), in milliseconds.
  var samples: [Int64] = []

  public init(key: String) { self.key = key }

  /// Share of suggestions the moderators overrode (0 when nothing was suggested).
  public var overrideRate: Double { suggested == 0 ? 0 : Double(overridden) / Double(suggested) }

  /// Share of decisions in force that reject.
  public var rejectRate: Double { inForce == 0 ? 0 : Double(rejects) / Double(inForce) }

  /// Decisions with a measured time.
  public var timedDecisions: Int { samples.count }

  /// Median seconds per timed decision (nil when none was timed).
  public var medianSeconds: Double? {
    guard !samples.isEmpty else { return nil }
    let sorted = samples.sorted()
    let mid = sorted.count / 2
    let ms = sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    return ms / 1000
  }

  /// Decisions per hour of active work: 3600 / mean seconds per timed decision.
  public var decisionsPerHour: Double? {
    let total = samples.reduce(0, +)
    guard total > 0 else { return nil }
    return Double(samples.count) * 3_600_000 / Double(total)
  }
}
