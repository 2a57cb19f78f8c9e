import ArgumentParser
import CursesTerminal
import Foundation
import ModqCore
import ModqScreening
import ModqUI

/// `modq train [run] SET --trainee NAME [--walkthrough] [--blind] [--log FILE]`.
struct TrainSessionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Practise (or walk through) a training set on the moderation screen.",
    discussion: """
      Example: modq train data/training/northpeak-onboarding.yaml --trainee sam --blind
      """)

  @Argument(help: "The training set (default: data/training/northpeak-onboarding.yaml).")
  var set: String?

  @Option(help: "The trainee's name, recorded on every training-log event.")
  var trainee: String

  @Flag(help: "Show each case with its gold answer, spans and explanation; step through.")
  var walkthrough = false

  @Flag(help: "Hide the policy's suggestion: decide unaided.")
  var blind = false

  @Option(help: "The training log (default: $XDG_STATE_HOME/modq/training.jsonl).")
  var log: String?

  @Option(help: "Theme: dark, light, high-contrast, monochrome, or a YAML file.")
  var theme: String?

  @OptionGroup var policyOptions: TrainPolicyOptions

  func run() throws {
    let set = try TrainPolicyOptions.loadSet(self.set)
    let engine = try policyOptions.engine()
    let errors = TrainingSetChecker(engine: engine).check(set).filter(\.isError)
    guard errors.isEmpty else {
      for issue in errors { CLI.fail(issue.description) }
      CLI.fail("the set is invalid: fix it (modq train check) before training")
      throw ExitCodes.failure
    }
    let logPath = log ?? TrainingLog.defaultPath()
    let productionLogs = [
      ModqConfig.defaultAuditPath(environment: ProcessInfo.processInfo.environment),
      (try? ModqConfig.load())?.audit,
    ].compactMap { $0 }.map { URL(fileURLWithPath: $0).standardized.path }
    if productionLogs.contains(URL(fileURLWithPath: logPath).standardized.path) {
      CLI.fail("refusing to write training results to the production audit log \(logPath)")
      throw ExitCodes.refused
    }
    let trainingLog: AuditLog
    do {
      trainingLog = try TrainingLog.open(path: logPath, trainee: trainee)
    } catch {
      CLI.fail("cannot open the training log: \(error)")
      throw ExitCodes.failure
    }
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(theme: try ThemeLoader.theme(named: theme))
    } catch {
      CLI.fail("cannot start the terminal UI: \(error)")
      throw ExitCodes.failure
    }
    let options = TrainingOptions(
      trainee: trainee, mode: walkthrough ? .walkthrough : .practice, blind: blind,
      sessionID: AuditDraft.newID())
    let model = TrainingModel(
      set: set, suggestions: set.cases.map { engine.screen($0.review) },
      criteria: CriterionInfo.catalog(of: engine.policy), options: options, size: terminal.size)
    let final = TrainingRunner.run(model, on: terminal, log: trainingLog)
    terminal.close()
    let score = final.score
    CLI.say(
      "modq: training ended: \(score.verdicts.right)/\(score.verdicts.total) verdicts right"
        + " (\(score.verdicts.percent)%), \(score.missed.count) missed; training log \(logPath)")
  }
}
