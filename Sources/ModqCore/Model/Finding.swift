/// One criterion that fired on a review, with the evidence a moderator needs to see.
public struct Finding: Sendable, Hashable, Codable {
  /// Criterion id from criteria.md (or a user policy's own id).
  public var criterion: String
  /// `reject` or `escalate` (a criterion never "publishes").
  public var action: Verdict
  /// Where the triggering text is; may be empty for whole-review criteria (e.g. rating mismatch).
  public var spans: [Span]
  /// The triggering text (or a short description of it).
  public var evidence: String
  /// The explanation a moderator reads, from the policy file.
  public var explanation: String
  /// For `integrity.duplicate`: the ids of the other reviews with the same text.
  public var relatedReviewIDs: [String]

  public init(
    criterion: String, action: Verdict, spans: [Span], evidence: String, explanation: String,
    relatedReviewIDs: [String] = []
  ) {
    self.criterion = criterion
    self.action = action
    self.spans = spans
    self.evidence = evidence
    self.explanation = explanation
    self.relatedReviewIDs = relatedReviewIDs
  }
}

/// The screening engine's suggestion for one review (formats.md, "Screening output").
public struct ScreeningResult: Sendable, Hashable, Codable {
  public var id: String
  public var verdict: Verdict
  public var findings: [Finding]

  public init(id: String, verdict: Verdict, findings: [Finding]) {
    self.id = id
    self.verdict = verdict
    self.findings = findings
  }

  /// criteria.md's resolution rule: any escalate -> escalate; else any reject -> reject; else publish.
  public static func resolve(_ findings: [Finding]) -> Verdict {
    findings.map(\.action).max() ?? .publish
  }
}
