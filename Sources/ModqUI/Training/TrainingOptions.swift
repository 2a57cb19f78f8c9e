/// How a training session runs: who, walkthrough or practice, and whether the
/// auto-suggestion is hidden.
public struct TrainingOptions: Sendable, Hashable {
  /// Walkthrough shows the gold answer with each case; practice asks first.
  public enum Mode: String, Sendable, Hashable {
    case walkthrough, practice
  }

  public var trainee: String
  public var mode: Mode
  /// Practice without the policy's suggestion.
  public var blind: Bool
  /// Unique prefix of this session's event ids; also recorded as `session`.
  public var sessionID: String

  public init(trainee: String, mode: Mode, blind: Bool, sessionID: String) {
    self.trainee = trainee
    self.mode = mode
    self.blind = blind
    self.sessionID = sessionID
  }

  /// `practice (blind)`, for the status line.
  public var label: String { mode.rawValue + (blind && mode == .practice ? " (blind)" : "") }
}
