import Foundation

/// Writes synthetic, valid audit logs quickly (for benchmarks and tests): decisions on
/// `r-<n>` by three moderators, with an undo every 50 events, all at one timestamp. (For a
/// log with sessions, notes, overrides and real gaps between events, see `SyntheticAuditLog`.)
public enum AuditLogGenerator {
  /// Writes `events` events to `path` (replacing it) and returns the file size in bytes.
  @discardableResult
  public static func write(path: String, events: Int, key: AuditKey? = nil) throws -> Int {
    try TimedLogWriter.write(
      path: path, key: key, events: (0..<max(0, events)).lazy.map { draft(seq: $0 + 1) })
  }

  /// Event `seq` (1-based) with its timestamp.
  static func draft(seq: Int) -> (String, AuditDraft) {
    let moderator = moderators[seq % 3]
    if seq % 50 == 0 {
      return (timestamp, .undo(target: seq - 1, moderator: moderator, id: "u-\(seq)"))
    }
    let verdict = Verdict.allCases[seq % 7 == 0 ? 2 : seq % 3 == 0 ? 1 : 0]
    return (
      timestamp,
      .decision(
        review: "r-\(seq)", queue: "bench.jsonl", reviewSHA256: reviewSHA256,
        suggested: AuditSuggestion(verdict: .publish, criteria: []), final: verdict,
        criteria: verdict == .publish ? [] : ["pii.phone"], policy: "bench",
        moderator: moderator, id: "d-\(seq)")
    )
  }

  private static let moderators = ["ana", "bo", "chen"]
  private static let timestamp = "2026-11-23T10:00:00.000Z"
  private static let reviewSHA256 = String(repeating: "5e", count: 32)
}
