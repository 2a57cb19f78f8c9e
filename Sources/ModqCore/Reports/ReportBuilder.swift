/// One pass over the index that fills the rows of a `ModerationReport`.
struct ReportBuilder {
  let index: ReplayIndex
  let grouping: ReportGrouping
  let ratings: [UInt8]?
  var rows: [String: ReportRow] = [:]
  var total = ReportRow(key: "all")
  var escalationReasons: [String: Int] = [:]
  var ratingRows: [String: ModerationReport.RatingRejects] = [:]

  init(index: ReplayIndex, grouping: ReportGrouping, ratings: [UInt8]?) {
    self.index = index
    self.grouping = grouping
    self.ratings = ratings
  }

  mutating func run(idleLimit: Int64) {
    let outcomes = ReplayOutcomes(index)
    var last = Array(repeating: Int64.min, count: index.moderatorCount)
    var dayCache: (day: Int64, name: String) = (-1, "")
    for i in 0..<index.count {
      let kind = index.kind(i)
      let m = index.moderatorID(i)
      let t = index.time(i)
      var sample: Int64?
      if m >= 0 {
        if kind.isDecision, last[m] != .min, t - last[m] <= idleLimit, t >= last[m] {
          sample = t - last[m]
        }
        last[m] = kind == .sessionEnd ? .min : t
      }
      if kind == .undo {
        let target = index.target(i) - 1
        let subject = target >= 0 && target < i ? target : i
        for key in keys(i, subject: subject, &dayCache) { rows[key, default: ReportRow(key: key)].undos += 1 }
        total.undos += 1
        continue
      }
      guard kind.isDecision else { continue }
      let force = outcomes.inForce(index, i)
      let groupKeys = keys(i, subject: i, &dayCache)
      for key in groupKeys {
        Self.count(&rows[key, default: ReportRow(key: key)], i, kind, sample, force, index, key, grouping)
      }
      Self.count(&total, i, kind, sample, force, index, nil, grouping)
      if kind == .escalate {
        let reasons = index.chosenCriteria(i).map(index.criterionName)
        for reason in reasons.isEmpty ? ["(none)"] : reasons { escalationReasons[reason, default: 0] += 1 }
      }
      if force { countRating(i) }
    }
  }

  /// Adds decision `i` to `row`. For criterion rows, `criterion` is the row's criterion.
  private static func count(
    _ row: inout ReportRow, _ i: Int, _ kind: ReplayEventKind, _ sample: Int64?, _ force: Bool,
    _ index: ReplayIndex, _ criterion: String?, _ grouping: ReportGrouping
  ) {
    row.decisions += 1
    switch kind {
    case .accept: row.accepts += 1
    case .override: row.overrides += 1
    default: row.escalations += 1
    }
    if let sample { row.samples.append(sample) }
    if let suggested = index.suggested(i) {
      var counts = true
      if grouping == .criterion, let criterion {
        counts = index.suggestedCriteria(i).contains { index.criterionName($0) == criterion }
      }
      if counts {
        row.suggested += 1
        if index.final(i) != suggested { row.overridden += 1 }
      }
    }
    if force {
      row.inForce += 1
      if index.final(i) == .reject { row.rejects += 1 }
    }
  }

  private func rating(_ i: Int) -> String {
    guard let ratings, index.reviews[i] >= 0 else { return "unknown" }
    let stars = ratings[Int(index.reviews[i])]
    return stars == 0 ? "unknown" : String(stars)
  }

  private mutating func countRating(_ i: Int) {
    let key = rating(i)
    var row = ratingRows[key] ?? .init(rating: key, inForce: 0, rejects: 0, byCriterion: [:])
    row.inForce += 1
    if index.final(i) == .reject {
      row.rejects += 1
      for c in Set(index.chosenCriteria(i)) { row.byCriterion[index.criterionName(c), default: 0] += 1 }
    }
    ratingRows[key] = row
  }

  /// The row keys event `i` counts under (its `subject` decision for criterion and rating).
  private func keys(_ i: Int, subject: Int, _ cache: inout (day: Int64, name: String)) -> [String] {
    switch grouping {
    case .moderator: return [index.moderator(i)]
    case .day:
      let day = index.time(i) / 86_400_000
      if day != cache.day { cache = (day, ReplayTime.day(index.time(i))) }
      return [cache.name]
    case .rating: return [rating(subject)]
    case .criterion:
      var ids = index.suggestedCriteria(subject)
      for c in index.chosenCriteria(subject) where !ids.contains(c) { ids.append(c) }
      return ids.isEmpty ? ["(none)"] : ids.map(index.criterionName)
    }
  }

  func sortedRows() -> [ReportRow] {
    rows.values.sorted { a, b in
      switch grouping {
      case .criterion: (b.decisions, a.key) < (a.decisions, b.key)
      default: a.key < b.key
      }
    }
  }

  func ratingRejects() -> [ModerationReport.RatingRejects] {
    ratingRows.values.sorted { $0.rating < $1.rating }
  }
}
