import TerminalKit

/// One row of the key table: keys, the action, its help text, a short label for the hint
/// line (nil: help overlay only), the contexts it applies in, and why it may be unavailable.
public struct Binding: Sendable {
  public var keys: [Key]
  public var action: Action
  public var help: String
  public var short: String?
  public var contexts: Set<KeyContext>
  /// Returns why the action cannot run now, or nil when it can.
  public var disabledReason: @Sendable (AppModel) -> String?

  public init(
    _ keys: [Key], _ action: Action, help: String, short: String? = nil,
    contexts: Set<KeyContext>,
    disabledReason: @escaping @Sendable (AppModel) -> String? = { _ in nil }
  ) {
    self.keys = keys
    self.action = action
    self.help = help
    self.short = short
    self.contexts = contexts
    self.disabledReason = disabledReason
  }

  /// `a/Enter`: the keys as the hint line and help show them.
  public var keyLabel: String { keys.map(\.description).joined(separator: "/") }
}
