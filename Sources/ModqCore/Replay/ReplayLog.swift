import Foundation

/// An audit log opened for replay: verified in one read-only pass (the audit log's own
/// chain checker), indexed, and decoded one event at a time when shown. A damaged log still
/// opens: `verification` names the first bad line and the index holds the events before it.
public final class ReplayLog: @unchecked Sendable {
  public let path: String
  public let verification: AuditVerification
  public let index: ReplayIndex
  private let file: MappedFile

  /// Opens and verifies the log at `path` (HMAC when `key` is given). Throws only when the
  /// file cannot be read.
  public init(path: String, key: AuditKey? = nil) throws {
    self.path = path
    do {
      file = try MappedFile(path: path)
    } catch {
      throw AuditError.io(operation: "open", path: path, errno: errno)
    }
    var checker = AuditChainChecker(hasher: AuditHasher(key: key))
    var index = ReplayIndex()
    let raw = UnsafeRawBufferPointer(file.bytes)
    let failure: AuditFailure?
    if raw.count > 0 {
      failure = checker.check(raw, base: 0) { p, s, e, parser, _ in
        index.add(p, s, e, parser, offset: s)
      }
    } else {
      failure = nil
    }
    self.index = index
    verification = AuditVerification(
      count: index.count, head: checker.headString, recoveries: checker.recoveries,
      failure: failure)
  }

  /// The full event at position `i` (seq `i + 1`), decoded from its line.
  public func event(at i: Int) -> AuditEvent? {
    guard i >= 0, i < index.count else { return nil }
    let start = index.offsets[i]
    let line = Array(file.bytes[start..<(start + Int(index.lengths[i]))])
    return AuditLineDecoder.event(from: line)
  }

  /// One line saying whether the chain verified, for banners and `--print`.
  public var integritySummary: String {
    if let failure = verification.failure {
      return "INTEGRITY FAILURE at \(failure); \(index.count) events before it verified; "
        + "nothing after it is shown"
    }
    let head = verification.head.isEmpty ? "-" : String(verification.head.prefix(16))
    return "chain verified: \(index.count) events, head \(head)"
  }
}
