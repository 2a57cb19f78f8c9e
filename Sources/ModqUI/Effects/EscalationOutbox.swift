import Foundation

/// The escalation outbox: a JSON Lines file customer support reads. Each line is appended
/// with `O_APPEND` and synced before the escalation counts as delivered.
public struct EscalationOutbox: Sendable {
  public let path: String

  public init(path: String) { self.path = path }

  /// Appends `line` plus a newline and syncs. Throws a readable reason.
  public func append(_ line: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      try? FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    }
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw OutboxError("cannot open \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    let bytes = Array((line + "\n").utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw OutboxError("cannot write \(path): \(String(cString: strerror(errno)))")
      }
      written += n
    }
    guard fsync(fd) == 0 else {
      throw OutboxError("cannot sync \(path): \(String(cString: strerror(errno)))")
    }
  }

  /// The default outbox: `escalations.jsonl` beside the audit log.
  public static func defaultPath(besideAuditLog audit: String) -> String {
    let directory = (audit as NSString).deletingLastPathComponent
    return directory.isEmpty ? "escalations.jsonl" : directory + "/escalations.jsonl"
  }
}

/// Why an outbox write or an `on_escalate` run failed.
public struct OutboxError: Error, Sendable, CustomStringConvertible {
  public let description: String

  public init(_ description: String) { self.description = description }
}
