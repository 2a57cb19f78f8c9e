import ModqCore

/// One problem found in a set: an error makes the set invalid, a warning does not.
public struct TrainingIssue: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var caseID: String
  public var message: String
  public var isError: Bool

  public var description: String {
    "\(file):\(line): \(isError ? "error" : "warning"): \(caseID): \(message)"
  }
}

/// Validates a training set against a policy (gold criteria exist, the resolution rule holds,
/// spans are in range and cover their evidence, ids are unique) and lists where the engine's
/// suggestion disagrees with the gold answer (warnings).
public struct TrainingSetChecker: Sendable {
  public let engine: ScreeningEngine

  public init(engine: ScreeningEngine) { self.engine = engine }

  /// Errors first per case, then the disagreement warning.
  public func check(_ set: TrainingSet) -> [TrainingIssue] {
    var issues: [TrainingIssue] = []
    var caseIDs: Set<String> = []
    var reviewIDs: Set<String> = []
    for item in set.cases {
      func error(_ message: String, line: Int? = nil) {
        issues.append(TrainingIssue(
          file: set.file, line: line ?? item.line, caseID: item.id, message: message,
          isError: true))
      }
      if !caseIDs.insert(item.id).inserted { error("duplicate case id") }
      if !reviewIDs.insert(item.review.id).inserted {
        error("duplicate review id \(item.review.id)")
      }
      for problem in problems(item) { error(problem.message, line: problem.line) }
      if let warning = disagreement(item) {
        issues.append(TrainingIssue(
          file: set.file, line: item.line, caseID: item.id, message: warning, isError: false))
      }
    }
    return issues
  }

  /// The structural and policy problems of one case, with the line each is on.
  public func problems(_ item: TrainingCase) -> [(line: Int, message: String)] {
    var out: [(line: Int, message: String)] = []
    var actions: [Verdict] = []
    for id in item.gold.criteria {
      guard let criterion = engine.policy.criterion(id) else {
        out.append((item.line, "gold criterion \(id) is not in the policy"))
        continue
      }
      actions.append(criterion.action)
    }
    let resolved = actions.max() ?? .publish
    if resolved != item.gold.verdict {
      out.append((
        item.line,
        "gold verdict \(item.gold.verdict.rawValue) breaks the resolution rule: its criteria "
          + "resolve to \(resolved.rawValue)"))
    }
    for gold in item.gold.spans {
      let text = Array(item.review.text(of: gold.span.field).unicodeScalars)
      let span = gold.span
      guard span.start >= 0, span.start <= span.end, span.end <= text.count else {
        out.append((
          gold.line,
          "span \(span.start)..<\(span.end) is outside \(span.field.rawValue) "
            + "(\(text.count) code points)"))
        continue
      }
      var covered = String.UnicodeScalarView()
      covered.append(contentsOf: text[span.start..<span.end])
      if String(covered) != gold.evidence {
        out.append((gold.line, "span text \"\(String(covered))\" is not its evidence"))
      }
      if !item.gold.criteria.contains(gold.criterion) {
        out.append((gold.line, "span criterion \(gold.criterion) is not a gold criterion"))
      }
    }
    let spanned = Set(item.gold.spans.map(\.criterion))
    for id in item.gold.criteria where !spanned.contains(id) {
      out.append((item.line, "gold criterion \(id) has no span"))
    }
    return out
  }

  /// How the engine's suggestion differs from the gold answer, or nil when it agrees.
  public func disagreement(_ item: TrainingCase) -> String? {
    let result = engine.screen(item.review)
    let fired = result.findings.map(\.criterion)
    let missing = item.gold.criteria.filter { !fired.contains($0) }
    let extra = fired.filter { !item.gold.criteria.contains($0) }
    guard result.verdict != item.gold.verdict || !missing.isEmpty || !extra.isEmpty else {
      return nil
    }
    var parts = [
      "policy suggests \(result.verdict.rawValue), gold is \(item.gold.verdict.rawValue)"
    ]
    if !missing.isEmpty { parts.append("not fired: " + missing.joined(separator: ", ")) }
    if !extra.isEmpty { parts.append("also fired: " + extra.joined(separator: ", ")) }
    return parts.joined(separator: "; ")
  }
}
