import ArgumentParser
import Foundation
import ModqScreening

/// `modq train`: onboarding on curated cases (session, add, report, check).
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Train moderators on curated cases, and manage training sets.",
    discussion: """
      modq train SET --trainee NAME opens a practice session (the default subcommand). \
      Results go to the training log ($XDG_STATE_HOME/modq/training.jsonl or --log), never \
      the production audit log.
      """,
    subcommands: [
      TrainSessionCommand.self, TrainAddCommand.self, TrainReportCommand.self,
      TrainCheckCommand.self,
    ],
    defaultSubcommand: TrainSessionCommand.self)
}

/// Shared option and loading helpers of the train subcommands.
struct TrainPolicyOptions: ParsableArguments {
  @Option(help: "Policy file (default: data/policy/default.yaml).")
  var policy: String?

  @Option(help: "Store file (default: data/stores/northpeak.yaml).")
  var store: String?

  /// The engine, or exit 1 with the reason.
  func engine() throws -> ScreeningEngine {
    do {
      return try EngineLoader.engine(policy: policy, store: store, quiet: true)
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
  }

  /// The set at `path` (default: the bundled onboarding set), or exit 1 naming file:line.
  static func loadSet(_ path: String?) throws -> TrainingSet {
    let url: URL
    if let path {
      url = URL(fileURLWithPath: path)
    } else if let data = DataLocator.dataDirectory() {
      url = data.appendingPathComponent("training/northpeak-onboarding.yaml")
    } else {
      CLI.fail("no training set given and the bundled data is not found")
      throw ExitCodes.failure
    }
    do {
      return try TrainingSet.load(contentsOf: url)
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
  }
}
