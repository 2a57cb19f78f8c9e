import TerminalKit

/// One row of replay's key table: keys, action, help text, a short hint label (nil: help
/// overlay only) and the contexts it applies in.
public struct ReplayBinding: Sendable {
  public var keys: [Key]
  public var action: ReplayAction
  public var help: String
  public var short: String?
  public var contexts: Set<ReplayKeyContext>

  public init(
    _ keys: [Key], _ action: ReplayAction, help: String, short: String? = nil,
    contexts: Set<ReplayKeyContext> = [.main]
  ) {
    self.keys = keys
    self.action = action
    self.help = help
    self.short = short
    self.contexts = contexts
  }

  /// `j/↓`: the keys as hints and help show them.
  public var keyLabel: String { keys.map(\.description).joined(separator: "/") }
}
