import ArgumentParser
import Foundation
import ModqCore

/// `modq bench audit`: append latency, group-commit throughput, verify+fold of a large log.
struct BenchAuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Benchmark the audit log: appends with fdatasync, group commit, verify+fold.",
    discussion: "Works in a fresh temporary directory (or --dir) and removes its files afterwards.")

  @Option(help: "Events in the generated log for verify+fold.")
  var events = 1_000_000

  @Option(help: "Interactive appends (each with its own fdatasync).")
  var appends = 300

  @Option(help: "Decisions for the bulk (group commit) run.")
  var bulk = 30_000

  @Option(help: "Decisions per fdatasync in the bulk run.")
  var batch = 256

  @Option(help: "Directory for the benchmark files (default: a new temporary directory).")
  var dir: String?

  @Option(help: "Verify+fold this existing log instead of generating one (kept afterwards).")
  var log: String?

  func run() throws {
    let base = dir ?? (NSTemporaryDirectory() + "modq-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer { if dir == nil { try? FileManager.default.removeItem(atPath: base) } }
    if appends > 0 { try interactive(base + "/interactive.jsonl", raw: base + "/raw.jsonl") }
    if bulk > 0 { try bulkRun(base + "/bulk.jsonl") }
    if let log {
      try verifyFold(log, size: try Self.fileSize(log), events: nil)
    } else if events > 0 {
      let path = base + "/big.jsonl"
      try verifyFold(path, size: try AuditLogGenerator.write(path: path, events: events),
        events: events)
    }
  }

  /// Appends one at a time; splits each append's latency into its fdatasync and the rest
  /// (lock, catch-up check, serialise, hash, write), and measures bare write + fdatasync on
  /// the same file system for comparison.
  private func interactive(_ path: String, raw: String) throws {
    let io = SyncTimingIO()
    let log = try AuditLog(path: path, io: io)
    var total: [Double] = []
    var sync: [Double] = []
    var rest: [Double] = []
    for n in 0..<appends {
      let draft = Self.decision("r-\(n)")
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try log.append(draft)
      let micros = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
      total.append(micros)
      sync.append(io.lastSyncMicros)
      rest.append(micros - io.lastSyncMicros)
    }
    var info = stat()
    let lineBytes = stat(path, &info) == 0 ? Int(info.st_size) / appends : 400
    let bare = try AuditBenchmark.rawSyncs(path: raw, count: appends, lineBytes: lineBytes)
    CLI.say(
      String(
        format: "interactive append: n=%d p50 %.0f us (p99 %.0f us) = fdatasync p50 %.0f us "
          + "+ the rest p50 %.1f us (p99 %.1f us); bare write+fdatasync p50 %.0f us",
        appends, Self.percentile(total, 50), Self.percentile(total, 99),
        Self.percentile(sync, 50), Self.percentile(rest, 50), Self.percentile(rest, 99),
        Self.percentile(bare, 50)))
  }

  static func percentile(_ values: [Double], _ p: Int) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, sorted.count * p / 100)]
  }

  private func bulkRun(_ path: String) throws {
    let log = try AuditLog(path: path)
    let drafts = (0..<bulk).map { Self.decision("b-\($0)") }
    let check: (AuditState, AuditDraft) throws -> Void = { state, draft in
      if let review = draft.members.first?.value.stringValue, state.decision(for: review) != nil {
        throw AuditError.refused("\(review) already decided")
      }
    }
    let start = DispatchTime.now().uptimeNanoseconds
    var recorded = 0
    var from = 0
    while from < drafts.count {
      let to = min(drafts.count, from + batch)
      recorded += try log.appendBatch(Array(drafts[from..<to]), check: check)
        .filter { if case .recorded = $0 { true } else { false } }.count
      from = to
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    CLI.say(
      String(
        format: "bulk group commit (%d per fdatasync): %d decisions in %.3f s = %.0f/s", batch,
        recorded, seconds, Double(recorded) / seconds))
  }

  private static func fileSize(_ path: String) throws -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw AuditError.io(operation: "stat", path: path, errno: errno)
    }
    return Int(info.st_size)
  }

  private func verifyFold(_ path: String, size: Int, events generated: Int?) throws {
    var events = generated ?? 0
    var best = (wall: Double.infinity, cpu: Double.infinity)
    var summary = ""
    for _ in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      let cpuStart = Self.cpuSeconds()
      let (verification, state) = try AuditVerifier.verifyAndFold(path: path, indexIDs: false)
      let cpu = Self.cpuSeconds() - cpuStart
      let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      if wall < best.wall { best = (wall, cpu) }
      let decided = state.counts.values.reduce(0, +)
      events = state.eventCount
      let verdict = verification.isOK ? "ok" : "FAILED"
      summary = "\(verdict) \(state.eventCount) events, \(decided) decided"
    }
    CLI.say(
      String(
        format: "verify+fold (1 thread): %d events (%.0f MB) in %.3f s wall, %.3f s CPU "
          + "(best of 3) = %.2fM events/s; ",
        events, Double(size) / 1e6, best.wall, best.cpu, Double(events) / best.wall / 1e6)
        + summary)
    var floor = Double.infinity
    var hashed = (lines: 0, bytes: 0)
    for _ in 0..<3 {
      let cpuStart = Self.cpuSeconds()
      hashed = try AuditBenchmark.hashLines(path: path)
      floor = min(floor, Self.cpuSeconds() - cpuStart)
    }
    CLI.say(
      String(
        format: "  floor: SHA-256 of the same %d lines (%.0f MB, mapped as verify maps it) "
          + "%.3f s CPU "
          + "= %.0f MB/s", hashed.lines, Double(hashed.bytes) / 1e6, floor,
        Double(hashed.bytes) / 1e6 / floor))
  }

  /// CPU time of this process (wall time on a shared machine also counts other people's work).
  static func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  static func decision(_ review: String) -> AuditDraft {
    .decision(
      review: review, queue: "bench.jsonl", reviewSHA256: String(repeating: "5e", count: 32),
      suggested: AuditSuggestion(verdict: .publish, criteria: []), final: .publish, criteria: [],
      policy: "bench", moderator: "bench")
  }
}
