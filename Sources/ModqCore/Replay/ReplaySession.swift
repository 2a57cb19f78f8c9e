/// One moderator's session: from `session_start` to `session_end` (or to the next start, or
/// the end of the log), with every event of theirs in between.
public struct ReplaySession: Sendable, Hashable {
  public var moderator: String
  /// Positions of the moderator's events in the session, first to last.
  public var positions: [Int]
  /// Whether a `session_end` closed it.
  public var ended: Bool

  /// Every session of `moderator` in log order. Events outside any start/end pair form a
  /// session of their own.
  public static func sessions(of moderator: String, in index: ReplayIndex) -> [ReplaySession] {
    guard let id = index.moderatorID(named: moderator) else { return [] }
    var out: [ReplaySession] = []
    var open: [Int] = []
    func close(ended: Bool) {
      if !open.isEmpty {
        out.append(ReplaySession(moderator: moderator, positions: open, ended: ended))
      }
      open = []
    }
    for i in 0..<index.count where index.moderatorID(i) == id {
      switch index.kind(i) {
      case .sessionStart:
        close(ended: false)
        open.append(i)
      case .sessionEnd:
        open.append(i)
        close(ended: true)
      default: open.append(i)
      }
    }
    close(ended: false)
    return out
  }

  /// The session holding position `i`, if `i` is one of its moderator's events.
  public static func session(containing i: Int, in index: ReplayIndex) -> ReplaySession? {
    guard i >= 0, i < index.count else { return nil }
    return sessions(of: index.moderator(i), in: index).first { $0.positions.contains(i) }
  }

  /// Milliseconds from the first to the last event.
  public func duration(_ index: ReplayIndex) -> Int64 {
    guard let first = positions.first, let last = positions.last else { return 0 }
    return index.time(last) - index.time(first)
  }

  /// Number of decision events in the session.
  public func decisionCount(_ index: ReplayIndex) -> Int {
    positions.filter { index.kind($0).isDecision }.count
  }

  /// Milliseconds since the previous event of the session (nil for the first).
  public func gap(before k: Int, _ index: ReplayIndex) -> Int64? {
    k > 0 && k < positions.count ? index.time(positions[k]) - index.time(positions[k - 1]) : nil
  }
}
