import ModqCore
import TerminalKit
import Testing

@testable import ModqUI

@Suite("Update: decisions")
struct UpdateDecisionTests {
  @Test func sessionStartIsTheFirstAppend() throws {
    var model = Fixtures.model()
    let draft = try #require(Fixtures.draft(model.start()))
    #expect(draft.type == .sessionStart)
    #expect(draft.id == "s-1")
    model.acknowledge([.appendAudit(draft)], seq: 1)
    #expect(model.inFlight == nil)
    #expect(model.auditHealth == .ok(events: 1))
  }

  @Test func acceptAppendsAndMovesOnlyWhenAcknowledged() throws {
    var model = Fixtures.model()
    model.startSession()
    model.press(.char("j"))
    #expect(model.selectedItem?.id == "r-2")
    let effects = model.press(.char("a"))
    let draft = try #require(Fixtures.draft(effects))
    #expect(draft.type == .accept)
    let members = Dictionary(uniqueKeysWithValues: draft.members.map { ($0.key, $0.value) })
    #expect(members["review"] == .string("r-2"))
    #expect(members["final"] == .string("reject"))
    #expect(members["criteria"] == .array([.string("pii.phone")]))
    #expect(members["review_sha256"] == .string("sha-r-2"))
    #expect(members["queue"] == .string("/queues/today.jsonl"))
    #expect(members["policy"] == .string("p0l1cy"))
    // Not acknowledged yet: the review is still listed and selected.
    #expect(model.visibleIDs == ["r-1", "r-2", "r-3", "r-4"])
    #expect(model.selectedItem?.id == "r-2")
    model.acknowledge(effects, seq: 2)
    #expect(model.visibleIDs == ["r-1", "r-3", "r-4"])
    #expect(model.selectedItem?.id == "r-3")
    #expect(model.decidedCount == 1)
    #expect(model.history == [DecisionRecord(seq: 2, itemIndex: 1, verdict: .reject)])
    #expect(model.stats.decisions == 1)
  }

  @Test func enterAcceptsToo() throws {
    var model = Fixtures.model()
    model.startSession()
    let draft = try #require(Fixtures.draft(model.press(.enter)))
    #expect(draft.type == .accept)
  }

  @Test func decisionKeysWaitForThePendingWrite() {
    var model = Fixtures.model()
    model.startSession()
    let first = model.press(.char("a"))
    #expect(first.count == 1)
    let second = model.press(.char("a"))
    #expect(second.isEmpty)
    #expect(model.status?.severity == .warning)
  }

  @Test func matchingVerdictKeyDecidesWithoutAReason() throws {
    var model = Fixtures.model()
    model.startSession()
    let draft = try #require(Fixtures.draft(model.press(.char("p"))))
    #expect(draft.type == .accept)
    #expect(model.overlays.isEmpty)
  }

  @Test func overrideNeedsAReason() throws {
    var model = Fixtures.model()
    model.startSession()
    // r-1 is suggested publish; rejecting it asks why.
    #expect(model.press(.char("r")).isEmpty)
    guard case .reason(let picker) = model.topOverlay else {
      Issue.record("no reason picker")
      return
    }
    #expect(picker.verdict == .reject)
    #expect(picker.options.map(\.id) == ["pii.phone", "profanity"])
    // Enter without a reason is refused.
    #expect(model.press(.enter).isEmpty)
    #expect(model.status?.text.contains("reason is required") == true)
    model.press(.char("j"), .char(" "))
    let draft = try #require(Fixtures.draft(model.press(.enter)))
    #expect(draft.type == .override)
    #expect(draft.members.first { $0.key == "criteria" }?.value == .array([.string("profanity")]))
    #expect(draft.members.first { $0.key == "final" }?.value == .string("reject"))
    #expect(model.overlays.isEmpty)
  }

  @Test func publishOverrideTakesATypedReason() throws {
    var model = Fixtures.model()
    model.startSession()
    model.press(.char("j"))
    model.press(.char("p"))
    guard case .reason(let picker) = model.topOverlay else {
      Issue.record("no reason picker")
      return
    }
    #expect(picker.options.map(\.id) == ["pii.phone"])
    model.press(.tab)
    #expect(model.context == .reasonText)
    model.type("store number, not personal")
    let draft = try #require(Fixtures.draft(model.press(.enter)))
    #expect(draft.type == .override)
    #expect(draft.members.first { $0.key == "criteria" }?.value == .array([]))
    #expect(
      draft.members.first { $0.key == "note" }?.value == .string("store number, not personal"))
  }

  @Test func escalationIsDeliveredAfterTheAppend() throws {
    var model = Fixtures.model()
    model.startSession()
    model.press(.char("j"), .char("j"))
    let effects = model.press(.char("e"))
    let draft = try #require(Fixtures.draft(effects))
    #expect(draft.type == .escalate)
    let followUp = model.acknowledge(effects, seq: 2)
    guard followUp.count == 1, case .deliverEscalation(let record) = followUp[0] else {
      Issue.record("expected one escalation, got \(followUp)")
      return
    }
    #expect(record.review.id == "r-3")
    #expect(record.auditSeq == 2)
    #expect(record.criteria == ["escalate.damaged"])
    #expect(record.jsonLine().contains("\"audit_seq\":2"))
    model.update(.escalationFailed(review: "r-3", reason: "on_escalate exited with status 3"))
    #expect(model.status?.severity == .error)
    #expect(model.decided[2])
  }

  @Test func failedAppendKeepsTheReviewPending() throws {
    var model = Fixtures.model()
    model.startSession()
    let draft = try #require(Fixtures.draft(model.press(.char("a"))))
    model.update(.auditFailed(draftID: draft.id, reason: "No space left on device"))
    #expect(model.visibleIDs == ["r-1", "r-2", "r-3", "r-4"])
    #expect(model.selectedItem?.id == "r-1")
    #expect(!model.decided[0])
    #expect(model.inFlight == nil)
    #expect(model.auditHealth == .failing("No space left on device"))
    #expect(model.status?.severity == .error)
    #expect(model.status?.text.contains("r-1 stays pending") == true)
    #expect(model.history.isEmpty)
  }

  @Test func staleAcknowledgementsAreIgnored() {
    var model = Fixtures.model()
    model.startSession()
    let other = AuditDraft.skip(review: "r-1", queue: "q", moderator: "ana", id: "elsewhere")
    #expect(model.update(.auditAppended(Fixtures.event(for: other, seq: 9))).isEmpty)
    #expect(model.visible.count == 4)
  }
}
