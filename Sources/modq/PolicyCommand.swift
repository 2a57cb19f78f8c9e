import ArgumentParser

/// `modq policy`: work with policy files.
struct PolicyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy",
    abstract: "Validate moderation policies and backtest changes against past decisions.",
    subcommands: [PolicyCheckCommand.self, PolicyBacktestCommand.self])
}
