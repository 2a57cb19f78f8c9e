/// Where keys go in replay: the main screen, the help overlay, or a typed prompt.
public enum ReplayKeyContext: String, Sendable, Hashable, CaseIterable {
  case main, help, prompt

  /// The heading the `?` overlay groups bindings under.
  public var title: String {
    switch self {
    case .main: "Replay"
    case .help: "This help"
    case .prompt: "Prompt (jump, filter)"
    }
  }
}
