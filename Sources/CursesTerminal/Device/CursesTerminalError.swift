/// Why the terminal could not be opened.
public enum CursesTerminalError: Error, Sendable, Hashable, CustomStringConvertible {
  /// ncurses does not know the terminal type (TERM unset or unknown).
  case cannotOpen(term: String?)
  /// A file for the off-screen terminal could not be opened.
  case cannotOpenFile(path: String)

  public var description: String {
    switch self {
    case .cannotOpen(let term?):
      return "cannot start the terminal UI: unknown terminal type TERM=\(term) "
        + "(try TERM=xterm-256color)"
    case .cannotOpen(nil):
      return "cannot start the terminal UI: TERM is not set (try TERM=xterm-256color)"
    case .cannotOpenFile(let path):
      return "cannot open \(path) for the off-screen terminal"
    }
  }
}
