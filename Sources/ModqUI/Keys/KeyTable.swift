import TerminalKit

/// THE key table: one list of bindings drives dispatch, the hint line and the `?` overlay.
public enum KeyTable {
  static let main: Set<KeyContext> = [.list, .detail]

  /// Every binding, in the order the hint line and the help overlay list them.
  public static let bindings: [Binding] = decisions + movement + panels + overlays

  static let decisions: [Binding] = [
    Binding(
      [.char("a"), .enter], .accept, help: "accept the suggestion, move to the next review",
      short: "accept", contexts: main, disabledReason: acceptBlocked),
    Binding(
      [.char("r")], .reject, help: "reject (a reason is asked when the suggestion differs)",
      short: "reject", contexts: main, disabledReason: decisionBlocked),
    Binding(
      [.char("p")], .publish, help: "publish (a reason is asked when the suggestion differs)",
      short: "publish", contexts: main, disabledReason: decisionBlocked),
    Binding(
      [.char("e")], .escalate, help: "escalate to customer support (reason if it differs)",
      short: "escalate", contexts: main, disabledReason: decisionBlocked),
    Binding(
      [.char("n")], .annotate, help: "write a note on this review", short: "note",
      contexts: main, disabledReason: decisionBlocked),
    Binding(
      [.char("s")], .skip, help: "skip this review for now (logged)", short: "skip",
      contexts: main, disabledReason: decisionBlocked),
    Binding(
      [.char("u")], .undo, help: "undo the last decision (the review comes back)",
      short: "undo", contexts: main, disabledReason: undoBlocked),
  ]

  static let movement: [Binding] = [
    Binding([.char("j"), .down], .moveDown, help: "next review", contexts: [.list]),
    Binding([.char("k"), .up], .moveUp, help: "previous review", contexts: [.list]),
    Binding([.pageDown], .pageDown, help: "one page down", contexts: [.list]),
    Binding([.pageUp], .pageUp, help: "one page up", contexts: [.list]),
    Binding([.char("g"), .home], .moveTop, help: "first review", contexts: [.list]),
    Binding([.char("G"), .end], .moveBottom, help: "last review", contexts: [.list]),
    Binding([.char("j"), .down], .scrollDown, help: "scroll the review down", contexts: [.detail]),
    Binding([.char("k"), .up], .scrollUp, help: "scroll the review up", contexts: [.detail]),
    Binding(
      [.pageDown, .char(" ")], .scrollPageDown, help: "review: page down", contexts: [.detail]),
    Binding([.pageUp], .scrollPageUp, help: "review: page up", contexts: [.detail]),
    Binding([.char("g"), .home], .scrollTop, help: "review: top", contexts: [.detail]),
    Binding([.char("G"), .end], .scrollBottom, help: "review: bottom", contexts: [.detail]),
  ]

  static let panels: [Binding] = [
    Binding([.char("?")], .help, help: "this help", short: "help", contexts: main),
    Binding(
      [.char("q"), .ctrl("c")], .quit, help: "quit (ends the session)", short: "quit",
      contexts: main),
    Binding([.char("/")], .search, help: "search review text", short: "search", contexts: main),
    Binding(
      [.char("f")], .filter, help: "filter by verdict or criterion", short: "filter",
      contexts: main),
    Binding(
      [.tab], .switchFocus, help: "switch focus between list and review", short: "focus",
      contexts: main),
    Binding(
      [.escape], .clearFilter, help: "clear the filter and search", short: "clear filter",
      contexts: main, disabledReason: { $0.filter.isActive ? nil : "no filter or search is on" }),
  ]

  static let overlays: [Binding] = [
    // Help
    Binding([.char("j"), .down], .scrollDown, help: "scroll down", contexts: [.help]),
    Binding([.char("k"), .up], .scrollUp, help: "scroll up", contexts: [.help]),
    Binding(
      [.escape, .char("?"), .char("q")], .closeOverlay, help: "close", short: "close",
      contexts: [.help]),
    // Reason picker, list part
    Binding([.char("j"), .down], .moveDown, help: "next criterion", contexts: [.reasonList]),
    Binding([.char("k"), .up], .moveUp, help: "previous criterion", contexts: [.reasonList]),
    Binding(
      [.char(" "), .char("x")], .toggleOption, help: "check or uncheck the criterion",
      short: "check", contexts: [.reasonList]),
    Binding(
      [.tab], .editReason, help: "switch between the list and the typed reason",
      short: "type reason", contexts: [.reasonList, .reasonText]),
    Binding(
      [.enter], .confirm, help: "record the decision with this reason", short: "decide",
      contexts: [.reasonList, .reasonText]),
    Binding(
      [.escape], .closeOverlay, help: "cancel (asks first if text was typed)",
      short: "cancel", contexts: [.reasonList, .reasonText, .note]),
    Binding(
      [.ctrl("c")], .quit, help: "quit (asks first if text was typed)",
      contexts: [.help, .reasonList, .reasonText, .note, .search, .filter]),
    // Note
    Binding([.ctrl("o")], .saveNote, help: "save the note", short: "save", contexts: [.note]),
    // Search
    Binding(
      [.enter], .confirm, help: "show reviews containing the text", short: "search",
      contexts: [.search]),
    Binding(
      [.escape], .closeOverlay, help: "cancel", short: "cancel",
      contexts: [.search, .filter]),
    // Filter
    Binding([.char("j"), .down], .moveDown, help: "next filter", contexts: [.filter]),
    Binding([.char("k"), .up], .moveUp, help: "previous filter", contexts: [.filter]),
    Binding([.enter], .confirm, help: "apply the filter", short: "apply", contexts: [.filter]),
    // Discard question
    Binding([.char("y")], .yes, help: "discard the text", short: "discard", contexts: [.confirm]),
    Binding([.char("n"), .escape], .no, help: "keep editing", short: "keep", contexts: [.confirm]),
  ]

  /// The binding for `key` in `context`, if any.
  public static func binding(for key: Key, in context: KeyContext) -> Binding? {
    bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }
  }

  /// The bindings of `context`, in table order.
  public static func bindings(in context: KeyContext) -> [Binding] {
    byContext[context] ?? []
  }

  /// `bindings(in:)` for every context, worked out once (the hint line asks every frame).
  static let byContext: [KeyContext: [Binding]] = {
    var table: [KeyContext: [Binding]] = [:]
    for binding in bindings {
      for context in binding.contexts { table[context, default: []].append(binding) }
    }
    return table
  }()

  // MARK: Preconditions

  @Sendable static func decisionBlocked(_ model: AppModel) -> String? {
    if model.inFlight != nil { return "still saving the last decision" }
    if model.selectedItem == nil { return "no review selected" }
    return nil
  }

  @Sendable static func acceptBlocked(_ model: AppModel) -> String? {
    if let reason = decisionBlocked(model) { return reason }
    if model.selectedItem?.suggestion == nil { return "not screened yet: decide with p/r/e" }
    return nil
  }

  @Sendable static func undoBlocked(_ model: AppModel) -> String? {
    if model.inFlight != nil { return "still saving the last decision" }
    if model.history.isEmpty { return "nothing to undo in this session" }
    return nil
  }
}
