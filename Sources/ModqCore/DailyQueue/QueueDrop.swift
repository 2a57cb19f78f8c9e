/// A review left out of a daily queue, and why.
public struct QueueDrop: Sendable, Hashable, CustomStringConvertible {
  public enum Reason: Sendable, Hashable {
    /// The same id came earlier (that file and line were kept).
    case duplicate(file: String, line: Int)
    /// The audit log already has a current decision for it.
    case decided(verdict: Verdict, seq: Int)
    /// The line is not a valid review (the queue reader's diagnostic).
    case malformed(String)
  }

  public var file: String
  public var line: Int
  /// Review id (empty for a malformed line).
  public var id: String
  public var reason: Reason

  public init(file: String, line: Int, id: String, reason: Reason) {
    self.file = file
    self.line = line
    self.id = id
    self.reason = reason
  }

  /// Summary key: `duplicate`, `decided` or `malformed`.
  public var code: String {
    switch reason {
    case .duplicate: "duplicate"
    case .decided: "decided"
    case .malformed: "malformed"
    }
  }

  public var description: String {
    let who = DiagnosticText.quoted(id)
    switch reason {
    case .duplicate(let f, let l): return "\(file):\(line): dropped \(who): duplicate of \(f):\(l)"
    case .decided(let v, let seq):
      return "\(file):\(line): dropped \(who): already decided (\(v.rawValue), audit seq \(seq))"
    case .malformed(let why): return "\(file):\(line): dropped: \(why)"
    }
  }
}
