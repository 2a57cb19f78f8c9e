import ArgumentParser
import Foundation
import ModqCore

/// `modq escalations`: escalated reviews for the help desk.
struct EscalationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "escalations",
    abstract: "List or export escalations for customer support.",
    discussion: """
      From the audit log (the source of truth: current escalations, after undos) or, with
      --outbox, from the moderator UI's outbox copy. --since-seq N lists escalations recorded
      after seq N, so a help desk can poll with the last seq it saw.
      """)

  @Option(help: "Only escalations at or after this RFC 3339 time.")
  var since: String?

  @Option(help: "Only escalations with a seq greater than N.")
  var sinceSeq: Int?

  @Option(help: "csv or jsonl.")
  var format: ExportFormat = .csv

  @Option(help: "Read the outbox (JSON Lines) instead of the audit log.")
  var outbox: String?

  @Option(name: .shortAndLong, help: "Output file (default: stdout).")
  var output: String?

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  @OptionGroup var options: AuditOptions

  func run() throws {
    var sinceEpoch: Int?
    if let since {
      guard let t = DateNormalizer.epoch(rfc3339: since) else {
        CLI.fail("--since \(since): not an RFC 3339 time such as 2026-11-23T09:00:00Z")
        throw ExitCodes.usage
      }
      sinceEpoch = t
    }
    let all: [DecisionRecord]
    if let outbox {
      all = try readOutbox(outbox)
    } else {
      let (path, key, _) = try options.resolve()
      all = try VerifiedLog.decisions(path: path, key: key)
    }
    let records = DecisionSource.escalations(all, sinceSeq: sinceSeq, since: sinceEpoch)
    let sink = try QueueSink(output: output, force: force)
    let csv = CSVWriter(formulaSafe: true)
    do {
      if let header = DecisionExporter.header(format, csv: csv) { try sink.writeRaw(header) }
      for r in records { try sink.writeRaw(DecisionExporter.line(r, format, csv: csv)) }
      try sink.commit()
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
    CLI.fail("\(records.count) escalations")
  }

  /// Outbox lines: `review` (or `review_id` / `id`), `criteria`, `note`, `moderator`, `ts`, `seq`.
  private func readOutbox(_ path: String) throws -> [DecisionRecord] {
    guard let data = FileManager.default.contents(atPath: path) else {
      CLI.fail("\(path): cannot read the outbox")
      throw ExitCodes.failure
    }
    var out: [DecisionRecord] = []
    for (i, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
    where !line.isEmpty {
      guard let o = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
        let review = (o["review"] ?? o["review_id"] ?? o["id"]) as? String
      else {
        CLI.fail("\(path):\(i + 1): not an escalation line; skipped")
        continue
      }
      out.append(
        DecisionRecord(
          review: review, verdict: .escalate, type: "escalate",
          criteria: o["criteria"] as? [String] ?? [], note: o["note"] as? String,
          moderator: o["moderator"] as? String ?? "", ts: o["ts"] as? String ?? "",
          seq: o["seq"] as? Int ?? 0, queue: o["queue"] as? String))
    }
    return out
  }
}
