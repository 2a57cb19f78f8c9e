import ArgumentParser
import Foundation
import ModqCore
import ModqUI
import TerminalKit

/// `modq bench replay`: first frame of `modq replay` and a full report on a large log.
struct BenchReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Benchmark replay: first frame, background verification, reports.",
    discussion: """
      Generates a synthetic log (or uses --log). Single-threaded: the background part of
      `modq replay` is timed on its own. Best of --runs; wall and CPU seconds.
      """)

  @Option(help: "Events in the generated log.")
  var events = 1_000_000

  @Option(help: "Use this log instead of generating one.")
  var log: String?

  @Option(help: "Keep the generated log at this path (and reuse it if it exists).")
  var save: String?

  @Option(help: "Timed runs per figure (the best is reported).")
  var runs = 3

  func run() throws {
    let path = try logPath()
    defer { if log == nil && save == nil { try? FileManager.default.removeItem(atPath: path) } }
    let size = Size(width: 120, height: 40)
    var frame = Screen(size: size)
    var head: ReplayLog?
    let first = try best {
      let loader = try ReplayLoader(path: path)
      let opened = loader.head()
      frame = ReplayView.render(ReplayModel(log: opened), size: size)
      head = opened
    }
    guard let head else { return }
    say("first frame (open, verify + index the head, render 120x40)", first)
    say("  \(head.index.count) events shown; frame line 2: \(frame.lines[1])")
    var replay: ReplayLog?
    let rest = try best {
      let loader = try ReplayLoader(path: path)
      _ = loader.head()
      replay = loader.finish()
    }
    guard let replay else { return }
    say("rest of the chain, verified + indexed (the background thread of modq replay)", rest)
    say("  " + replay.integritySummary)
    var text = ""
    let report = try best {
      let all = ModerationReport.reports(replay.index, by: ReportGrouping.allCases)
      text = all.map { $0.rendered(as: .table) }.joined()
    }
    say("full report (4 groupings, every section, table text, index reused)", report)
    say("  output: \(text.utf8.count) bytes")
    let one = try best {
      text = ModerationReport(replay.index, by: .moderator).rendered(as: .table)
    }
    say("one report (--by moderator, index reused)", one)
    let cold = try best {
      let opened = try ReplayLog(path: path)
      text = ModerationReport(opened.index, by: .moderator).rendered(as: .table)
    }
    say("report from the file (open, verify, index, --by moderator)", cold)
  }

  /// The log to measure: --log, or a generated one (kept at --save).
  private func logPath() throws -> String {
    if let log { return log }
    let path = save ?? NSTemporaryDirectory() + "modq-bench-replay-\(getpid()).jsonl"
    if save != nil, FileManager.default.fileExists(atPath: path) { return path }
    let (sample, bytes) = try QueueBenchmark.time {
      try TimedLogWriter.write(path: path, events: SyntheticAuditLog(events: events))
    }
    say(
      String(
        format: "generated %d events, %.1f MB in %.2f s", events, Double(bytes) / 1e6,
        sample.ms / 1000))
    return path
  }

  /// Best wall and CPU milliseconds of `runs` runs of `body`.
  private func best(_ body: () throws -> Void) throws -> (ms: Double, cpuMs: Double) {
    var fastest = (ms: Double.infinity, cpuMs: Double.infinity)
    for _ in 0..<max(1, runs) {
      let (sample, _) = try QueueBenchmark.time(body)
      fastest = (min(fastest.ms, sample.ms), min(fastest.cpuMs, sample.cpuMs))
    }
    return fastest
  }

  private func say(_ what: String, _ sample: (ms: Double, cpuMs: Double)) {
    say(what + String(format: ": %.3f s wall, %.3f s CPU", sample.ms / 1000, sample.cpuMs / 1000))
  }

  private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}
