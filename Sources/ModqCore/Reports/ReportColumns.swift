/// Per-event inputs that every grouping of a report shares, computed once from the index in
/// a few passes over its columns: each decision's timed milliseconds, whether it is still in
/// force, its review's stars, and the distinct criteria each event counts under. Groupings
/// then only count into flat arrays (`ReportTally`).
struct ReportColumns {
  let index: ReplayIndex
  let ratings: [UInt8]?
  /// Per event: milliseconds spent on a timed decision, or -1 (see `ModerationReport`).
  private(set) var samples: [Int64]
  /// Per event: whether a decision is still in force at the end of the log.
  private(set) var inForce: [Bool]
  /// Per event: the position whose criteria and rating an event counts under (for an undo,
  /// the decision it reverses when that is earlier in the log; otherwise itself).
  private(set) var subjects: [Int32]
  /// Interned lists, flattened: list `n` is `items[listStarts[n]..<listStarts[n + 1]]`, and
  /// the same without repeated ids is `distinct[distinctStarts[n]..<distinctStarts[n + 1]]`.
  private(set) var listStarts: [Int] = [0]
  private(set) var items: [Int32] = []
  private(set) var distinctStarts: [Int] = [0]
  private(set) var distinct: [Int32] = []

  init(_ index: ReplayIndex, ratings: [UInt8]?, idleLimit: Int64) {
    self.index = index
    self.ratings = ratings
    let n = index.count
    samples = Self.timedSamples(index, idleLimit: idleLimit)
    let outcomes = ReplayOutcomes(index)
    var force = Array(repeating: false, count: n)
    for p in outcomes.current where p >= 0 { force[p] = true }
    inForce = force
    var subjects = [Int32](repeating: 0, count: n)
    let kinds = index.kinds
    let targets = index.targets
    let undo = ReplayEventKind.undo.rawValue
    for i in 0..<n {
      let t = Int(targets[i]) - 1
      subjects[i] = Int32(kinds[i] == undo && t >= 0 && t < i ? t : i)
    }
    self.subjects = subjects
    for list in index.lists {
      items += list
      listStarts.append(items.count)
      for c in list where !distinct[distinctStarts[distinctStarts.count - 1]...].contains(c) {
        distinct.append(c)
      }
      distinctStarts.append(distinct.count)
    }
  }

  /// Stars of the review of event `i` (0 when unknown; at most 5).
  @inline(__always)
  func stars(_ i: Int) -> Int {
    guard let ratings else { return 0 }
    let r = index.reviews[i]
    return r < 0 ? 0 : min(5, Int(ratings[Int(r)]))
  }

  /// Per event, a decision's gap since the same moderator's previous event (any type but
  /// `session_end`, which ends timing) when it is at most `idleLimit` ms; -1 otherwise.
  static func timedSamples(_ index: ReplayIndex, idleLimit: Int64) -> [Int64] {
    let n = index.count
    var out = [Int64](repeating: -1, count: n)
    var last = [Int64](repeating: .min, count: index.moderatorCount)
    let kinds = index.kinds
    let times = index.times
    let moderators = index.moderators
    let end = ReplayEventKind.sessionEnd.rawValue
    for i in 0..<n {
      let m = Int(moderators[i])
      guard m >= 0 else { continue }
      let t = times[i]
      let before = last[m]
      if Self.isDecision(kinds[i]), before != .min, t >= before, t - before <= idleLimit {
        out[i] = t - before
      }
      last[m] = kinds[i] == end ? .min : t
    }
    return out
  }

  /// Whether the kind code is accept, override or escalate.
  @inline(__always)
  static func isDecision(_ kind: UInt8) -> Bool { kind <= ReplayEventKind.escalate.rawValue }
}
