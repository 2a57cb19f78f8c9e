import Foundation
import ModqCore

/// Reads the audit log for the hand-back commands: verified first (exit 2 if it fails,
/// exit 1 if it cannot be read).
enum VerifiedLog {
  /// The folded state of the log at `path`; an absent log is empty.
  static func state(path: String, key: AuditKey?) throws -> AuditState {
    guard FileManager.default.fileExists(atPath: path) else { return AuditState() }
    let result: (verification: AuditVerification, state: AuditState)
    do {
      result = try AuditVerifier.verifyAndFold(path: path, key: key)
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
    guard result.verification.isOK else {
      CLI.fail("\(path): \(result.verification.summary)")
      throw ExitCodes.integrity
    }
    return result.state
  }

  /// Every current decision (after undos), in seq order.
  static func decisions(path: String, key: AuditKey?) throws -> [DecisionRecord] {
    guard FileManager.default.fileExists(atPath: path) else {
      CLI.fail("\(path): no such audit log")
      throw ExitCodes.failure
    }
    _ = try state(path: path, key: key)
    do {
      return try DecisionSource.current(path: path, key: key)
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.integrity
    }
  }
}
