/// A problem with `modq.yaml`, naming the file and (when known) the line.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var reason: String

  public init(file: String, line: Int?, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `file:line: reason`.
  public var description: String {
    "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)"
  }
}
