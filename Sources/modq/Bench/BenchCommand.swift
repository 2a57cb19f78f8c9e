import ArgumentParser

/// `modq bench`: measurements that the README quotes (not timed tests).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure modq's hot paths.",
    subcommands: [BenchAuditCommand.self, BenchImportCommand.self])
}
