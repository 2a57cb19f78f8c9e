import ArgumentParser
import Foundation
import ModqCore

/// `modq report LOG --by ...`: throughput, override rates, escalations, undos, reject rate
/// by star rating and criterion.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Supervisor figures from an audit log, grouped by moderator, criterion, day or rating.",
    discussion: """
      Star ratings come from the queue files (--queue); the reject rate by rating and
      criterion is the evidence that negative reviews are not suppressed.
      Examples:
        modq report audit.jsonl --by moderator
        modq report audit.jsonl --by rating --queue data/demo/queue.jsonl --format csv
      """)

  @Argument(help: "The audit log (JSON Lines).")
  var log: String

  @Option(help: "Group rows by: moderator, criterion, day, rating.")
  var by: ReportGrouping = .moderator

  @Option(help: "Output: table, csv, json.")
  var format: ReportFormat = .table

  @Option(name: .customLong("idle-limit"), help: "Seconds after which a gap is a break, not work on a decision.")
  var idleLimit = 1800

  @OptionGroup var input: ReplayInputOptions

  func run() throws {
    let replay = try input.openLog(log)
    let resolver = try input.resolver()
    if !replay.verification.isOK { StandardError.print("modq: " + replay.integritySummary) }
    let ratings = input.queues.isEmpty ? nil : resolver.ratings(for: replay.index)
    for diagnostic in resolver.diagnostics { StandardError.print("modq: \(diagnostic)") }
    let report = ModerationReport(replay.index, by: by, ratings: ratings, idleLimitSeconds: idleLimit)
    FileHandle.standardOutput.write(Data(report.rendered(as: format).utf8))
    if !replay.verification.isOK { throw ExitCodes.integrity }
  }
}

extension ReportGrouping: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
