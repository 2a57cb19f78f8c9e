import ArgumentParser

/// The `modq` command: a terminal moderation queue for product reviews.
@main
struct Modq: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "modq",
    abstract: "A terminal moderation queue for e-commerce product reviews.",
    discussion: """
      With no subcommand, opens the bundled demo queue in the moderator UI.
      Exit codes: 0 ok, 1 problem in the input or I/O, 2 audit log failed verification,
      3 decision refused, 64 usage error.
      """,
    version: "0.1.0",
    subcommands: [
      ModerateCommand.self, ScreenCommand.self, DecideCommand.self, StatusCommand.self,
      VerifyCommand.self, ReplayCommand.self, ReportCommand.self, ExportCommand.self,
      EscalationsCommand.self, ImportCommand.self, QueueCommand.self, PolicyCommand.self,
      BenchCommand.self,
    ],
    defaultSubcommand: ModerateCommand.self
  )
}
