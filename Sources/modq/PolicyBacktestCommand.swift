import ArgumentParser
import Foundation
import ModqCore
import ModqScreening
import TerminalKit

/// `modq policy backtest --policy NEW`: how a candidate policy's suggestions would have
/// matched the humans' decisions, criterion by criterion, against the policy in force.
struct PolicyBacktestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backtest",
    abstract: "Screen decided reviews again with another policy and compare with the humans.",
    discussion: """
      Uses the decisions in force in the audit log whose review text is found in the queue
      files and matches the recorded review_sha256; the others are listed and skipped.
      Example: modq policy backtest --policy my-policy.yaml --audit audit.jsonl --queue q.jsonl
      """)

  @Option(help: "The candidate policy file.")
  var policy: String

  @Option(help: "Store file (default: data/stores/northpeak.yaml).")
  var store: String?

  @Option(help: "The audit log (default: modq.yaml, then $XDG_STATE_HOME/modq/audit.jsonl).")
  var audit: String?

  @OptionGroup var input: ReplayInputOptions

  @Flag(help: "List each decision that was skipped and why.")
  var verbose = false

  func run() throws {
    let path: String
    let engine: ScreeningEngine
    do {
      path = try ModqConfig.load().auditPath(flag: audit)
      engine = try EngineLoader.engine(policy: policy, store: store)
    } catch {
      StandardError.print("modq: \(error)")
      throw ExitCodes.failure
    }
    let replay = try input.openLog(path)
    if !replay.verification.isOK { StandardError.print("modq: " + replay.integritySummary) }
    let (cases, skipped) = BacktestCase.collect(from: replay, queues: try input.resolver())
    let policies = Set((0..<replay.index.count).compactMap { replay.index.policy($0) })
    var out = "candidate: \(engine.policy.file) sha256 \(engine.policy.sha256.prefix(16))\n"
    out += "in force: as recorded in \(path) (\(policies.count) policy hash(es))\n"
    out += "decisions compared: \(cases.count); skipped (text missing or changed): \(skipped.count)\n"
    if verbose { for line in skipped { out += "  skipped \(SanitizedText(line).string)\n" } }
    out += PolicyBacktest(cases: cases, engine: engine).text
    FileHandle.standardOutput.write(Data(out.utf8))
    if !replay.verification.isOK { throw ExitCodes.integrity }
  }
}
