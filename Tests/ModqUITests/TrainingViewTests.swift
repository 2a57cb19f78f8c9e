import ModqCore
import ModqScreening
import TerminalKit
import TerminalKitTesting
import Testing

@testable import ModqUI

/// Training mode on the moderation screen: update and snapshots of the feedback screen.
@Suite struct TrainingViewTests {
  static func trainingSet() -> TrainingSet {
    let review = Review(
      id: "t-1", rating: 4, title: "Warm", body: "Paid $24.99 and it keeps me warm.",
      product: Product(id: "SKU-301", name: "Stormshell Rain Jacket", brand: "Northpeak",
        category: "jackets"),
      author: Author(name: "Dana K."), verifiedPurchase: true)
    let gold = GoldAnswer(
      verdict: .reject, criteria: ["pii.phone"],
      spans: [GoldSpan(criterion: "pii.phone", span: Span(field: .body, start: 5, end: 11),
        evidence: "$24.99")])
    let first = TrainingCase(
      id: "price-01", review: review, gold: gold,
      explanation: "An actual price is not published.", source: "002 Mention of pricing",
      tags: ["pricing"], difficulty: .easy, line: 4)
    var second = first
    second.id = "clean-01"
    second.review.id = "t-2"
    second.gold = GoldAnswer(verdict: .publish, criteria: [], spans: [])
    second.tags = ["never-reject"]
    return TrainingSet(name: "tiny", description: "", file: "/sets/tiny.yaml", cases: [first, second])
  }

  static func model(size: Size, blind: Bool = false, mode: TrainingOptions.Mode = .practice)
    -> TrainingModel
  {
    let set = trainingSet()
    let suggestions = set.cases.map {
      ScreeningResult(id: $0.review.id, verdict: .publish, findings: [])
    }
    return TrainingModel(
      set: set, suggestions: suggestions, criteria: Fixtures.criteria,
      options: TrainingOptions(trainee: "sam", mode: mode, blind: blind, sessionID: "s"),
      size: size)
  }

  /// Applies effects like the runner, acknowledging every append.
  static func run(_ model: inout TrainingModel, _ effects: [TrainingEffect]) {
    var seq = 0
    var queue = effects
    while !queue.isEmpty {
      guard case .appendLog(let draft) = queue.removeFirst() else { continue }
      seq += 1
      let event = AuditEvent(
        seq: seq, ts: "2026-11-23T10:00:00Z", moderator: draft.moderator, type: draft.type,
        prev: "", id: draft.id, members: draft.members, hash: "h")
      queue += model.update(.logged(event))
    }
  }

  static func press(_ model: inout TrainingModel, _ keys: Key...) {
    for key in keys { run(&model, model.update(.keyPressed(key))) }
  }

  @Test func wrongAnswerShowsFeedbackThenScore() {
    var model = Self.model(size: Size(width: 120, height: 40))
    Self.run(&model, model.start())
    #expect(model.phase == .question)
    Self.press(&model, .char("p"))
    #expect(model.phase == .feedback)
    #expect(model.answers["price-01"]?.verdict == .publish)
    #expect(model.score.missed.map(\.caseID) == ["price-01"])
    Self.press(&model, .enter, .char("a"), .enter)
    #expect(model.phase == .summary)
    #expect(model.ended)
    #expect(model.score.verdicts == Tally(right: 1, total: 2))
    Self.press(&model, .char("q"))
    #expect(model.shouldQuit)
  }

  @Test func rejectOpensThePickerAndRecordsCheckedCriteria() {
    var model = Self.model(size: Size(width: 120, height: 40), blind: true)
    Self.press(&model, .char("a"))
    #expect(model.phase == .question)
    Self.press(&model, .char("r"))
    #expect(model.context == .reason)
    Self.press(&model, .enter)
    #expect(model.context == .reason)
    Self.press(&model, .char(" "), .enter)
    #expect(model.answers["price-01"] == TrainingAnswer(verdict: .reject, criteria: ["pii.phone"]))
    #expect(!model.score.cases[0].missed)
  }

  @Test func feedbackSnapshots() {
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
      var model = Self.model(size: size)
      Self.press(&model, .char("p"))
      expectSnapshot(
        TrainingView.render(model, size: size), named: "train-feedback-\(size.width)x\(size.height)")
    }
  }

  @Test func summarySnapshot() {
    let size = Size(width: 120, height: 40)
    var model = Self.model(size: size)
    Self.press(&model, .char("p"), .enter, .char("p"), .enter)
    expectSnapshot(TrainingView.render(model, size: size), named: "train-summary-120x40")
  }

  @Test func walkthroughShowsGoldWithoutAsking() {
    var model = Self.model(size: Size(width: 120, height: 40), mode: .walkthrough)
    #expect(model.context == .walkthrough)
    let text = TrainingView.render(model, size: model.size).snapshotText()
    #expect(text.contains("Gold answer: REJECT"))
    #expect(text.contains("An actual price is not published."))
    Self.press(&model, .char("n"), .char("b"))
    #expect(model.index == 0)
    #expect(model.answers.isEmpty)
  }
}
