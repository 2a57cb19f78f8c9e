import ArgumentParser
import Foundation
import ModqScreening

/// `modq policy check [FILE]`: validates a policy and runs every criterion's examples.
struct PolicyCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate a policy file and run every criterion's examples.",
    discussion: """
      Reports unknown detectors, unreadable lists, bad parameters and unknown actions with
      file and line, then screens each example; exits 1 if anything misbehaves.
      Example: modq policy check data/policy/default.yaml
      """)

  @Argument(help: "Policy file (default: data/policy/default.yaml).")
  var file: String?

  @Option(help: "Store file (default: data/stores/northpeak.yaml).")
  var store: String?

  func run() throws {
    let report: PolicyCheckReport
    do {
      let policy = try Policy.load(contentsOf: try EngineLoader.policyURL(file))
      let profile = try StoreProfile.load(contentsOf: try EngineLoader.storeURL(store))
      report = PolicyChecker.check(policy, store: profile)
      print("policy \(policy.file)")
      print("sha256 \(policy.sha256)")
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCodes.failure
    }
    for error in report.errors { print("error: \(error)") }
    for failure in report.failures { print("FAIL: \(failure)") }
    print(
      "\(report.criteriaChecked) criteria, \(report.examplesRun) examples: "
        + "\(report.errors.count) errors, \(report.failures.count) failing examples")
    if !report.isClean { throw ExitCodes.failure }
  }
}
