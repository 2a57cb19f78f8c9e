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
    let columns = ReportColumns(
      index, ratings: ratings, idleLimit: Int64(idleLimitSeconds) * 1000)
    self.init(columns, ReportTotals(columns), by: grouping)
  }

  /// One report per grouping, sharing the per-event work (timing, decisions in force,
  /// ratings, totals) between them.
  public static func reports(
    _ index: ReplayIndex, by groupings: [ReportGrouping], ratings: [UInt8]? = nil,
    idleLimitSeconds: Int = 1800
  ) -> [ModerationReport] {
    let columns = ReportColumns(
      index, ratings: ratings, idleLimit: Int64(idleLimitSeconds) * 1000)
    let totals = ReportTotals(columns)
    return groupings.map { ModerationReport(columns, totals, by: $0) }
  }

  init(_ columns: ReportColumns, _ totals: ReportTotals, by grouping: ReportGrouping) {
    self.init(
      grouping: grouping, rows: ReportTally(columns, by: grouping).rows(columns.index),
      total: totals.total, escalationsByReason: totals.escalationsByReason,
      rejectsByRating: totals.rejectsByRating, ratingsKnown: columns.ratings != nil)
  }

  /// A report from figures already counted.
  init(
    grouping: ReportGrouping, rows: [ReportRow], total: ReportRow,
    escalationsByReason: [(reason: String, count: Int)], rejectsByRating: [RatingRejects],
    ratingsKnown: Bool
  ) {
    self.grouping = grouping
    self.rows = rows
    self.total = total
    self.escalationsByReason = escalationsByReason
    self.rejectsByRating = rejectsByRating
    self.ratingsKnown = ratingsKnown
  }
}
