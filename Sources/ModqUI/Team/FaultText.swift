import Foundation
import ModqCore

/// A failed append in words a moderator can act on: which fault, then the system's detail.
public enum FaultText {
  /// Short enough for the message row: the fault and the operation (the log's path is
  /// known; the status line says the log is failing).
  public static func describe(_ error: Error) -> String {
    guard let audit = error as? AuditError else { return "\(error)" }
    switch audit {
    case .io(let operation, _, let code):
      return "\(name(of: code)) on \(operation)"
    case .replaced(_, let detail):
      return detail
    case .poisoned(_, let cause):
      return "writes refused after an earlier failure: \(cause)"
    default:
      return "\(audit)"
    }
  }

  /// A short name for the errno values an append can meet.
  static func name(of code: Int32) -> String {
    switch code {
    case ENOSPC: "disk full (ENOSPC)"
    case EDQUOT: "disk quota exceeded (EDQUOT)"
    case EFBIG: "file size limit reached (EFBIG)"
    case EROFS: "read-only filesystem (EROFS)"
    case EIO: "I/O error (EIO)"
    case EACCES, EPERM: "permission denied"
    default: "I/O error"
    }
  }
}
