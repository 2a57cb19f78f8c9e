import TerminalKit

/// THE replay key table: one list drives dispatch, the hint line and the `?` overlay.
public enum ReplayKeyTable {
  public static let bindings: [ReplayBinding] = [
    ReplayBinding([.char("j"), .down], .next, help: "next event", short: "next"),
    ReplayBinding([.char("k"), .up], .previous, help: "previous event", short: "prev"),
    ReplayBinding([.pageDown], .pageDown, help: "one page forward"),
    ReplayBinding([.pageUp], .pageUp, help: "one page back"),
    ReplayBinding([.char("g"), .home], .first, help: "first event"),
    ReplayBinding([.char("G"), .end], .last, help: "last event"),
    ReplayBinding([.char(":")], .jumpSeq, help: "jump to a seq", short: "seq"),
    ReplayBinding([.char("t")], .jumpTime, help: "jump to a time (2026-11-23T10:00Z)", short: "time"),
    ReplayBinding(
      [.char("f")], .filter,
      help: "filter: moderator= type= verdict= criterion= from= until= overrides",
      short: "filter"),
    ReplayBinding([.char("x")], .clearFilter, help: "clear the filter"),
    ReplayBinding([.char("m")], .filterModerator, help: "only this event's moderator (toggle)"),
    ReplayBinding([.char("c")], .filterCriterion, help: "only this event's criterion (toggle)"),
    ReplayBinding([.char("o")], .overridesOnly, help: "only overrides (toggle)", short: "overrides"),
    ReplayBinding([.char("v")], .cycleVerdict, help: "final verdict: publish, reject, escalate, any"),
    ReplayBinding([.char("1")], .showTimeline, help: "timeline"),
    ReplayBinding([.char("2")], .showSession, help: "this moderator's session, with gaps"),
    ReplayBinding([.char("3")], .showQueue, help: "the queue as of this seq"),
    ReplayBinding([.char("4")], .showStats, help: "stats: bar charts and sparklines"),
    ReplayBinding([.tab], .nextView, help: "next view", short: "view"),
    ReplayBinding([.char("J")], .scrollDown, help: "scroll the detail down"),
    ReplayBinding([.char("K")], .scrollUp, help: "scroll the detail up"),
    ReplayBinding([.char("?")], .help, help: "this help", short: "help"),
    ReplayBinding([.char("q")], .quit, help: "quit", short: "quit"),
    ReplayBinding(
      [.escape, .char("?"), .char("q")], .closeOverlay, help: "close the help", contexts: [.help]),
    ReplayBinding([.enter], .submit, help: "apply", contexts: [.prompt]),
    ReplayBinding([.escape], .cancel, help: "cancel", contexts: [.prompt]),
  ]

  /// The action `key` asks for in `context`.
  public static func action(for key: Key, in context: ReplayKeyContext) -> ReplayAction? {
    bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
  }

  /// Hints for the bottom line in `context`.
  public static func hints(in context: ReplayKeyContext) -> [KeyHints.Hint] {
    bindings.filter { $0.contexts.contains(context) && ($0.short != nil || context != .main) }
      .map { KeyHints.Hint(keys: $0.keyLabel, label: $0.short ?? $0.help) }
  }
}
