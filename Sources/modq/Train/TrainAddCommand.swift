import ArgumentParser
import Foundation
import ModqCore
import ModqScreening

/// `modq train add --from-audit LOG --seq N --set FILE [--redact]`.
struct TrainAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Turn a real decision of the audit log into a training case.",
    discussion: """
      The review comes from the queue file the event names, checked against review_sha256; \
      gold = the moderator's final verdict and criteria. --redact replaces personal details \
      the screening engine finds (pii.*) with placeholders like [EMAIL].
      Example: modq train add --from-audit audit.jsonl --seq 12 --set my-set.yaml --redact
      """)

  @Option(name: .customLong("from-audit"), help: "The audit log holding the decision.")
  var fromAudit: String

  @Option(help: "The decision's seq.")
  var seq: Int

  @Option(help: "The training set to append the case to (created if missing).")
  var set: String

  @Flag(help: "Replace personal details with placeholders.")
  var redact = false

  @Option(name: .customLong("key-file"), help: "HMAC key file for the audit log.")
  var keyFile: String?

  @OptionGroup var policyOptions: TrainPolicyOptions

  func run() throws {
    let engine = try policyOptions.engine()
    let events: [AuditEvent]
    do {
      events = try AuditVerifier.events(
        path: fromAudit, key: try keyFile.map { try AuditKey(contentsOfFile: $0) })
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.integrity
    }
    let base = (fromAudit as NSString).deletingLastPathComponent
    do {
      let item = try AuditCaseBuilder(engine: engine).makeCase(
        events: events, seq: seq, logPath: fromAudit, redact: redact,
        queueBase: base.isEmpty ? nil : base)
      try TrainingCaseWriter.append(item, toSet: set)
      CLI.say(
        "added case \(item.id) (\(item.gold.verdict.rawValue)"
          + " \(item.gold.criteria.joined(separator: ", "))) to \(set)")
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
  }
}
