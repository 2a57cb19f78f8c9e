/// The integer figures of one report row while counting (one flat array element per key).
struct ReportCounts {
  var touched = false
  var decisions = 0
  var accepts = 0
  var overrides = 0
  var escalations = 0
  var undos = 0
  var suggested = 0
  var overridden = 0
  var inForce = 0
  var rejects = 0
  var timed = 0
  var timedTotal: Int64 = 0

  /// Adds one decision of kind code `kind`.
  @inline(__always)
  mutating func add(
    kind: UInt8, sample: Int64, suggested counted: Bool, overridden: Bool, force: Bool,
    reject: Bool
  ) {
    touched = true
    decisions += 1
    switch kind {
    case ReplayEventKind.accept.rawValue: accepts += 1
    case ReplayEventKind.override.rawValue: overrides += 1
    default: escalations += 1
    }
    if sample >= 0 {
      timed += 1
      timedTotal += sample
    }
    if counted {
      suggested += 1
      if overridden { self.overridden += 1 }
    }
    if force {
      inForce += 1
      if reject { rejects += 1 }
    }
  }

  /// The finished row named `key`; `median` is the median timed milliseconds.
  func row(key: String, median: Double?) -> ReportRow {
    var row = ReportRow(key: key)
    row.decisions = decisions
    row.accepts = accepts
    row.overrides = overrides
    row.escalations = escalations
    row.undos = undos
    row.suggested = suggested
    row.overridden = overridden
    row.inForce = inForce
    row.rejects = rejects
    row.setTimes(count: timed, medianMilliseconds: median, totalMilliseconds: timedTotal)
    return row
  }
}
