import ModqCore

/// One criterion's record against the humans: under the policy in force (as logged) and
/// under the candidate policy.
public struct BacktestRow: Sendable, Hashable {
  public var criterion: String
  /// The criterion's action in the candidate policy (nil if only the old policy had it).
  public var action: Verdict?
  /// Decisions where the human cited the criterion.
  public var cited = 0
  /// Times the criterion fired, and of those how often the human's final verdict matched
  /// what it asks for (its action; for a criterion the new policy lacks: not publish).
  public var firedOld = 0
  public var agreedOld = 0
  public var firedNew = 0
  public var agreedNew = 0
  /// Cited by the human but not fired.
  public var missedOld = 0
  public var missedNew = 0

  public init(criterion: String, action: Verdict?) {
    self.criterion = criterion
    self.action = action
  }

  /// Share of firings that matched the human (nil when it never fired).
  public var precisionOld: Double? { firedOld == 0 ? nil : Double(agreedOld) / Double(firedOld) }
  public var precisionNew: Double? { firedNew == 0 ? nil : Double(agreedNew) / Double(firedNew) }
}
