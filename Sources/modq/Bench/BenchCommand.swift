import ArgumentParser

/// `modq bench`: measure the hot paths on generated data.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure modq's hot paths on generated data.",
    subcommands: [BenchScreenCommand.self])
}
