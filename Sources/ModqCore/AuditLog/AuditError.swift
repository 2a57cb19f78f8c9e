import Foundation

/// Why the audit log could not do what was asked. Every case names the file.
public enum AuditError: Error, Sendable, CustomStringConvertible {
  /// A system call failed (`errno` as returned).
  case io(operation: String, path: String, errno: Int32)
  /// The log is damaged before its tail; appends are refused until a supervisor looks.
  case damaged(path: String, failure: AuditFailure)
  /// An earlier write or sync failed; this handle refuses appends until the log is reopened.
  case poisoned(path: String, cause: String)
  /// The file is shorter than this process last saw (truncated behind its back).
  case shrunk(path: String, expected: Int, found: Int)
  /// The path no longer names the file this process opened (deleted, or replaced by another
  /// file); appends are refused so nothing goes to a different chain silently.
  case replaced(path: String, detail: String)
  /// A caller's check refused the event (unknown review, already decided...).
  case refused(String)
  /// The HMAC key file is unusable.
  case invalidKey(path: String, reason: String)

  public var description: String {
    switch self {
    case .io(let operation, let path, let code):
      return "\(path): \(operation) failed: \(String(cString: strerror(code))) (errno \(code))"
    case .damaged(let path, let failure):
      return "\(path): \(failure); the log is damaged before its end, so modq refuses to "
        + "append (run `modq verify \(path)` and have a supervisor inspect it)"
    case .poisoned(let path, let cause):
      return "\(path): refusing to append after an earlier failure (\(cause)); "
        + "nothing after it was acknowledged; reopen the log to recover"
    case .shrunk(let path, let expected, let found):
      return "\(path): the log shrank from \(expected) to \(found) bytes while open; refusing"
    case .replaced(let path, let detail):
      return "\(path): \(detail); refusing to append (restart modq once the log is back)"
    case .refused(let message):
      return message
    case .invalidKey(let path, let reason):
      return "\(path): \(reason)"
    }
  }
}
