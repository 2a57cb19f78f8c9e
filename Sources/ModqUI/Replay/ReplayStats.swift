import ModqCore

/// What the stats view charts: decisions per moderator, override rate per criterion,
/// decisions per hour over the log, reject rate per star rating (when known).
public struct ReplayStats: Sendable {
  public var byModerator: [(String, Double)]
  public var overrideRateByCriterion: [(String, Double)]
  public var medianSecondsByModerator: [(String, Double)]
  /// Decisions in each hour from the first event to the last.
  public var perHour: [Double]
  public var firstHour: Int64
  public var undos: Int
  public var decisions: Int
  /// Reject rate (%) of the decisions in force per star rating; empty without ratings.
  public var rejectRateByRating: [(String, Double)]

  /// Stats of `index`; `ratings` (per review id, from the queue files) adds reject rates
  /// by star rating.
  public init(_ index: ReplayIndex, ratings: [UInt8]? = nil) {
    let reports = ModerationReport.reports(index, by: [.moderator, .criterion], ratings: ratings)
    let moderators = reports[0]
    let criteria = reports[1]
    rejectRateByRating = ratings == nil ? [] : moderators.rejectsByRating.map {
      ("\($0.rating)★ (\($0.inForce))", ($0.rejectRate * 1000).rounded() / 10)
    }
    byModerator = moderators.rows.map { ($0.key, Double($0.decisions)) }
    medianSecondsByModerator = moderators.rows.map { ($0.key, $0.medianSeconds ?? 0) }
    overrideRateByCriterion = criteria.rows.filter { $0.suggested > 0 && $0.key != "(none)" }
      .sorted { $0.overrideRate > $1.overrideRate }
      .map { ($0.key, ($0.overrideRate * 1000).rounded() / 10) }
    undos = moderators.total.undos
    decisions = moderators.total.decisions
    firstHour = index.count > 0 ? index.time(0) / 3_600_000 : 0
    var hours: [Double] = []
    for i in 0..<index.count where index.kind(i).isDecision {
      let h = Int(index.time(i) / 3_600_000 - firstHour)
      guard h >= 0, h < 24 * 366 else { continue }
      if h >= hours.count { hours += Array(repeating: 0, count: h - hours.count + 1) }
      hours[h] += 1
    }
    perHour = hours
  }
}
