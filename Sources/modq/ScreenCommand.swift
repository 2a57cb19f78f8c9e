import ArgumentParser
import Foundation
import ModqCore
import ModqScreening

/// `modq screen QUEUE`: suggested verdicts as JSON Lines (formats.md), in queue order.
struct ScreenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "screen",
    abstract: "Screen a queue file and print one JSON line per review (verdict + findings).",
    discussion: """
      Uses the bundled demo policy and store unless --policy / --store are given.
      Malformed queue lines are reported on stderr as file:line: reason and skipped.
      Example: modq screen data/queue/demo.jsonl --summary
      """)

  @Argument(help: "The queue file (JSON Lines).")
  var queue: String

  @Option(help: "Policy file (default: data/policy/default.yaml).")
  var policy: String?

  @Option(help: "Store file (default: data/stores/northpeak.yaml).")
  var store: String?

  @Flag(help: "Print counts per verdict and criterion instead of the JSON lines.")
  var summary = false

  @Option(help: "Worker threads.")
  var threads = 2

  func run() throws {
    let engine: ScreeningEngine
    let input: QueueLoad
    do {
      engine = try EngineLoader.engine(policy: policy, store: store)
      input = try QueueFile(path: queue).loadAll()
    } catch {
      StandardError.print("modq screen: \(error)")
      throw ExitCodes.failure
    }
    for diagnostic in input.diagnostics { StandardError.print(diagnostic.description) }
    let reviews = input.entries.map(\.review)
    let bar = ProgressBar(label: "screening", total: reviews.count, minimum: 2048)
    let results = engine.screenQueue(reviews, threads: max(1, threads)) { done, _ in
      bar.update(done)
    }
    bar.finish()
    if summary {
      print(ScreenSummary(results).text, terminator: "")
    } else {
      var out = ""
      out.reserveCapacity(1 << 16)
      for result in results {
        out += ScreeningJSON.line(result)
        out += "\n"
        if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
      }
      FileHandle.standardOutput.write(Data(out.utf8))
    }
    if !input.diagnostics.isEmpty { throw ExitCodes.failure }
  }
}

/// Counts per verdict and criterion.
struct ScreenSummary {
  let text: String

  init(_ results: [ScreeningResult]) {
    var verdicts: [Verdict: Int] = [:]
    var criteria: [String: Int] = [:]
    for result in results {
      verdicts[result.verdict, default: 0] += 1
      for finding in result.findings { criteria[finding.criterion, default: 0] += 1 }
    }
    var lines = ["reviews \(results.count)"]
    for verdict in Verdict.allCases {
      let count = verdicts[verdict] ?? 0
      let share = results.isEmpty ? 0 : Double(count) * 100 / Double(results.count)
      lines.append("\(verdict.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(count) (\(String(format: "%.1f", share)) %)")
    }
    lines.append("")
    for (id, count) in criteria.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
      let share = Double(count) * 100 / Double(max(results.count, 1))
      lines.append("\(id.padding(toLength: 36, withPad: " ", startingAt: 0)) \(count) (\(String(format: "%.2f", share)) %)")
    }
    text = lines.joined(separator: "\n") + "\n"
  }
}
