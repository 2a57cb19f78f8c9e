/// Which events a replay shows. Every condition set must hold; an empty filter shows all.
public struct ReplayFilter: Sendable, Hashable {
  public var moderator: String?
  /// Event types by name (`accept`, `override`, `session_start`...); empty means all.
  public var types: Set<String> = []
  /// Decisions with this final verdict.
  public var verdict: Verdict?
  /// Events whose suggestion or chosen criteria name this criterion.
  public var criterion: String?
  /// Only `override` events.
  public var overridesOnly = false
  /// Inclusive lower and exclusive upper bound, milliseconds since 1970.
  public var from: Int64?
  public var until: Int64?

  public init() {}

  /// Whether no condition is set.
  public var isEmpty: Bool { self == ReplayFilter() }

  /// The filter resolved against an index's interned names, for fast matching.
  public func compiled(for index: ReplayIndex) -> Compiled {
    Compiled(
      filter: self,
      moderatorID: moderator.map { index.moderatorID(named: $0) ?? -2 },
      criterionID: criterion.map { index.criterionID(named: $0) ?? -2 },
      kinds: Set(types.map { ReplayEventKind(AuditEventType($0)).rawValue }))
  }

  /// A filter bound to one index.
  public struct Compiled: Sendable {
    let filter: ReplayFilter
    let moderatorID: Int?
    let criterionID: Int32?
    let kinds: Set<UInt8>

    /// Whether event `i` passes.
    public func matches(_ index: ReplayIndex, _ i: Int) -> Bool {
      if let moderatorID, index.moderatorID(i) != moderatorID { return false }
      if !kinds.isEmpty, !kinds.contains(index.kinds[i]) { return false }
      if filter.overridesOnly, index.kind(i) != .override { return false }
      if let verdict = filter.verdict, index.final(i) != verdict { return false }
      if let from = filter.from, index.time(i) < from { return false }
      if let until = filter.until, index.time(i) >= until { return false }
      if let criterionID {
        let named = index.suggestedCriteria(i).contains(criterionID)
          || index.chosenCriteria(i).contains(criterionID)
        if !named { return false }
      }
      return true
    }

    /// Positions of every matching event, in log order.
    public func positions(in index: ReplayIndex) -> [Int] {
      if filter.isEmpty { return Array(0..<index.count) }
      var out: [Int] = []
      for i in 0..<index.count where matches(index, i) { out.append(i) }
      return out
    }
  }

  /// One line naming the conditions, e.g. `moderator=ana type=override`.
  public var summary: String {
    var parts: [String] = []
    if let moderator { parts.append("moderator=\(moderator)") }
    if !types.isEmpty { parts.append("type=\(types.sorted().joined(separator: ","))") }
    if let verdict { parts.append("verdict=\(verdict.rawValue)") }
    if let criterion { parts.append("criterion=\(criterion)") }
    if overridesOnly { parts.append("overrides") }
    if let from { parts.append("from=\(ReplayTime.format(from))") }
    if let until { parts.append("until=\(ReplayTime.format(until))") }
    return parts.isEmpty ? "all events" : parts.joined(separator: " ")
  }
}
