@testable import ModqCore

/// The report builder as it was before the columnar rewrite (String-keyed dictionaries,
/// per-row sample arrays sorted for medians), kept only as the reference the fast
/// `ModerationReport` must agree with, figure for figure (ReportAgreementTests).
struct ReferenceReportBuilder {
  let index: ReplayIndex
  let grouping: ReportGrouping
  let ratings: [UInt8]?
  var rows: [ReportRow?] = []
  var samples: [Int: [Int64]] = [:]
  var total = ReportRow(key: "all")
  var totalSamples: [Int64] = []
  var escalationReasons: [String: Int] = [:]
  var ratingRows: [ModerationReport.RatingRejects?] = Array(repeating: nil, count: 6)
  private let moderatorNames: [String]
  private let criterionNames: [String]
  private var days: [Int64: Int] = [:]
  private var dayNames: [String] = []

  init(index: ReplayIndex, grouping: ReportGrouping, ratings: [UInt8]?) {
    self.index = index
    self.grouping = grouping
    self.ratings = ratings
    moderatorNames = index.allModeratorNames
    criterionNames = index.allCriterionNames
  }

  /// Key for decisions that cite no criterion.
  private var noCriterion: Int { criterionNames.count }

  mutating func run(idleLimit: Int64) {
    let outcomes = ReplayOutcomes(index)
    var last = Array(repeating: Int64.min, count: index.moderatorCount)
    var keys: [Int] = []
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
        collectKeys(i, subject: target >= 0 && target < i ? target : i, into: &keys)
        for key in keys { withRow(key) { $0.undos += 1 } }
        total.undos += 1
        continue
      }
      guard kind.isDecision else { continue }
      let force = outcomes.inForce(index, i)
      collectKeys(i, subject: i, into: &keys)
      let index = self.index
      for key in keys {
        let criterion = grouping == .criterion && key < noCriterion ? Int32(key) : nil
        withRow(key) { Self.count(&$0, i, kind, sample, force, index, criterion) }
        if let sample { samples[key, default: []].append(sample) }
      }
      Self.count(&total, i, kind, sample, force, index, nil)
      if let sample { totalSamples.append(sample) }
      if kind == .escalate {
        let reasons = index.chosenCriteria(i)
        if reasons.isEmpty { escalationReasons["(none)", default: 0] += 1 }
        for c in reasons { escalationReasons[criterionNames[Int(c)], default: 0] += 1 }
      }
      if force { countRating(i) }
    }
  }

  private mutating func withRow(_ key: Int, _ body: (inout ReportRow) -> Void) {
    if key >= rows.count { rows += Array(repeating: nil, count: key - rows.count + 1) }
    var row = rows[key] ?? ReportRow(key: keyName(key))
    rows[key] = nil
    body(&row)
    rows[key] = row
  }

  /// Adds decision `i` to `row`; for a criterion row, `criterion` is the row's criterion.
  private static func count(
    _ row: inout ReportRow, _ i: Int, _ kind: ReplayEventKind, _ sample: Int64?, _ force: Bool,
    _ index: ReplayIndex, _ criterion: Int32?
  ) {
    row.decisions += 1
    switch kind {
    case .accept: row.accepts += 1
    case .override: row.overrides += 1
    default: row.escalations += 1
    }
    if let suggested = index.suggested(i) {
      if criterion.map({ index.suggestedCriteria(i).contains($0) }) ?? true {
        row.suggested += 1
        if index.final(i) != suggested { row.overridden += 1 }
      }
    }
    if force {
      row.inForce += 1
      if index.final(i) == .reject { row.rejects += 1 }
    }
  }

  private func stars(_ i: Int) -> Int {
    guard let ratings, index.reviews[i] >= 0 else { return 0 }
    return min(5, Int(ratings[Int(index.reviews[i])]))
  }

  private static func ratingName(_ stars: Int) -> String { stars == 0 ? "unknown" : String(stars) }

  private mutating func countRating(_ i: Int) {
    let s = stars(i)
    var row = ratingRows[s] ?? .init(rating: Self.ratingName(s), inForce: 0, rejects: 0, byCriterion: [:])
    row.inForce += 1
    if index.final(i) == .reject {
      row.rejects += 1
      for c in Set(index.chosenCriteria(i)) { row.byCriterion[criterionNames[Int(c)], default: 0] += 1 }
    }
    ratingRows[s] = row
  }

  /// The row keys event `i` counts under (its `subject` decision for criterion and rating).
  private mutating func collectKeys(_ i: Int, subject: Int, into keys: inout [Int]) {
    keys.removeAll(keepingCapacity: true)
    switch grouping {
    case .moderator: keys.append(index.moderatorID(i))
    case .rating: keys.append(stars(subject))
    case .day:
      let day = index.time(i) / 86_400_000
      if let known = days[day] {
        keys.append(known)
      } else {
        days[day] = dayNames.count
        keys.append(dayNames.count)
        dayNames.append(ReplayTime.day(index.time(i)))
      }
    case .criterion:
      for c in index.suggestedCriteria(subject) where !keys.contains(Int(c)) { keys.append(Int(c)) }
      for c in index.chosenCriteria(subject) where !keys.contains(Int(c)) { keys.append(Int(c)) }
      if keys.isEmpty { keys.append(noCriterion) }
    }
  }

  private func keyName(_ key: Int) -> String {
    switch grouping {
    case .moderator: key < moderatorNames.count ? moderatorNames[key] : ""
    case .rating: Self.ratingName(key)
    case .day: dayNames[key]
    case .criterion: key < criterionNames.count ? criterionNames[key] : "(none)"
    }
  }

  mutating func sortedRows() -> [ReportRow] {
    var out: [ReportRow] = []
    for (key, row) in rows.enumerated() {
      guard var row else { continue }
      Self.finish(&row, samples[key] ?? [])
      out.append(row)
    }
    Self.finish(&total, totalSamples)
    return out.sorted { a, b in
      switch grouping {
      case .criterion: (b.decisions, a.key) < (a.decisions, b.key)
      default: a.key < b.key
      }
    }
  }

  /// The old `ReportRow.finish()`: sort the samples and take the middle.
  static func finish(_ row: inout ReportRow, _ samples: [Int64]) {
    let sorted = samples.sorted()
    let mid = sorted.count / 2
    let median = sorted.isEmpty
      ? nil
      : sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    row.setTimes(
      count: sorted.count, medianMilliseconds: median, totalMilliseconds: sorted.reduce(0, +))
  }

  /// The whole report, as the old initializer built it.
  static func report(
    _ index: ReplayIndex, by grouping: ReportGrouping, ratings: [UInt8]?, idleLimitSeconds: Int
  ) -> ModerationReport {
    var builder = ReferenceReportBuilder(index: index, grouping: grouping, ratings: ratings)
    builder.run(idleLimit: Int64(idleLimitSeconds) * 1000)
    let rows = builder.sortedRows()
    return ModerationReport(
      grouping: grouping, rows: rows, total: builder.total,
      escalationsByReason: builder.escalationReasons
        .sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { (reason: $0.key, count: $0.value) },
      rejectsByRating: builder.ratingRejects(), ratingsKnown: ratings != nil)
  }

  func ratingRejects() -> [ModerationReport.RatingRejects] {
    ratingRows.compactMap { $0 }.sorted { $0.rating < $1.rating }
  }
}
