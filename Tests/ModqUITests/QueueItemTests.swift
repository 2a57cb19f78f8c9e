import ModqCore
import Testing

@testable import ModqUI

/// The queue list's criterion column shows why a review gets its suggested verdict.
@Suite struct QueueItemTests {
  @Test func escalatedReviewLeadsWithItsEscalatingCriterion() {
    let profanity = Finding(
      criterion: "profanity", action: .reject, spans: [], evidence: "", explanation: "")
    let item = Fixtures.item("r-9", body: "x", findings: [profanity, Fixtures.damaged])
    #expect(item.suggestedVerdict == .escalate)
    #expect(item.leadingCriterion == "escalate.damaged")
  }

  @Test func rejectedReviewLeadsWithItsFirstFinding() {
    #expect(Fixtures.item("r-8", body: "x", findings: [Fixtures.phone]).leadingCriterion == "pii.phone")
  }

  @Test func cleanOrUnscreenedReviewHasNoCriterion() {
    #expect(Fixtures.item("r-7", body: "x").leadingCriterion == nil)
    let unscreened = QueueItem(entry: Fixtures.item("r-6", body: "x").entry)
    #expect(unscreened.leadingCriterion == nil)
  }
}
