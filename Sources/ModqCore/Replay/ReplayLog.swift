import Foundation

/// An audit log opened for replay: verified in a read-only pass (the audit log's own chain
/// checker), indexed, and decoded one event at a time when shown. A damaged log still
/// opens: `verification` names the first bad line and the index holds the events before it.
/// A log from `ReplayLoader.head` is partial: only its first `checkedBytes` are verified and
/// indexed so far (`isComplete` is false), and it says so in `integritySummary`.
public final class ReplayLog: @unchecked Sendable {
  public let path: String
  public let verification: AuditVerification
  public let index: ReplayIndex
  /// Bytes of the file verified and indexed (all of them once complete).
  public let checkedBytes: Int
  private let file: MappedFile

  /// Opens, verifies and indexes the whole log at `path` (HMAC when `key` is given). Throws
  /// only when the file cannot be read.
  public convenience init(path: String, key: AuditKey? = nil) throws {
    let whole = try ReplayLoader(path: path, key: key).finish(chunkBytes: .max)
    self.init(
      path: path, file: whole.file, verification: whole.verification, index: whole.index,
      checkedBytes: whole.checkedBytes)
  }

  init(
    path: String, file: MappedFile, verification: AuditVerification, index: ReplayIndex,
    checkedBytes: Int
  ) {
    self.path = path
    self.file = file
    self.verification = verification
    self.index = index
    self.checkedBytes = checkedBytes
  }

  /// Size of the file in bytes.
  public var totalBytes: Int { file.bytes.count }

  /// Whether the whole file has been verified (or verification stopped at a bad line).
  public var isComplete: Bool { checkedBytes >= totalBytes }

  /// While the rest is verified in the background (`checkedBytes` and `events` verified by
  /// now): how far it got, and that only this log's events are shown.
  public func partialSummary(checkedBytes: Int, events: Int) -> String {
    let percent = totalBytes == 0 ? 100 : checkedBytes * 100 / totalBytes
    return "verifying chain… \(percent)% (\(events) events so far); showing only the first "
      + "\(index.count), verified"
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
    if !isComplete { return partialSummary(checkedBytes: checkedBytes, events: index.count) }
    let head = verification.head.isEmpty ? "-" : String(verification.head.prefix(16))
    return "chain verified: \(index.count) events, head \(head)"
  }
}
