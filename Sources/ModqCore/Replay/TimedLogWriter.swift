import Foundation

/// Writes a valid hash-chained audit log from drafts with timestamps chosen by the caller
/// (fixtures with known answers, benchmarks). Uses the audit log's own line writer; the
/// live `AuditLog` always stamps the real time instead.
public struct TimedLogWriter {
  private let hasher: AuditHasher
  private var seq = 0
  private var prev = ""

  public init(key: AuditKey? = nil) { hasher = AuditHasher(key: key) }

  /// The next line (with its newline) for `draft` at `ts` (RFC 3339).
  public mutating func line(_ draft: AuditDraft, ts: String) -> [UInt8] {
    seq += 1
    let line = AuditJSONWriter.line(
      seq: seq, ts: ts, moderator: draft.moderator, type: draft.type, prev: prev, id: draft.id,
      members: draft.members, hasher: hasher)
    prev = line.hash
    return line.bytes
  }

  /// Writes every `(ts, draft)` to `path`, replacing it. Returns the number of bytes.
  @discardableResult
  public static func write(
    path: String, key: AuditKey? = nil, events: some Sequence<(String, AuditDraft)>
  ) throws -> Int {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw AuditError.io(operation: "create", path: path, errno: errno) }
    defer { close(fd) }
    var writer = TimedLogWriter(key: key)
    var buffer: [UInt8] = []
    var total = 0
    let io = PosixAuditIO()
    for (ts, draft) in events {
      buffer.append(contentsOf: writer.line(draft, ts: ts))
      if buffer.count >= 1 << 20 {
        try io.writeAll(fd, buffer, path: path)
        total += buffer.count
        buffer.removeAll(keepingCapacity: true)
      }
    }
    try io.writeAll(fd, buffer, path: path)
    return total + buffer.count
  }
}
