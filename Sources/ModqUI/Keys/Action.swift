/// Everything a key can ask for. Verbs; the key table maps keys to these per context.
public enum Action: String, Sendable, Hashable, CaseIterable {
  // Decisions
  case accept, publish, reject, escalate, annotate, skip, undo
  // Movement in the list
  case moveDown, moveUp, pageDown, pageUp, moveTop, moveBottom
  // Scrolling the review
  case scrollDown, scrollUp, scrollPageDown, scrollPageUp, scrollTop, scrollBottom
  // Panels
  case search, filter, clearFilter, switchFocus, help, quit
  // Overlays
  case closeOverlay, toggleOption, confirm, editReason, saveNote, yes, no
}
