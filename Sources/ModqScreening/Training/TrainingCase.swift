import ModqCore

/// One gold span: the evidence a trainee should see for a gold criterion.
public struct GoldSpan: Sendable, Hashable {
  public var criterion: String
  public var span: Span
  /// The text the span covers (checked against the review).
  public var evidence: String
  /// Line of the span in the set file.
  public var line: Int

  public init(criterion: String, span: Span, evidence: String, line: Int = 0) {
    self.criterion = criterion
    self.span = span
    self.evidence = evidence
    self.line = line
  }
}

/// The answer a trainer wants: verdict, criteria and the spans that show them.
public struct GoldAnswer: Sendable, Hashable {
  public var verdict: Verdict
  public var criteria: [String]
  public var spans: [GoldSpan]

  public init(verdict: Verdict, criteria: [String], spans: [GoldSpan]) {
    self.verdict = verdict
    self.criteria = criteria
    self.spans = spans
  }
}

/// One case of a training set (docs/data.md, docs/training.md).
public struct TrainingCase: Sendable, Hashable {
  /// How hard the trainer judges the case.
  public enum Difficulty: String, Sendable, Hashable, CaseIterable {
    case easy, medium, hard
  }

  public var id: String
  public var review: Review
  public var gold: GoldAnswer
  public var explanation: String
  public var source: String
  public var tags: [String]
  public var difficulty: Difficulty
  /// Line of the case (`- id:`) in the set file.
  public var line: Int

  public init(
    id: String, review: Review, gold: GoldAnswer, explanation: String, source: String,
    tags: [String], difficulty: Difficulty, line: Int = 0
  ) {
    self.id = id
    self.review = review
    self.gold = gold
    self.explanation = explanation
    self.source = source
    self.tags = tags
    self.difficulty = difficulty
    self.line = line
  }
}

/// A training set: a name, a description and its cases, read from a YAML file.
public struct TrainingSet: Sendable {
  public var name: String
  public var description: String
  /// The file it was read from.
  public var file: String
  public var cases: [TrainingCase]

  public init(name: String, description: String, file: String, cases: [TrainingCase]) {
    self.name = name
    self.description = description
    self.file = file
    self.cases = cases
  }

  /// The case with `id`, if any.
  public func caseWithID(_ id: String) -> TrainingCase? { cases.first { $0.id == id } }
}
