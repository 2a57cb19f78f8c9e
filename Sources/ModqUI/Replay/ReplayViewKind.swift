/// The four things replay can show in its main area.
public enum ReplayViewKind: String, Sendable, Hashable, CaseIterable {
  /// Every event that passes the filter, with the selected one's detail.
  case timeline
  /// The selected event's moderator: their session, start to end, with gaps.
  case session
  /// The queue as of the selected seq: decided and pending.
  case queue
  /// Bar charts and sparklines of the whole log.
  case stats

  public var title: String {
    switch self {
    case .timeline: "timeline"
    case .session: "session"
    case .queue: "queue as of seq"
    case .stats: "stats"
    }
  }
}
