import ModqCore

/// An example review a criterion must fire on (`fire`) or must not fire on (`pass`).
public struct PolicyExample: Sendable, Hashable {
  public enum Expectation: String, Sendable, Hashable { case fire, pass }
  public var expectation: Expectation
  /// The review (its product filled from the store catalog when only an id is given).
  public var review: Review
  /// Other reviews screened in the same queue (for queue-wide criteria such as duplicates).
  public var others: [Review]
  public var line: Int

  public init(expectation: Expectation, review: Review, others: [Review] = [], line: Int) {
    self.expectation = expectation
    self.review = review
    self.others = others
    self.line = line
  }
}

/// One row of the policy: what fires it, what happens, and what the moderator reads.
public struct Criterion: Sendable, Hashable {
  public var id: String
  public var title: String
  /// `reject` or `escalate`.
  public var action: Verdict
  /// Seed document and section the rule comes from.
  public var source: String
  /// The explanation a moderator reads beside the finding.
  public var explanation: String
  /// Registered detector name.
  public var detector: String
  public var params: [String: ParamValue]
  /// The criterion's exceptions, in words (the detector implements them).
  public var exceptions: [String]
  public var examples: [PolicyExample]
  /// Line of the criterion in the policy file.
  public var line: Int

  public init(
    id: String, title: String = "", action: Verdict, source: String = "", explanation: String,
    detector: String, params: [String: ParamValue] = [:], exceptions: [String] = [],
    examples: [PolicyExample] = [], line: Int = 0
  ) {
    self.id = id
    self.title = title
    self.action = action
    self.source = source
    self.explanation = explanation
    self.detector = detector
    self.params = params
    self.exceptions = exceptions
    self.examples = examples
    self.line = line
  }
}
