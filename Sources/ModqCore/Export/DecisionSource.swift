/// Reads the current decisions (after undos) out of a verified audit log.
public enum DecisionSource {
  /// Every current decision, in seq order. Throws if the log fails verification.
  public static func current(path: String, key: AuditKey? = nil) throws -> [DecisionRecord] {
    current(events: try AuditVerifier.events(path: path, key: key))
  }

  /// Folds events: a decision replaces the review's earlier one; an `undo` removes the
  /// decision at its `target` seq if that is still the review's current one (as
  /// `AuditState` folds it).
  public static func current(events: [AuditEvent]) -> [DecisionRecord] {
    var bySeq: [Int: DecisionRecord] = [:]
    var currentSeq: [String: Int] = [:]
    for event in events {
      if let record = DecisionRecord(event: event) {
        if let old = currentSeq[record.review] { bySeq[old] = nil }
        bySeq[event.seq] = record
        currentSeq[record.review] = event.seq
      } else if event.type == .undo, let target = event.target, let record = bySeq[target],
        currentSeq[record.review] == target
      {
        bySeq[target] = nil
        currentSeq[record.review] = nil
      }
    }
    return bySeq.keys.sorted().compactMap { bySeq[$0] }
  }

  /// Current escalations with `seq > sinceSeq` and decided at or after `since` (epoch s).
  public static func escalations(
    _ records: [DecisionRecord], sinceSeq: Int? = nil, since: Int? = nil
  ) -> [DecisionRecord] {
    records.filter { r in
      guard r.verdict == .escalate else { return false }
      if let sinceSeq, r.seq <= sinceSeq { return false }
      if let since {
        guard let t = DateNormalizer.epoch(rfc3339: r.ts), t >= since else { return false }
      }
      return true
    }
  }
}

extension DateNormalizer {
  /// Seconds since 1970 for an RFC 3339 timestamp (fractions dropped).
  public static func epoch(rfc3339 s: String) -> Int? {
    iso(Array(s.unicodeScalars), defaultOffset: 0)
  }
}
