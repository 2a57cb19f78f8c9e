/// Figures a supervisor reads from the audit log (`modq report`).
///
/// Definitions (docs/supervising.md):
/// - a decision is an accept, override or escalate event; undone ones still count as work;
/// - a decision is *timed* when the same moderator's previous event (not a `session_end`) is
///   at most `idleLimit` earlier; its time is the gap between the two;
/// - the override rate is the share of suggested decisions whose final verdict differs;
/// - reject rates use the decisions still in force at the end of the log.
public struct ModerationReport: Sendable {
  public var grouping: ReportGrouping
  public var rows: [ReportRow]
  public var total: ReportRow
  /// Escalation events per criterion the moderator gave as reason ("(none)" if none).
  public var escalationsByReason: [(reason: String, count: Int)]
  /// Per star rating ("1".."5", "unknown"): decisions in force, rejects, and rejects per
  /// criterion cited.
  public var rejectsByRating: [RatingRejects]
  /// Whether star ratings were known (queue files given).
  public var ratingsKnown: Bool

  /// Reject figures for one star rating.
  public struct RatingRejects: Sendable, Hashable {
    public var rating: String
    public var inForce: Int
    public var rejects: Int
    public var byCriterion: [String: Int]

    public var rejectRate: Double { inForce == 0 ? 0 : Double(rejects) / Double(inForce) }
  }

  /// Builds the report. `ratings` gives each review's stars (by review id, 0 unknown).
  public init(
    _ index: ReplayIndex, by grouping: ReportGrouping, ratings: [UInt8]? = nil,
    idleLimitSeconds: Int = 1800
  ) {
    var builder = ReportBuilder(index: index, grouping: grouping, ratings: ratings)
    builder.run(idleLimit: Int64(idleLimitSeconds) * 1000)
    self.grouping = grouping
    rows = builder.sortedRows()
    total = builder.total
    escalationsByReason = builder.escalationReasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      .map { (reason: $0.key, count: $0.value) }
    rejectsByRating = builder.ratingRejects()
    ratingsKnown = ratings != nil
  }
}
