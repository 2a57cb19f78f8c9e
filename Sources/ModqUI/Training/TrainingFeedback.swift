import ModqCore
import ModqScreening

/// The lines around the gold answer: practice's right/wrong banner with the trainee's answer,
/// then the trainer's explanation, the source, the policy's suggestion, tags and difficulty.
enum TrainingFeedback {
  static func extras(_ model: TrainingModel, _ item: TrainingCase) -> ReviewExtras {
    var preface: [ReviewExtras.Line] = []
    if model.options.mode == .practice, let answer = model.answers[item.id] {
      let score = CaseScore(caseID: item.id, tags: item.tags, answer: answer, gold: item.gold)
      let yours = describe(answer.verdict, answer.criteria)
      if !score.verdictCorrect {
        preface.append(.init("✗ WRONG: you answered \(yours)", style: .role("error", [.bold])))
      } else if score.missed {
        preface.append(.init(
          "~ VERDICT RIGHT, criteria missed: you answered \(yours)",
          style: .role("warning", [.bold])))
      } else {
        preface.append(.init("✓ RIGHT: you answered \(yours)", style: .role("ok", [.bold])))
      }
      preface.append(.init(""))
    }
    var after: [ReviewExtras.Line] = [
      .init(""), .init("Why", style: .role("chrome.title", [.bold])),
      .init(item.explanation, indent: 1), .init(""),
      .init("source: \(item.source)", style: .role("dim"), indent: 1),
    ]
    if let suggestion = model.items[model.index].suggestion {
      after.append(.init(
        "policy suggestion: "
          + describe(suggestion.verdict, suggestion.findings.map(\.criterion)),
        style: .role("dim"), indent: 1))
    }
    after.append(.init(
      "tags: \(item.tags.joined(separator: ", ")) · \(item.difficulty.rawValue)",
      style: .role("dim"), indent: 1))
    return ReviewExtras(label: "Gold answer", preface: preface, afterword: after)
  }

  /// `REJECT [price.actual]`.
  static func describe(_ verdict: Verdict, _ criteria: [String]) -> String {
    let list = criteria.isEmpty ? "" : " [\(criteria.joined(separator: ", "))]"
    return verdict.rawValue.uppercased() + list
  }
}
