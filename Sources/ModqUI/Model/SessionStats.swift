/// Decisions made in this session and the clock, for the decisions-per-hour figure.
public struct SessionStats: Sendable, Hashable {
  /// Seconds (any epoch) when the session started.
  public var startedAt: Double
  /// The latest time the loop reported.
  public var now: Double
  /// Decisions acknowledged this session, minus those undone.
  public var decisions = 0

  public init(startedAt: Double) {
    self.startedAt = startedAt
    self.now = startedAt
  }

  /// Decisions per hour, counting at least one minute of session time.
  public var perHour: Int {
    let elapsed = max(now - startedAt, 60)
    return Int((Double(decisions) * 3600 / elapsed).rounded())
  }
}
