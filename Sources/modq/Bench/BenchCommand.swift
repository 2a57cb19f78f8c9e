import ArgumentParser

/// `modq bench`: measurement commands (figures are printed, never asserted).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure modq's hot paths on generated data.",
    subcommands: [BenchReplayCommand.self]
  )
}
