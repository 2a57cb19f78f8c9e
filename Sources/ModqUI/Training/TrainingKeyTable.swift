import TerminalKit

/// What a key asks for in a training session.
public enum TrainingAction: String, Sendable, Hashable, CaseIterable {
  case accept, publish, reject, escalate, next, previous
  case scrollDown, scrollUp, pageDown, pageUp
  case moveDown, moveUp, toggle, confirm, cancel
  case help, closeHelp, quit
}

/// Where keys go in a training session.
public enum TrainingKeyContext: String, Sendable, Hashable, CaseIterable {
  case question, feedback, walkthrough, summary, reason, help

  /// The heading the `?` overlay groups bindings under.
  public var title: String {
    switch self {
    case .question: "Practice: deciding a case"
    case .feedback: "Practice: after an answer"
    case .walkthrough: "Walkthrough"
    case .summary: "Final score"
    case .reason: "Criteria picker"
    case .help: "This help"
    }
  }
}

/// One row of the training key table.
public struct TrainingBinding: Sendable {
  public var keys: [Key]
  public var action: TrainingAction
  public var help: String
  public var short: String?
  public var contexts: Set<TrainingKeyContext>

  public init(
    _ keys: [Key], _ action: TrainingAction, help: String, short: String? = nil,
    contexts: Set<TrainingKeyContext>
  ) {
    self.keys = keys
    self.action = action
    self.help = help
    self.short = short
    self.contexts = contexts
  }

  /// `a/Enter`: the keys as hints and help show them.
  public var keyLabel: String { keys.map(\.description).joined(separator: "/") }
}

/// THE training key table: one list drives dispatch, the hint line and the `?` overlay. The
/// decision keys are moderation's (a/Enter, p, r, e).
public enum TrainingKeyTable {
  static let reading: Set<TrainingKeyContext> = [.question, .feedback, .walkthrough, .summary]

  public static let bindings: [TrainingBinding] = [
    TrainingBinding(
      [.char("a"), .enter], .accept, help: "accept the suggestion as your answer",
      short: "accept", contexts: [.question]),
    TrainingBinding(
      [.char("p")], .publish, help: "answer publish", short: "publish", contexts: [.question]),
    TrainingBinding(
      [.char("r")], .reject, help: "answer reject (pick the criteria)", short: "reject",
      contexts: [.question]),
    TrainingBinding(
      [.char("e")], .escalate, help: "answer escalate (pick the criteria)", short: "escalate",
      contexts: [.question]),
    TrainingBinding(
      [.enter, .char("n")], .next, help: "next case", short: "next",
      contexts: [.feedback, .walkthrough]),
    TrainingBinding(
      [.char("b"), .left], .previous, help: "previous case", short: "back",
      contexts: [.walkthrough]),
    TrainingBinding(
      [.char("j"), .down], .scrollDown, help: "scroll down", contexts: reading),
    TrainingBinding([.char("k"), .up], .scrollUp, help: "scroll up", contexts: reading),
    TrainingBinding(
      [.pageDown, .char(" ")], .pageDown, help: "page down", contexts: reading),
    TrainingBinding([.pageUp], .pageUp, help: "page up", contexts: reading),
    TrainingBinding([.char("?")], .help, help: "this help", short: "help", contexts: reading),
    TrainingBinding(
      [.char("q"), .ctrl("c")], .quit, help: "quit (the score so far is logged)",
      short: "quit", contexts: reading.union([.help, .reason])),
    TrainingBinding([.char("j"), .down], .moveDown, help: "next criterion", contexts: [.reason]),
    TrainingBinding([.char("k"), .up], .moveUp, help: "previous criterion", contexts: [.reason]),
    TrainingBinding(
      [.char(" "), .char("x")], .toggle, help: "check or uncheck the criterion", short: "check",
      contexts: [.reason]),
    TrainingBinding(
      [.enter], .confirm, help: "answer with the checked criteria", short: "answer",
      contexts: [.reason]),
    TrainingBinding([.escape], .cancel, help: "cancel", short: "cancel", contexts: [.reason]),
    TrainingBinding(
      [.escape, .char("?")], .closeHelp, help: "close the help", short: "close",
      contexts: [.help]),
  ]

  /// The action `key` asks for in `context`.
  public static func action(for key: Key, in context: TrainingKeyContext) -> TrainingAction? {
    bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
  }

  /// Hints for the bottom line in `context`.
  public static func hints(in context: TrainingKeyContext) -> [KeyHints.Hint] {
    bindings.compactMap { binding in
      guard binding.contexts.contains(context), let short = binding.short else { return nil }
      return KeyHints.Hint(keys: binding.keyLabel, label: short)
    }
  }
}
