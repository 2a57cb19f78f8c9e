/// A problem in a policy, store or list file, reported as `file:line: message`.
public struct PolicyError: Error, CustomStringConvertible, Sendable, Hashable {
  public var file: String
  public var line: Int?
  public var message: String

  public init(file: String, line: Int?, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}
