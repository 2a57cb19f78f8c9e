import Foundation
import ModqCore
import Testing

@testable import ModqScreening

@Suite struct TrainingLogTests {
  @Test func defaultPathIsNotTheAuditLog() {
    let env = ["XDG_STATE_HOME": "/state", "HOME": "/home/x"]
    #expect(TrainingLog.defaultPath(environment: env) == "/state/modq/training.jsonl")
    #expect(TrainingLog.defaultPath(environment: env) != ModqConfig.defaultAuditPath(environment: env))
  }

  @Test func sessionEventsChainVerifyAndReport() throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("modq-train-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("training.jsonl").path
    let set = try TrainingSet.load(contentsOf: TrainingFixture.defaultSet)
    let log = try TrainingLog.open(path: path, trainee: "sam")
    _ = try log.append(TrainingLog.start(
      set: set, mode: "practice", blind: true, trainee: "sam", session: "s1"))
    var scores: [CaseScore] = []
    for (n, item) in set.cases.prefix(3).enumerated() {
      let answer = n == 1
        ? TrainingAnswer(verdict: .publish, criteria: [])
        : TrainingAnswer(verdict: item.gold.verdict, criteria: item.gold.criteria)
      let score = CaseScore(caseID: item.id, tags: item.tags, answer: answer, gold: item.gold)
      scores.append(score)
      _ = try log.append(TrainingLog.answer(score, set: set, trainee: "sam", session: "s1"))
    }
    _ = try log.append(TrainingLog.end(
      TrainingScore(scores), set: set, trainee: "sam", session: "s1"))
    let verification = try AuditVerifier.verify(path: path)
    #expect(verification.failure == nil)
    let events = try AuditVerifier.events(path: path)
    #expect(events.map(\.type.rawValue) == [
      "train_start", "train_answer", "train_answer", "train_answer", "train_end",
    ])
    #expect(events[4]["score"]?.intValue == 66)
    let report = TrainingReport(events: events)
    #expect(report.trainees == ["sam"])
    #expect(report.sessions["sam"]?.first?.verdictsRight == 2)
    #expect(report.mostMissed().map(\.caseID) == [set.cases[1].id])
  }
}
