import ModqCore
import TerminalKit
import Testing

@testable import ModqUI

@Suite("Update: undo, skip, notes, quit")
struct UpdateSessionTests {
  @Test func undoBringsTheReviewBack() throws {
    var model = Fixtures.model()
    model.startSession()
    model.press(.char("j"))
    model.acknowledge(model.press(.char("a")), seq: 2)
    #expect(model.visibleIDs == ["r-1", "r-3", "r-4"])
    let effects = model.press(.char("u"))
    let draft = try #require(Fixtures.draft(effects))
    #expect(draft.type == .undo)
    #expect(draft.members.first { $0.key == "target" }?.value == .int(2))
    model.acknowledge(effects, seq: 3)
    #expect(model.visibleIDs == ["r-1", "r-2", "r-3", "r-4"])
    #expect(model.selectedItem?.id == "r-2")
    #expect(model.history.isEmpty)
    #expect(model.stats.decisions == 0)
    #expect(!model.decided[1])
  }

  @Test func undoWithNothingToUndoSaysWhy() {
    var model = Fixtures.model()
    model.startSession()
    #expect(model.press(.char("u")).isEmpty)
    #expect(model.status == StatusMessage("nothing to undo in this session", .warning))
  }

  @Test func failedUndoKeepsTheDecision() throws {
    var model = Fixtures.model()
    model.startSession()
    model.acknowledge(model.press(.char("a")), seq: 2)
    let draft = try #require(Fixtures.draft(model.press(.char("u"))))
    model.update(.auditFailed(draftID: draft.id, reason: "disk full"))
    #expect(model.decided[0])
    #expect(model.history.count == 1)
  }

  @Test func skipLogsAndMovesOnWithoutDeciding() throws {
    var model = Fixtures.model()
    model.startSession()
    let effects = model.press(.char("s"))
    let draft = try #require(Fixtures.draft(effects))
    #expect(draft.type == .skip)
    model.acknowledge(effects, seq: 2)
    #expect(model.selectedItem?.id == "r-2")
    #expect(model.visible.count == 4)
    #expect(model.decidedCount == 0)
  }

  @Test func noteIsAppendedAsAnnotation() throws {
    var model = Fixtures.model()
    model.startSession()
    model.press(.char("n"))
    #expect(model.context == .note)
    model.type("first line")
    model.press(.enter)
    model.type("café qu")
    model.press(.backspace)
    let effects = model.press(.ctrl("o"))
    let draft = try #require(Fixtures.draft(effects))
    #expect(draft.type == .annotate)
    #expect(draft.members.first { $0.key == "note" }?.value == .string("first line\ncafé q"))
    model.acknowledge(effects, seq: 2)
    #expect(model.overlays.isEmpty)
    #expect(model.visible.count == 4)
  }

  @Test func cancellingANoteWithTextAsksFirst() {
    var model = Fixtures.model()
    model.startSession()
    model.press(.char("n"))
    model.type("draft")
    model.press(.escape)
    #expect(model.topOverlay == .confirmDiscard(thenQuit: false))
    model.press(.char("n"))
    #expect(model.context == .note)
    model.press(.escape, .char("y"))
    #expect(model.overlays.isEmpty)
  }

  @Test func emptyNoteClosesWithoutAsking() {
    var model = Fixtures.model()
    model.startSession()
    model.press(.char("n"), .escape)
    #expect(model.overlays.isEmpty)
  }

  @Test func quitEndsTheSessionAfterTheAppend() throws {
    var model = Fixtures.model()
    model.startSession()
    let effects = model.press(.char("q"))
    let draft = try #require(Fixtures.draft(effects))
    #expect(draft.type == .sessionEnd)
    #expect(!model.shouldQuit)
    let after = model.acknowledge(effects, seq: 2)
    #expect(model.shouldQuit)
    guard after.count == 1, case .quit = after[0] else {
      Issue.record("expected quit")
      return
    }
  }

  @Test func quitFromAPromptWithTextAsksFirst() throws {
    var model = Fixtures.model()
    model.startSession()
    model.press(.char("n"))
    model.type("unsaved")
    #expect(model.press(.ctrl("c")).isEmpty)
    #expect(model.topOverlay == .confirmDiscard(thenQuit: true))
    let draft = try #require(Fixtures.draft(model.press(.char("y"))))
    #expect(draft.type == .sessionEnd)
    #expect(model.overlays.isEmpty)
  }

  @Test func quitStillHappensWhenSessionEndCannotBeWritten() throws {
    var model = Fixtures.model()
    model.startSession()
    let draft = try #require(Fixtures.draft(model.press(.char("q"))))
    model.update(.auditFailed(draftID: draft.id, reason: "disk full"))
    #expect(model.shouldQuit)
  }

  @Test func restartResumesWithDecidedReviewsGone() {
    let model = Fixtures.model(decided: ["r-1", "r-3"])
    #expect(model.visibleIDs == ["r-2", "r-4"])
    #expect(model.pendingCount == 2)
    #expect(model.decidedCount == 2)
  }
}
