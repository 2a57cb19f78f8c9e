import ArgumentParser
import Foundation
import ModqCore

/// `modq export LOG`: hand the current decisions back to the store.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write every current decision (after undos) as CSV or JSON Lines.",
    discussion: """
      Columns: review, verdict, criteria, reason_codes, note, moderator, ts, seq, type, queue.
      With --preset powerreviews or meta, writes the platform's own import file instead
      (needs --queue for the review text the platform requires). The log is verified first
      (exit 2 if it fails).
      """)

  @Argument(help: "The audit log (default: --audit, modq.yaml, then the XDG state dir).")
  var log: String?

  @Option(help: "csv or jsonl.")
  var format: ExportFormat = .jsonl

  @Option(help: "Write the file a platform re-imports: powerreviews, meta.")
  var preset: String?

  @Option(help: "The queue the decided reviews came from (needed with --preset).")
  var queue: String?

  @Option(name: .shortAndLong, help: "Output file (default: stdout).")
  var output: String?

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  @OptionGroup var options: AuditOptions

  func run() throws {
    let (path, key, config) = try options.resolve(logArgument: log)
    let records = try VerifiedLog.decisions(path: path, key: key)
    let sink = try QueueSink(output: output, force: force)
    do {
      if let preset {
        try writePreset(preset, records, queuePath: queue ?? config.queue, sink)
      } else {
        let csv = CSVWriter(formulaSafe: true)
        if let header = DecisionExporter.header(format, csv: csv) { try sink.writeRaw(header) }
        for r in records { try sink.writeRaw(DecisionExporter.line(r, format, csv: csv)) }
        CLI.fail("\(records.count) decisions exported")
      }
      try sink.commit()
    } catch let error as ExitCode {
      throw error
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
  }

  private func writePreset(
    _ name: String, _ records: [DecisionRecord], queuePath: String?, _ sink: QueueSink
  ) throws {
    guard let preset = HandBackPreset(rawValue: name) else {
      let why = HandBackPreset.importOnly[name] ?? "no hand-back preset named '\(name)'"
      throw ImportError.usage(
        "\(why) (hand-back presets: \(HandBackPreset.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    guard let queuePath else {
      throw ImportError.usage("--preset \(name) needs --queue QUEUE for the review content")
    }
    let load = try QueueLoading.load(queuePath)
    var reviews: [String: Review] = [:]
    for entry in load.entries { reviews[entry.review.id] = entry.review }
    let csv = CSVWriter()
    try sink.writeRaw(csv.line(preset.header))
    var written = 0
    var missing = 0
    for r in records {
      guard let review = reviews[r.review] else {
        missing += 1
        CLI.fail("\(DiagnosticText.quoted(r.review)): decided (seq \(r.seq)) but not in \(queuePath); left out")
        continue
      }
      guard let row = preset.row(r, review: review) else { continue }
      try sink.writeRaw(csv.line(row))
      written += 1
    }
    CLI.fail("\(written) rows written for \(name) (\(records.count) decisions, \(missing) not in the queue)")
    if missing > 0 { throw ExitCodes.failure }
  }
}
