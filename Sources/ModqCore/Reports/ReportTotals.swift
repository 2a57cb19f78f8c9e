/// The parts of a report that do not depend on the grouping: the `all` row, escalations by
/// reason and rejects by star rating. Counted once per set of columns, into flat arrays.
struct ReportTotals {
  private(set) var total = ReportRow(key: "all")
  private(set) var escalationsByReason: [(reason: String, count: Int)] = []
  private(set) var rejectsByRating: [ModerationReport.RatingRejects] = []

  init(_ c: ReportColumns) {
    let index = c.index
    let criteria = index.criterionCount
    var counts = ReportCounts()
    var reasons = [Int](repeating: 0, count: criteria + 1)
    var ratingCounts = [ReportCounts](repeating: ReportCounts(), count: 6)
    var ratingCriteria = [Int](repeating: 0, count: 6 * criteria)
    var timed: [Int64] = []
    timed.reserveCapacity(index.count / 2)
    let kinds = index.kinds
    let finals = index.finals
    let suggestedVerdicts = index.suggestedVerdicts
    let chosenLists = index.chosenLists
    let samples = c.samples
    let inForce = c.inForce
    let escalate = ReplayEventKind.escalate.rawValue
    let undo = ReplayEventKind.undo.rawValue
    for i in 0..<index.count {
      let kind = kinds[i]
      if kind == undo { counts.undos += 1 }
      guard ReportColumns.isDecision(kind) else { continue }
      let final = finals[i]
      let reject = final == 1
      counts.add(
        kind: kind, sample: samples[i], suggested: suggestedVerdicts[i] != ReplayIndex.none,
        overridden: final != suggestedVerdicts[i], force: inForce[i], reject: reject)
      if samples[i] >= 0 { timed.append(samples[i]) }
      let list = Int(chosenLists[i])
      if kind == escalate {
        let items = list < 0 ? 0..<0 : c.listStarts[list]..<c.listStarts[list + 1]
        if items.isEmpty { reasons[criteria] += 1 }
        for k in items { reasons[Int(c.items[k])] += 1 }
      }
      guard inForce[i] else { continue }
      let s = c.stars(i)
      ratingCounts[s].touched = true
      ratingCounts[s].inForce += 1
      guard reject else { continue }
      ratingCounts[s].rejects += 1
      guard list >= 0 else { continue }
      for k in c.distinctStarts[list]..<c.distinctStarts[list + 1] {
        ratingCriteria[s * criteria + Int(c.distinct[k])] += 1
      }
    }
    let median = timed.withUnsafeMutableBufferPointer { MedianSelection.median($0) }
    total = counts.row(key: "all", median: median)
    let names = index.allCriterionNames
    var byReason: [String: Int] = [:]
    for (k, n) in reasons.enumerated() where n > 0 {
      byReason[k < criteria ? names[k] : "(none)", default: 0] += n
    }
    escalationsByReason = byReason.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      .map { (reason: $0.key, count: $0.value) }
    for s in 0..<6 where ratingCounts[s].touched {
      var byCriterion: [String: Int] = [:]
      for k in 0..<criteria where ratingCriteria[s * criteria + k] > 0 {
        byCriterion[names[k], default: 0] += ratingCriteria[s * criteria + k]
      }
      rejectsByRating.append(
        .init(
          rating: Self.ratingName(s), inForce: ratingCounts[s].inForce,
          rejects: ratingCounts[s].rejects, byCriterion: byCriterion))
    }
    rejectsByRating.sort { $0.rating < $1.rating }
  }

  /// `1`...`5`, or `unknown` for 0.
  static func ratingName(_ stars: Int) -> String { stars == 0 ? "unknown" : String(stars) }
}
