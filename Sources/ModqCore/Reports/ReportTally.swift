/// One grouping's rows, counted in one pass over the shared `ReportColumns` into flat arrays
/// indexed by a small integer key (moderator id, criterion id, day number, stars); timed
/// samples are gathered per key and their medians found by selection. No String and no
/// allocation per event.
struct ReportTally {
  let grouping: ReportGrouping
  private(set) var counts: [ReportCounts]
  /// Per key, the median timed milliseconds (nil when none was timed).
  private(set) var medians: [Double?] = []
  private var dayNames: [String] = []
  private var criterionSets = ReportCriterionSets()

  init(_ c: ReportColumns, by grouping: ReportGrouping) {
    self.grouping = grouping
    let index = c.index
    let keys: Int
    switch grouping {
    case .moderator: keys = index.moderatorCount
    case .criterion: keys = index.criterionCount + 1
    case .rating: keys = 6
    case .day: keys = 0
    }
    counts = Array(repeating: ReportCounts(), count: keys)
    var sampleKeys: [Int32] = []
    var sampleValues: [Int64] = []
    sampleKeys.reserveCapacity(index.count / 2)
    sampleValues.reserveCapacity(index.count / 2)
    var days = ReportDays()
    let kinds = index.kinds
    let finals = index.finals
    let suggestedVerdicts = index.suggestedVerdicts
    let samples = c.samples
    let inForce = c.inForce
    let subjects = c.subjects
    let moderators = index.moderators
    let times = index.times
    let undo = ReplayEventKind.undo.rawValue
    let noCriterion = index.criterionCount
    let rejectCode: UInt8 = 1
    for i in 0..<index.count {
      let kind = kinds[i]
      let isDecision = ReportColumns.isDecision(kind)
      guard isDecision || kind == undo else { continue }
      let subject = Int(subjects[i])
      var key = 0
      var set = 0..<0
      switch grouping {
      case .moderator: key = Int(moderators[i])
      case .rating: key = c.stars(subject)
      case .day:
        key = days.key(times[i], names: &dayNames)
        if key >= counts.count { counts.append(ReportCounts()) }
      case .criterion:
        set = criterionSets.set(subject, c)
        if set.isEmpty { key = noCriterion }
      }
      if !isDecision {
        if set.isEmpty {
          counts[key].touched = true
          counts[key].undos += 1
        }
        for k in set {
          let criterion = Int(criterionSets.items[k])
          counts[criterion].touched = true
          counts[criterion].undos += 1
        }
        continue
      }
      let suggested = suggestedVerdicts[i]
      let hasSuggestion = suggested != ReplayIndex.none
      let overridden = finals[i] != suggested
      let force = inForce[i]
      let reject = finals[i] == rejectCode
      let sample = samples[i]
      if set.isEmpty {
        counts[key].add(
          kind: kind, sample: sample, suggested: hasSuggestion, overridden: overridden,
          force: force, reject: reject)
        if sample >= 0 {
          sampleKeys.append(Int32(key))
          sampleValues.append(sample)
        }
      }
      for k in set {
        let criterion = Int(criterionSets.items[k])
        counts[criterion].add(
          kind: kind, sample: sample, suggested: hasSuggestion && criterionSets.inSuggested[k],
          overridden: overridden, force: force, reject: reject)
        if sample >= 0 {
          sampleKeys.append(Int32(criterion))
          sampleValues.append(sample)
        }
      }
    }
    medians = Self.medians(keys: sampleKeys, values: sampleValues, counts: counts)
  }

  /// Groups `values` by key (counting sort on `counts[k].timed`) and selects each median.
  private static func medians(keys: [Int32], values: [Int64], counts: [ReportCounts])
    -> [Double?]
  {
    var starts = [Int](repeating: 0, count: counts.count + 1)
    for k in counts.indices { starts[k + 1] = starts[k] + counts[k].timed }
    var fill = starts
    var grouped = [Int64](repeating: 0, count: values.count)
    for j in values.indices {
      let k = Int(keys[j])
      grouped[fill[k]] = values[j]
      fill[k] += 1
    }
    return grouped.withUnsafeMutableBufferPointer { all in
      counts.indices.map { k in
        MedianSelection.median(UnsafeMutableBufferPointer(rebasing: all[starts[k]..<starts[k + 1]]))
      }
    }
  }

  /// The rows of every key some event counted under, named, in report order.
  func rows(_ index: ReplayIndex) -> [ReportRow] {
    var out: [ReportRow] = []
    let moderators = grouping == .moderator ? index.allModeratorNames : []
    let criteria = grouping == .criterion ? index.allCriterionNames : []
    for k in counts.indices where counts[k].touched {
      let name: String
      switch grouping {
      case .moderator: name = k < moderators.count ? moderators[k] : ""
      case .rating: name = ReportTotals.ratingName(k)
      case .day: name = dayNames[k]
      case .criterion: name = k < criteria.count ? criteria[k] : "(none)"
      }
      out.append(counts[k].row(key: name, median: medians[k]))
    }
    return out.sorted { a, b in
      switch grouping {
      case .criterion: (b.decisions, a.key) < (a.decisions, b.key)
      default: a.key < b.key
      }
    }
  }
}
