import ArgumentParser
import Foundation
import ModqCore
import ModqUI
import TerminalKit

/// `modq bench replay`: first frame of `modq replay` and a full report on a large log.
struct BenchReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Benchmark replay: open + verify + index + first frame, and a full report.",
    discussion: "Generates a synthetic log (or uses --log). Single-threaded; best of --runs.")

  @Option(help: "Events in the generated log.")
  var events = 1_000_000

  @Option(help: "Use this log instead of generating one.")
  var log: String?

  @Option(help: "Timed runs per figure (the best is reported).")
  var runs = 3

  func run() throws {
    var path = log ?? ""
    var cleanup = false
    if log == nil {
      path = NSTemporaryDirectory() + "modq-bench-replay-\(getpid()).jsonl"
      cleanup = true
      let start = Self.now()
      let bytes = try TimedLogWriter.write(path: path, events: SyntheticAuditLog(events: events))
      say(String(format: "generated %d events, %.1f MB in %.2f s", events, Double(bytes) / 1e6, Self.now() - start))
    }
    defer { if cleanup { try? FileManager.default.removeItem(atPath: path) } }
    var frame = Screen(size: Size(width: 120, height: 40))
    var replay: ReplayLog?
    let first = try best {
      let opened = try ReplayLog(path: path)
      frame = ReplayView.render(ReplayModel(log: opened), size: Size(width: 120, height: 40))
      replay = opened
    }
    guard let replay else { return }
    say(String(format: "first frame (open, verify chain, index %d events, render 120x40): %.3f s", replay.index.count, first))
    say("  " + replay.integritySummary + "; frame rows: \(frame.lines.count)")
    var text = ""
    let report = try best {
      text = ""
      for grouping in ReportGrouping.allCases {
        text += ModerationReport(replay.index, by: grouping).rendered(as: .table)
      }
    }
    say(String(format: "full report (4 groupings, every section, table text, index reused): %.3f s", report))
    say("  output: \(text.utf8.count) bytes")
    let cold = try best {
      let opened = try ReplayLog(path: path)
      text = ModerationReport(opened.index, by: .moderator).rendered(as: .table)
    }
    say(String(format: "report from the file (open, verify, index, --by moderator): %.3f s", cold))
  }

  private func best(_ body: () throws -> Void) throws -> Double {
    var fastest = Double.infinity
    for _ in 0..<max(1, runs) {
      let start = Self.now()
      try body()
      fastest = min(fastest, Self.now() - start)
    }
    return fastest
  }

  private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
