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
  /// Decisions with a measured time.
  public private(set) var timedDecisions = 0
  /// Median seconds per timed decision (nil when none was timed).
  public private(set) var medianSeconds: Double?
  /// Decisions per hour of active work: 3600 / mean seconds per timed decision.
  public private(set) var decisionsPerHour: Double?

  public init(key: String) { self.key = key }

  /// Share of suggestions the moderators overrode (0 when nothing was suggested).
  public var overrideRate: Double { suggested == 0 ? 0 : Double(overridden) / Double(suggested) }

  /// Share of decisions in force that reject.
  public var rejectRate: Double { inForce == 0 ? 0 : Double(rejects) / Double(inForce) }

  /// Sets the time figures from `count` timed decisions taking `totalMilliseconds` in all,
  /// with the given median (nil when none was timed).
  mutating func setTimes(count: Int, medianMilliseconds: Double?, totalMilliseconds: Int64) {
    timedDecisions = count
    guard count > 0, let medianMilliseconds else { return }
    medianSeconds = medianMilliseconds / 1000
    if totalMilliseconds > 0 {
      decisionsPerHour = Double(count) * 3_600_000 / Double(totalMilliseconds)
    }
  }
}
