/// Where keys are going: the focused pane or the top overlay. Each binding lists the
/// contexts it applies in.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
  case list
  case detail
  case help
  case reasonList
  case reasonText
  case note
  case search
  case filter
  case confirm

  /// The heading the `?` overlay groups bindings under.
  public var title: String {
    switch self {
    case .list: "Queue (list and review)"
    case .detail: "Review, after Tab"
    case .help: "This help"
    case .reasonList: "Override reason: criteria"
    case .reasonText: "Override reason: typed"
    case .note: "Note editor"
    case .search: "Search prompt"
    case .filter: "Filter list"
    case .confirm: "Discard question"
    }
  }

  /// Whether unbound printable keys are typed into a text field here.
  public var isTextEntry: Bool { self == .reasonText || self == .note || self == .search }
}
