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
    let file: QueueFile
    do {
      engine = try EngineLoader.engine(policy: policy, store: store)
      file = try QueueFile(path: queue)
    } catch {
      StandardError.print("modq screen: \(error)")
      throw ExitCodes.failure
    }
    var bar: ProgressBar?
    var counts = ScreenSummary()
    var out: [UInt8] = []
    out.reserveCapacity(1 << 17)
    let diagnostics: [QueueDiagnostic]
    do {
      diagnostics = try StreamingScreen(file: file, engine: engine, threads: max(1, threads))
        .run(
          progress: { done, total in
            if bar == nil {
              bar = ProgressBar(label: "screening", total: total, minimum: 4 << 20)
            }
            bar?.update(done)
          },
          spillFailure: { StandardError.print("modq screen: \($0); \($0.contents) kept in memory") }
        ) { results in
          if summary {
            counts.add(results)
            return
          }
          for result in results {
            ScreeningJSON.append(result, to: &out)
            out.append(0x0A)
            if out.count > 1 << 16 {
              FileHandle.standardOutput.write(Data(out))
              out.removeAll(keepingCapacity: true)
            }
          }
        }
    } catch {
      bar?.finish()
      StandardError.print("modq screen: \(error)")
      throw ExitCodes.failure
    }
    bar?.finish()
    for diagnostic in diagnostics { StandardError.print(diagnostic.description) }
    if summary {
      print(counts.text, terminator: "")
    } else {
      FileHandle.standardOutput.write(Data(out))
    }
    if !diagnostics.isEmpty { throw ExitCodes.failure }
  }
}

/// Counts per verdict and criterion.
struct ScreenSummary {
  private var reviews = 0
  private var verdicts: [Verdict: Int] = [:]
  private var criteria: [String: Int] = [:]

  init(_ results: [ScreeningResult] = []) { add(results) }

  /// Counts more results.
  mutating func add(_ results: [ScreeningResult]) {
    reviews += results.count
    for result in results {
      verdicts[result.verdict, default: 0] += 1
      for finding in result.findings { criteria[finding.criterion, default: 0] += 1 }
    }
  }

  var text: String {
    var lines = ["reviews \(reviews)"]
    for verdict in Verdict.allCases {
      let count = verdicts[verdict] ?? 0
      let share = reviews == 0 ? 0 : Double(count) * 100 / Double(reviews)
      let name = verdict.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
      lines.append("\(name) \(count) (\(String(format: "%.1f", share)) %)")
    }
    lines.append("")
    for (id, count) in criteria.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
      let share = Double(count) * 100 / Double(max(reviews, 1))
      let name = id.padding(toLength: 36, withPad: " ", startingAt: 0)
      lines.append("\(name) \(count) (\(String(format: "%.2f", share)) %)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
