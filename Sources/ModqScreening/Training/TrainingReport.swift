import ModqCore

/// `modq train report`: each trainee's sessions with their scores, and the cases most often
/// missed, read from a verified training log.
public struct TrainingReport: Sendable {
  /// One finished (or interrupted) session.
  public struct Session: Sendable, Hashable {
    public var trainee: String
    public var started: String
    public var set: String
    public var mode: String
    public var answered = 0
    public var verdictsRight = 0
  }

  /// Sessions per trainee, oldest first; trainees sorted by name.
  public private(set) var sessions: [String: [Session]] = [:]
  /// How often each case was missed, and how often answered.
  public private(set) var missedCounts: [String: Tally] = [:]

  public init(events: [AuditEvent]) {
    var open: [String: Session] = [:]
    var order: [String] = []
    for event in events {
      let session = event["session"]?.stringValue ?? ""
      switch event.type {
      case .trainStart:
        open[session] = Session(
          trainee: event.moderator, started: event.ts,
          set: event["set_name"]?.stringValue ?? event["set"]?.stringValue ?? "",
          mode: event["mode"]?.stringValue ?? "")
        order.append(session)
      case .trainAnswer:
        open[session]?.answered += 1
        if case .bool(true)? = event["verdict_correct"] { open[session]?.verdictsRight += 1 }
        let id = event["case"]?.stringValue ?? "?"
        let correct: Bool
        if case .bool(true)? = event["correct"] { correct = true } else { correct = false }
        missedCounts[id, default: Tally()].add(!correct)
      default: break
      }
    }
    for key in order {
      guard let session = open[key], session.mode != "walkthrough" else { continue }
      sessions[session.trainee, default: []].append(session)
    }
  }

  /// Trainees by name.
  public var trainees: [String] { sessions.keys.sorted() }

  /// Cases missed at least once, most missed first (ties by id).
  public func mostMissed(limit: Int = 10) -> [(caseID: String, missed: Int, answered: Int)] {
    missedCounts.filter { $0.value.right > 0 }
      .sorted { ($0.value.right, $1.key) > ($1.value.right, $0.key) }
      .prefix(limit)
      .map { (caseID: $0.key, missed: $0.value.right, answered: $0.value.total) }
  }
}
