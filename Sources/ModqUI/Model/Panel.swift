import TerminalKit

/// A prompt or panel drawn over the main screen; the top one gets the keys first.
public enum Panel: Sendable, Hashable {
  /// The `?` key reference, scrolled to `offset`.
  case help(offset: Int)
  /// Why the moderator overrides the suggestion.
  case reason(ReasonPicker)
  /// A note on a review (multi-line).
  case note(NoteDraft)
  /// The `/` search prompt.
  case search(TextEditor)
  /// The `f` filter list.
  case filter(FilterPicker)
  /// "Discard the unsaved text?" for the overlay below; `thenQuit` quits after discarding.
  case confirmDiscard(thenQuit: Bool)

  /// Whether the overlay holds text the moderator typed and has not saved.
  /// Whether this is the note prompt.
  public var isNote: Bool {
    if case .note = self { return true }
    return false
  }

  public var hasUnsavedText: Bool {
    switch self {
    case .reason(let picker): !picker.reason.isEmpty || !picker.checked.isEmpty
    case .note(let draft): !draft.editor.isEmpty
    case .search, .help, .filter, .confirmDiscard: false
    }
  }
}

/// The note being written on a review.
public struct NoteDraft: Sendable, Hashable {
  /// Index into `AppModel.items`.
  public var itemIndex: Int
  public var editor = TextEditor()

  public init(itemIndex: Int) { self.itemIndex = itemIndex }
}
