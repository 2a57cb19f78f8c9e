import ModqCore

/// What `modq policy check` found.
public struct PolicyCheckReport: Sendable {
  /// Problems that stop the policy from working as written (unknown detector, bad parameter,
  /// unreadable list).
  public var errors: [PolicyError] = []
  /// Examples that did not behave as the policy says (a `fire` example that did not fire,
  /// a `pass` example that did).
  public var failures: [PolicyError] = []
  public var criteriaChecked = 0
  public var examplesRun = 0

  public var isClean: Bool { errors.isEmpty && failures.isEmpty }
}

/// Validates a policy against the registry and runs every criterion's examples.
public enum PolicyChecker {
  public static func check(
    _ policy: Policy, store: StoreProfile, registry: DetectorRegistry = .builtIn
  ) -> PolicyCheckReport {
    var report = PolicyCheckReport()
    for criterion in policy.criteria {
      report.criteriaChecked += 1
      guard registry.registration(named: criterion.detector) != nil else {
        report.errors.append(
          PolicyError(
            file: policy.file, line: criterion.line,
            "criterion \(criterion.id): unknown detector '\(criterion.detector)'"))
        continue
      }
      var single = policy
      single.criteria = [criterion]
      let engine: ScreeningEngine
      do {
        engine = try ScreeningEngine(policy: single, store: store, registry: registry)
      } catch let error as PolicyError {
        report.errors.append(error)
        continue
      } catch {
        report.errors.append(PolicyError(file: policy.file, line: criterion.line, "\(error)"))
        continue
      }
      for example in criterion.examples {
        report.examplesRun += 1
        if let failure = run(example, of: criterion, engine: engine, file: policy.file) {
          report.failures.append(failure)
        }
      }
    }
    return report
  }

  static func run(
    _ example: PolicyExample, of criterion: Criterion, engine: ScreeningEngine, file: String
  ) -> PolicyError? {
    let results = engine.screenQueue([example.review] + example.others, threads: 1)
    let finding = results.first?.findings.first { $0.criterion == criterion.id }
    let text = excerpt(example.review)
    switch (example.expectation, finding) {
    case (.fire, nil):
      return PolicyError(
        file: file, line: example.line,
        "criterion \(criterion.id): example should fire but did not: \(text)")
    case (.pass, let found?):
      return PolicyError(
        file: file, line: example.line,
        "criterion \(criterion.id): example should pass but fired on \"\(found.evidence)\": \(text)"
      )
    default:
      return nil
    }
  }

  private static func excerpt(_ review: Review) -> String {
    let text = [review.title, review.body].filter { !$0.isEmpty }.joined(separator: " / ")
    var out = ""
    ScreeningJSON.appendString(text.count > 80 ? String(text.prefix(77)) + "..." : text, to: &out)
    return out
  }
}
