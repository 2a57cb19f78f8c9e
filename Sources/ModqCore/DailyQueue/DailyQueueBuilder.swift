/// Builds the day's queue from several queue files (imports): keeps the first occurrence
/// of each id, leaves out reviews the audit log has already decided, and copies every kept
/// line byte for byte (so `review_sha256` in the log still matches).
public struct DailyQueueBuilder {
  /// The current decision for a review id, if any (from `AuditState`).
  public var decision: (String) -> AuditDecision?

  public init(decision: @escaping (String) -> AuditDecision? = { _ in nil }) {
    self.decision = decision
  }

  /// Builder that drops what `state` has decided.
  public init(state: AuditState) {
    self.decision = { state.decision(for: $0) }
  }

  /// Reads `inputs` in order and writes kept lines to `writer` (not committed here).
  public func build(
    inputs: [String], into writer: AtomicFileWriter, drop: (QueueDrop) -> Void
  ) throws -> DailyQueueSummary {
    var summary = DailyQueueSummary()
    var first: [String: (file: String, line: Int)] = [:]
    for path in inputs {
      let file = try QueueFile(path: path)
      let load = file.loadAll()
      summary.read += load.entries.count
      for diagnostic in load.diagnostics {
        // The reader keeps the first of two equal ids in one file and reports the second.
        summary.read += 1
        let d = QueueDrop(
          file: path, line: diagnostic.line, id: "", reason: .malformed(diagnostic.reason))
        summary.dropped[diagnostic.reason.hasPrefix("duplicate id") ? "duplicate" : "malformed", default: 0] += 1
        drop(d)
      }
      for entry in load.entries {
        let id = entry.review.id
        if let earlier = first[id] {
          let d = QueueDrop(
            file: path, line: entry.line, id: id,
            reason: .duplicate(file: earlier.file, line: earlier.line))
          summary.count(d)
          drop(d)
          continue
        }
        first[id] = (path, entry.line)
        if let decided = decision(id) {
          let d = QueueDrop(
            file: path, line: entry.line, id: id,
            reason: .decided(verdict: decided.verdict, seq: decided.seq))
          summary.count(d)
          drop(d)
          continue
        }
        _ = try file.withLineBytes(at: entry.line) { (bytes: UnsafeBufferPointer<UInt8>) throws -> Void in
          try writer.writeLine(bytes)
        }
        summary.kept += 1
      }
    }
    return summary
  }
}

/// Counts for a daily queue build.
public struct DailyQueueSummary: Sendable, Hashable, CustomStringConvertible {
  /// Non-blank lines read across all inputs.
  public var read = 0
  public var kept = 0
  /// Dropped lines per reason (`duplicate`, `decided`, `malformed`).
  public var dropped: [String: Int] = [:]

  public init() {}

  mutating func count(_ drop: QueueDrop) { dropped[drop.code, default: 0] += 1 }

  public var description: String {
    let parts = dropped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
    let total = dropped.values.reduce(0, +)
    return "\(read) reviews read, \(kept) kept, \(total) dropped"
      + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
  }
}
