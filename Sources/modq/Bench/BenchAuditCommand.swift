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

  func run() throws {
    let base = dir ?? (NSTemporaryDirectory() + "modq-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer { if dir == nil { try? FileManager.default.removeItem(atPath: base) } }
    try interactive(base + "/interactive.jsonl")
    try bulkRun(base + "/bulk.jsonl")
    try verifyFold(base + "/big.jsonl")
  }

  private func interactive(_ path: String) throws {
    let log = try AuditLog(path: path)
    var micros: [Double] = []
    for n in 0..<appends {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try log.append(Self.decision("r-\(n)"))
      micros.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }
    micros.sort()
    let p50 = micros[micros.count / 2]
    let p99 = micros[min(micros.count - 1, micros.count * 99 / 100)]
    CLI.say(String(format: "interactive append (flock + write + fdatasync): n=%d p50 %.0f us, p99 %.0f us", appends, p50, p99))
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
    CLI.say(String(format: "bulk group commit (%d per fdatasync): %d decisions in %.3f s = %.0f/s", batch, recorded, seconds, Double(recorded) / seconds))
  }

  private func verifyFold(_ path: String) throws {
    let size = try AuditLogGenerator.write(path: path, events: events)
    var best = Double.infinity
    var summary = ""
    for _ in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      let (verification, state) = try AuditVerifier.verifyAndFold(path: path)
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      summary = "\(verification.isOK ? "ok" : "FAILED") \(state.eventCount) events, \(state.counts.values.reduce(0, +)) decided"
    }
    CLI.say(String(format: "verify+fold: %d events (%.0f MB) in %.3f s (best of 3, 1 core) = %.2fM events/s; ", events, Double(size) / 1e6, best, Double(events) / best / 1e6) + summary)
  }

  static func decision(_ review: String) -> AuditDraft {
    .decision(
      review: review, queue: "bench.jsonl", reviewSHA256: String(repeating: "5e", count: 32),
      suggested: AuditSuggestion(verdict: .publish, criteria: []), final: .publish, criteria: [],
      policy: "bench", moderator: "bench")
  }
}
