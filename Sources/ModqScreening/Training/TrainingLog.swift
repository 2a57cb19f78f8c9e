import Foundation
import ModqCore

extension AuditEventType {
  /// A training session began (set, mode, case count).
  public static let trainStart = AuditEventType("train_start")
  /// A trainee answered one case (answer, gold, correct).
  public static let trainAnswer = AuditEventType("train_answer")
  /// A training session ended (the score).
  public static let trainEnd = AuditEventType("train_end")
}

/// The training log: the audit log's hash-chained writer and verifier on a separate file
/// (default `$XDG_STATE_HOME/modq/training.jsonl`), never the production audit log.
public enum TrainingLog {
  /// `$XDG_STATE_HOME/modq/training.jsonl` (default `~/.local/state/modq/training.jsonl`).
  public static func defaultPath(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
    return state + "/modq/training.jsonl"
  }

  /// Opens (creating it and its directory) the training log at `path`.
  public static func open(path: String, trainee: String) throws -> AuditLog {
    let dir = (path as NSString).deletingLastPathComponent
    if !dir.isEmpty {
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }
    return try AuditLog(path: path, moderator: trainee)
  }

  /// `train_start`: which set, which mode, how many cases.
  public static func start(
    set: TrainingSet, mode: String, blind: Bool, trainee: String, session: String,
    id: String = AuditDraft.newID()
  ) -> AuditDraft {
    AuditDraft(
      type: .trainStart, moderator: trainee, id: id,
      members: [
        AuditMember("set", .string(set.file)), AuditMember("set_name", .string(set.name)),
        AuditMember("session", .string(session)), AuditMember("mode", .string(mode)),
        AuditMember("blind", .bool(blind)), AuditMember("cases", .int(set.cases.count)),
      ])
  }

  /// `train_answer`: the case, the trainee's answer, the gold answer and whether it was right.
  public static func answer(
    _ score: CaseScore, set: TrainingSet, trainee: String, session: String,
    id: String = AuditDraft.newID()
  ) -> AuditDraft {
    AuditDraft(
      type: .trainAnswer, moderator: trainee, id: id,
      members: [
        AuditMember("session", .string(session)), AuditMember("set", .string(set.file)),
        AuditMember("case", .string(score.caseID)),
        AuditMember("answer", verdictObject(score.answer.verdict, score.answer.criteria)),
        AuditMember("gold", verdictObject(score.gold.verdict, score.gold.criteria)),
        AuditMember("verdict_correct", .bool(score.verdictCorrect)),
        AuditMember("correct", .bool(!score.missed)),
        AuditMember("tags", .array(score.tags.map { .string($0) })),
      ])
  }

  /// `train_end`: the session's score (answered, verdicts right, clean cases, percent).
  public static func end(
    _ score: TrainingScore, set: TrainingSet, trainee: String, session: String,
    id: String = AuditDraft.newID()
  ) -> AuditDraft {
    AuditDraft(
      type: .trainEnd, moderator: trainee, id: id,
      members: [
        AuditMember("session", .string(session)), AuditMember("set", .string(set.file)),
        AuditMember("answered", .int(score.cases.count)),
        AuditMember("verdicts_right", .int(score.verdicts.right)),
        AuditMember("clean", .int(score.clean.right)),
        AuditMember("score", .int(score.verdicts.percent)),
        AuditMember("missed", .array(score.missed.map { .string($0.caseID) })),
      ])
  }

  static func verdictObject(_ verdict: Verdict, _ criteria: [String]) -> AuditValue {
    .object([
      AuditMember("verdict", .string(verdict.rawValue)),
      AuditMember("criteria", .array(criteria.map { .string($0) })),
    ])
  }
}
