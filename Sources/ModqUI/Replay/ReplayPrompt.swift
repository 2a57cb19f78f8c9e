import TerminalKit

/// A one-line prompt at the bottom of replay: what it asks for and what has been typed.
public struct ReplayPrompt: Sendable, Hashable {
  /// What the typed text means.
  public enum Kind: Sendable, Hashable {
    case seq, time, filter

    var label: String {
      switch self {
      case .seq: "jump to seq: "
      case .time: "jump to time (UTC): "
      case .filter: "filter: "
      }
    }
  }

  public var kind: Kind
  public var editor: TextEditor

  public init(_ kind: Kind, text: String = "") {
    self.kind = kind
    editor = TextEditor(text: text, singleLine: true)
  }
}
