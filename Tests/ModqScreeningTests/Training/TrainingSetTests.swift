import Foundation
import ModqCore
import Testing

@testable import ModqScreening

@Suite struct TrainingSetTests {
  @Test func defaultSetLoadsAndIsValid() throws {
    let set = try TrainingSet.load(contentsOf: TrainingFixture.defaultSet)
    #expect(set.cases.count == 68)
    #expect(set.cases[0].id == "esc-damage-real-01")
    #expect(set.cases[0].line == 7)
    #expect(set.cases[0].gold.spans.first?.span == Span(field: .body, start: 0, end: 60))
    let issues = TrainingSetChecker(engine: try TrainingFixture.engine()).check(set)
    #expect(issues.filter(\.isError).map(\.description) == [])
  }

  @Test func goodTinySetHasNoErrors() throws {
    let set = try TrainingSet.parse(TrainingFixture.set(), file: "tiny.yaml")
    let issues = TrainingSetChecker(engine: try TrainingFixture.engine()).check(set)
    #expect(issues.filter(\.isError).isEmpty)
  }

  @Test func structuralErrorsNameFileAndLine() {
    let badVerdict = TrainingFixture.set(gold: ["verdict: maybe", "criteria: []"])
    #expect(throws: PolicyError.self) { try TrainingSet.parse(badVerdict, file: "bad.yaml") }
    do {
      _ = try TrainingSet.parse(badVerdict, file: "bad.yaml")
    } catch let error as PolicyError {
      #expect(error.description.hasPrefix("bad.yaml:10:"))
      #expect(error.description.contains("verdict must be publish, reject or escalate"))
    } catch { Issue.record("unexpected \(error)") }

    let noVerdict = TrainingFixture.set(gold: ["criteria: []"])
    let message = (try? TrainingSet.parse(noVerdict, file: "nv.yaml")) == nil
    #expect(message)

    let badRating = TrainingFixture.set(review: ["id: \"t-1\"", "rating: 9", "body: \"x\""])
    #expect(throws: PolicyError.self) { try TrainingSet.parse(badRating, file: "r.yaml") }

    let badField = TrainingFixture.set(
      gold: [
      "verdict: reject",
      "criteria: [price.actual]",
      "spans:",
      "  - {criterion: \"price.actual\", field: \"footer\", start: 5, end: 11, evidence: \"$24.99\"}",
    ])
    do {
      _ = try TrainingSet.parse(badField, file: "f.yaml")
      Issue.record("an unknown field was accepted")
    } catch let error as PolicyError {
      #expect(error.line == 13)
      #expect(error.message.contains("unknown span field 'footer'"))
    } catch { Issue.record("unexpected \(error)") }
  }

  func errors(_ yaml: String) throws -> [TrainingIssue] {
    let set = try TrainingSet.parse(yaml, file: "s.yaml")
    return TrainingSetChecker(engine: try TrainingFixture.engine()).check(set).filter(\.isError)
  }

  @Test func unknownCriterionIsAnError() throws {
    let found = try errors(TrainingFixture.set(gold: [
      "verdict: reject",
      "criteria: [price.made_up]",
      "spans:",
      "  - {criterion: \"price.made_up\", field: \"body\", start: 5, end: 11, evidence: \"$24.99\"}",
    ]))
    #expect(found.map(\.message).contains("gold criterion price.made_up is not in the policy"))
    #expect(found.first?.description.hasPrefix("s.yaml:4: error: price-01:") == true)
  }

  @Test func resolutionRuleIsChecked() throws {
    let found = try errors(TrainingFixture.set(gold: [
      "verdict: escalate",
      "criteria: [price.actual]",
      "spans:",
      "  - {criterion: \"price.actual\", field: \"body\", start: 5, end: 11, evidence: \"$24.99\"}",
    ]))
    #expect(found.count == 1)
    #expect(found.first?.message.contains("resolve to reject") == true)
  }

  @Test func spansOutOfRangeOrWrongAreErrorsOnTheirLine() throws {
    let found = try errors(TrainingFixture.set(gold: [
      "verdict: reject",
      "criteria: [price.actual]",
      "spans:",
      "  - {criterion: \"price.actual\", field: \"body\", start: 5, end: 400, evidence: \"$24.99\"}",
      "  - {criterion: \"price.actual\", field: \"body\", start: 0, end: 4, evidence: \"$24.99\"}",
    ]))
    #expect(found.count == 2)
    #expect(found.first?.line == 13)
    #expect(found.first?.message.contains("outside body") == true)
    #expect(found.last?.line == 14)
    #expect(found.last?.message.contains("is not its evidence") == true)
  }

  @Test func unspannedGoldCriterionIsAnError() throws {
    let found = try errors(TrainingFixture.set(gold: [
      "verdict: reject",
      "criteria: [price.actual]",
      "spans: []",
    ]))
    #expect(found.map(\.message) == ["gold criterion price.actual has no span"])
  }

  @Test func disagreementIsAWarningNotAnError() throws {
    let set = try TrainingSet.parse(
      TrainingFixture.set(gold: ["verdict: publish", "criteria: []", "spans: []"]),
      file: "w.yaml")
    let issues = TrainingSetChecker(engine: try TrainingFixture.engine()).check(set)
    #expect(issues.filter(\.isError).isEmpty)
    let warning = try #require(issues.first { !$0.isError })
    #expect(warning.message.contains("policy suggests reject, gold is publish"))
  }
}
