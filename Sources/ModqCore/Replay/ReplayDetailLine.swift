/// One line of what replay shows about an event, tagged so views can style it.
public struct ReplayDetailLine: Sendable, Hashable {
  /// How the line should look.
  public enum Tone: Sendable, Hashable {
    case heading, field, warning, verified, reviewText, note
  }

  public var tone: Tone
  /// The text. Everything except `heading` may hold text from the log or a queue file and
  /// must be sanitized before it reaches a terminal.
  public var text: String

  public init(_ tone: Tone, _ text: String) {
    self.tone = tone
    self.text = text
  }
}
