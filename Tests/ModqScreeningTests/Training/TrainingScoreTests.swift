import Foundation
import ModqCore
import Testing

@testable import ModqScreening

@Suite struct TrainingScoreTests {
  static func gold(_ verdict: Verdict, _ criteria: [String]) -> GoldAnswer {
    GoldAnswer(verdict: verdict, criteria: criteria, spans: [])
  }

  @Test func perCasePrecisionAndRecall() {
    let exact = CaseScore(
      caseID: "a", tags: [], answer: TrainingAnswer(verdict: .reject, criteria: ["x", "y"]),
      gold: Self.gold(.reject, ["x", "y"]))
    #expect(exact.verdictCorrect && exact.precision == 1 && exact.recall == 1 && !exact.missed)
    let half = CaseScore(
      caseID: "b", tags: [], answer: TrainingAnswer(verdict: .reject, criteria: ["x", "z"]),
      gold: Self.gold(.reject, ["x", "y"]))
    #expect(half.verdictCorrect)
    #expect(half.precision == 0.5 && half.recall == 0.5)
    #expect(half.missed)
    let wrong = CaseScore(
      caseID: "c", tags: [], answer: TrainingAnswer(verdict: .reject, criteria: ["x"]),
      gold: Self.gold(.publish, []))
    #expect(!wrong.verdictCorrect && wrong.recall == 1 && wrong.precision == 0 && wrong.missed)
  }

  @Test func sessionScoreByTagAndCriterion() {
    let cases = [
      CaseScore(
        caseID: "a", tags: ["pricing"], answer: TrainingAnswer(verdict: .reject, criteria: ["p"]),
        gold: Self.gold(.reject, ["p"])),
      CaseScore(
        caseID: "b", tags: ["pricing", "never-reject"],
        answer: TrainingAnswer(verdict: .reject, criteria: ["p"]), gold: Self.gold(.publish, [])),
      CaseScore(
        caseID: "c", tags: ["damage"], answer: TrainingAnswer(verdict: .escalate, criteria: []),
        gold: Self.gold(.escalate, ["d"])),
      CaseScore(
        caseID: "d", tags: ["damage"], answer: TrainingAnswer(verdict: .publish, criteria: []),
        gold: Self.gold(.publish, [])),
    ]
    let score = TrainingScore(cases)
    #expect(score.verdicts == Tally(right: 3, total: 4))
    #expect(score.verdicts.percent == 75)
    #expect(score.clean == Tally(right: 2, total: 4))
    #expect(score.byTag["pricing"] == Tally(right: 1, total: 2))
    #expect(score.byTag["never-reject"] == Tally(right: 0, total: 1))
    #expect(score.byTag["damage"] == Tally(right: 2, total: 2))
    #expect(score.byCriterion["p"] == Tally(right: 1, total: 1))
    #expect(score.byCriterion["d"] == Tally(right: 0, total: 1))
    #expect(score.missed.map(\.caseID) == ["b", "c"])
    #expect(abs(score.meanRecall - 0.75) < 1e-9)
  }

  @Test func scoringASetSkipsUnansweredCases() throws {
    let set = try TrainingSet.load(contentsOf: TrainingFixture.defaultSet)
    let first = set.cases[0]
    let second = set.cases[1]
    let score = TrainingScore(set: set, answers: [
      first.id: TrainingAnswer(verdict: first.gold.verdict, criteria: first.gold.criteria),
      second.id: TrainingAnswer(verdict: .publish, criteria: []),
    ])
    #expect(score.cases.map(\.caseID) == [first.id, second.id])
    #expect(score.verdicts == Tally(right: 1, total: 2))
    #expect(score.missed.map(\.caseID) == [second.id])
  }
}
