import ArgumentParser
import Foundation
import ModqCore

/// `modq import FILE`: a review platform's export -> a queue file.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn a CSV or JSON Lines export into a queue file.",
    discussion: """
      A CSV whose header uses the queue's field names (id, rating, title, body, product_id,
      product_name, author_name, author_email, submitted_at, ...) needs no mapping; otherwise
      name a preset (okendo, powerreviews, meta) or a mapping file. Every rejected row is
      reported as FILE:LINE: reason; a summary ends the run. Exit 1 if any row was rejected
      (the good rows are still written).
      """)

  @Argument(help: "The export to import.")
  var file: String

  @Option(help: "csv or jsonl (default: from the file name; csv unless it ends in .jsonl).")
  var format: ExportFormat?

  @Option(help: "A documented platform layout: okendo, powerreviews, meta.")
  var preset: String?

  @Option(help: "A mapping file (column -> field, rating scale, date formats).")
  var map: String?

  @Option(name: .shortAndLong, help: "The queue file to write (default: stdout).")
  var output: String?

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  @Flag(name: .shortAndLong, help: "Do not print rejected rows (the summary still counts them).")
  var quiet = false

  func validate() throws {
    if preset != nil && map != nil { throw ValidationError("use --preset or --map, not both") }
  }

  func run() throws {
    let format = self.format ?? (file.hasSuffix(".jsonl") || file.hasSuffix(".ndjson") ? .jsonl : .csv)
    let sink = try QueueSink(output: output, force: force)
    let report: (String) -> Void = { line in
      if !quiet { CLI.fail(line) }
    }
    let summary: String
    let rejected: Int
    do {
      switch format {
      case .csv:
        let mapping = try resolveMapping()
        let progress = ProgressBar(label: "importing", path: file)
        let result = try CSVImporter(path: file, mapping: mapping).run(
          emit: { _, line in try sink.write(line) },
          issue: { issue in
            progress.clear()
            report(issue.description)
          },
          progress: progress.update)
        progress.finish()
        summary = result.description
        rejected = result.rejectedTotal
      case .jsonl:
        guard preset == nil && map == nil else {
          throw ImportError.usage(
            "--preset and --map apply to CSV; a JSON Lines export must use the queue's own fields")
        }
        let queue = try QueueFile(path: file)
        let load = queue.loadAll()
        for diagnostic in load.diagnostics { report(diagnostic.description) }
        for entry in load.entries {
          _ = try queue.withLineBytes(at: entry.line) { (bytes: UnsafeBufferPointer<UInt8>) throws -> Void in
            try sink.write(Array(bytes))
          }
        }
        rejected = load.diagnostics.count
        summary =
          "\(load.entries.count + rejected) lines read, \(load.entries.count) imported, "
          + "\(rejected) rejected"
      }
      try sink.commit()
    } catch let error as ExitCode {
      throw error
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
    CLI.fail("\(AuditEvent.asciiEscaped(file)): \(summary)")
    if rejected > 0 { throw ExitCodes.failure }
  }

  private func resolveMapping() throws -> ImportMapping {
    if let map { return try ImportMapping.load(path: map) }
    if let preset { return try PresetLibrary.standard().load(preset) }
    return .identity
  }
}

extension ExportFormat: ExpressibleByArgument {}
