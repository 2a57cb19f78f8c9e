import ArgumentParser
import Foundation
import ModqCore

/// `modq replay LOG`: step through the audit log in the terminal, or print it (`--print`).
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay an audit log: timeline, what each moderator saw and did, sessions, stats.",
    discussion: """
      The first screen shows as soon as the start of the log is verified; the rest is
      verified in the background ("verifying chain… N%") and the banner then says
      "chain verified" or names the first bad line. --print verifies everything first and
      exits 2 on a broken chain.
      Examples:
        modq replay audit.jsonl --queue data/demo/queue.jsonl
        modq replay audit.jsonl --print --moderator ana --overrides --detail
        modq replay audit.jsonl --print --session ana
        modq replay audit.jsonl --print --queue-at 120 --queue data/demo/queue.jsonl
      """)

  @Argument(help: "The audit log (JSON Lines).")
  var log: String

  @OptionGroup var input: ReplayInputOptions
  @OptionGroup var filters: ReplayFilterOptions

  @Flag(help: "Print the timeline to stdout instead of opening the terminal UI.")
  var print = false

  @Flag(help: "With --print: also what each moderator saw and did.")
  var detail = false

  @Option(help: "Start at this seq (--print: print only this event, with details).")
  var seq: Int?

  @Option(help: "With --print: one moderator's sessions, with the time between events.")
  var session: String?

  @Option(name: .customLong("queue-at"), help: "With --print: the queue (decided, pending) as of this seq.")
  var queueAt: Int?

  func run() throws {
    let loader = try input.openLoader(log)
    let resolver = try input.resolver()
    let filter = try filters.filter()
    guard print else {
      try ReplayTerminal.run(loader: loader, resolver: resolver, filter: filter, seq: seq)
      return
    }
    let replay = loader.finish(chunkBytes: .max)
    let printer = ReplayPrinter(log: replay, resolver: resolver)
    var lines = [printer.banner()]
    if let session {
      lines += printer.sessions(of: session)
    } else if let queueAt {
      lines += printer.queue(asOf: queueAt)
    } else if let seq {
      guard seq >= 1, seq <= replay.index.count else {
        StandardError.print("modq: seq \(seq) is not in \(log) (1...\(replay.index.count))")
        throw ExitCodes.failure
      }
      lines += printer.timeline([seq - 1], detail: true)
    } else {
      let positions = filter.compiled(for: replay.index).positions(in: replay.index)
      lines.append("\(positions.count) of \(replay.index.count) events: \(printer.safe(filter.summary))")
      lines += printer.timeline(positions, detail: detail)
    }
    FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    if !replay.verification.isOK { throw ExitCodes.integrity }
  }
}
