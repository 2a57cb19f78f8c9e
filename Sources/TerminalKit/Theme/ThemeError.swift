/// A theme file that cannot be used, with the file and line to fix.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
  public var source: String
  public var line: Int?
  public var message: String

  public init(source: String, line: Int?, message: String) {
    self.source = source
    self.line = line
    self.message = message
  }

  /// `themes/dark.yaml:12: unknown attribute "blink"`.
  public var description: String {
    if let line { return "\(source):\(line): \(message)" }
    return "\(source): \(message)"
  }
}
