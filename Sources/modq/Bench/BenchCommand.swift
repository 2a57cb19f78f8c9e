import ArgumentParser

/// `modq bench`: measure the hot paths on generated data (figures the README quotes; not timed tests).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure modq's hot paths on generated data.",
    subcommands: [
      BenchQueueCommand.self, BenchAuditCommand.self, BenchScreenCommand.self,
      BenchUICommand.self, BenchReplayCommand.self, BenchImportCommand.self,
      BenchDecideCommand.self,
    ])
}
