import ArgumentParser
import ModqScreening

/// `modq train check SET`: validates a set and lists where the policy disagrees with gold.
struct TrainCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate a training set; list where the policy's suggestion disagrees with gold.",
    discussion: """
      Exit status 1 when the set is invalid (FILE:LINE: error: ...); disagreements are \
      warnings (exit 0). Example: modq train check data/training/northpeak-onboarding.yaml
      """)

  @Argument(help: "The training set (default: data/training/northpeak-onboarding.yaml).")
  var set: String?

  @Flag(help: "Only errors and the summary (no disagreement warnings).")
  var quiet = false

  @OptionGroup var policyOptions: TrainPolicyOptions

  func run() throws {
    let set = try TrainPolicyOptions.loadSet(self.set)
    let engine = try policyOptions.engine()
    let issues = TrainingSetChecker(engine: engine).check(set)
    let errors = issues.filter(\.isError)
    let warnings = issues.filter { !$0.isError }
    for issue in errors { CLI.fail(issue.description) }
    if !quiet { for issue in warnings { CLI.say(issue.description) } }
    let agree = set.cases.count - warnings.count
    let verdictsRight = set.cases.filter { engine.screen($0.review).verdict == $0.gold.verdict }
    CLI.say(
      "\(set.file): \(set.cases.count) cases, \(errors.count) error(s); the policy's suggestion "
        + "matches gold on \(agree) (verdict right on \(verdictsRight.count))")
    if !errors.isEmpty { throw ExitCodes.failure }
  }
}
