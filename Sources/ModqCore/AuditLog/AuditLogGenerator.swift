import Foundation

/// Writes synthetic, valid audit logs quickly (for benchmarks and tests): decisions on
/// `r-<n>` by three moderators, with an undo every 50 events.
public enum AuditLogGenerator {
  /// Writes `events` events to `path` (replacing it) and returns the file size in bytes.
  @discardableResult
  public static func write(path: String, events: Int, key: AuditKey? = nil) throws -> Int {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw AuditError.io(operation: "create", path: path, errno: errno) }
    defer { close(fd) }
    let io = PosixAuditIO()
    let hasher = AuditHasher(key: key)
    let moderators = ["ana", "bo", "chen"]
    let sha = String(repeating: "5e", count: 32)
    var prev = ""
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 20)
    var total = 0
    for seq in 1...max(1, events) where events > 0 {
      let draft: AuditDraft
      if seq % 50 == 0 {
        draft = .undo(target: seq - 1, moderator: moderators[seq % 3], id: "u-\(seq)")
      } else {
        let verdict = Verdict.allCases[seq % 7 == 0 ? 2 : seq % 3 == 0 ? 1 : 0]
        draft = .decision(
          review: "r-\(seq)", queue: "bench.jsonl", reviewSHA256: sha,
          suggested: AuditSuggestion(verdict: .publish, criteria: []), final: verdict,
          criteria: verdict == .publish ? [] : ["pii.phone"], policy: "bench",
          moderator: moderators[seq % 3], id: "d-\(seq)")
      }
      let line = AuditJSONWriter.line(
        seq: seq, ts: "2026-11-23T10:00:00.000Z", moderator: draft.moderator, type: draft.type,
        prev: prev, id: draft.id, members: draft.members, hasher: hasher)
      prev = line.hash
      buffer.append(contentsOf: line.bytes)
      if buffer.count > (1 << 20) - 1024 {
        try io.writeAll(fd, buffer, path: path)
        total += buffer.count
        buffer.removeAll(keepingCapacity: true)
      }
    }
    try io.writeAll(fd, buffer, path: path)
    total += buffer.count
    return total
  }
}
