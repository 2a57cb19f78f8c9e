import ArgumentParser
import Foundation
import ModqCore

/// `modq status [QUEUE]`: what is pending and what was decided, by verdict and moderator.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show pending and decided reviews, by verdict and by moderator.",
    discussion: """
      Verifies and folds the audit log first; a log that fails verification exits 2.
      With a queue (argument or modq.yaml), counts are for that queue's reviews.
      """)

  @Argument(help: "The queue (JSON Lines; default: modq.yaml's queue).")
  var queue: String?

  @OptionGroup var options: AuditOptions

  func run() throws {
    let (path, key, config) = try options.resolve()
    var state = AuditState()
    if FileManager.default.fileExists(atPath: path) {
      let result: (verification: AuditVerification, state: AuditState)
      do {
        result = try AuditVerifier.verifyAndFold(path: path, key: key)
      } catch {
        CLI.fail("\(error)")
        throw ExitCodes.failure
      }
      guard result.verification.isOK else {
        CLI.fail("\(path): \(result.verification.summary)")
        throw ExitCodes.integrity
      }
      state = result.state
      CLI.say("audit: \(path): ok, \(state.eventCount) events")
    } else {
      CLI.say("audit: \(path): no log yet")
    }
    guard let queuePath = queue ?? config.queue else {
      report(counts: state.counts, byModerator: state.countsByModerator, pending: nil)
      return
    }
    let load = try QueueLoading.load(queuePath)
    var counts: [Verdict: Int] = [:]
    var byModerator: [String: [Verdict: Int]] = [:]
    var pending = 0
    for entry in load.entries {
      guard let d = state.decision(for: entry.review.id) else {
        pending += 1
        continue
      }
      counts[d.verdict, default: 0] += 1
      byModerator[d.moderator, default: [:]][d.verdict, default: 0] += 1
    }
    let skipped = load.diagnostics.isEmpty ? "" : " (\(load.diagnostics.count) problem lines skipped)"
    CLI.say("queue: \(AuditEvent.asciiEscaped(queuePath)): \(load.entries.count) reviews\(skipped)")
    report(counts: counts, byModerator: byModerator, pending: pending)
  }

  private func report(counts: [Verdict: Int], byModerator: [String: [Verdict: Int]], pending: Int?) {
    if let pending { CLI.say("pending: \(pending)") }
    CLI.say("decided: \(counts.values.reduce(0, +)) (\(Self.line(counts)))")
    guard !byModerator.isEmpty else { return }
    CLI.say("by moderator:")
    for name in byModerator.keys.sorted() {
      CLI.say("  \(AuditEvent.asciiEscaped(name)): \(Self.line(byModerator[name] ?? [:]))")
    }
  }

  static func line(_ counts: [Verdict: Int]) -> String {
    Verdict.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
  }
}
