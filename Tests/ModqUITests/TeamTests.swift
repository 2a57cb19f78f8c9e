import Foundation
import ModqCore
import TerminalKit
import Testing

@testable import ModqUI

/// Two moderator sessions on one log: claims split the queue, decisions and claims show up
/// in the other session on its next poll, fencing refuses lost claims, faults keep input.
@Suite struct TeamTests {
  @Test func twoSessionsSplitTheQueueAndSeeEachOther() throws {
    let path = try makeUITempDir() + "/audit.jsonl"
    let ana = try TeamSession("ana", log: path)
    #expect(ana.held == "r-1")
    let bo = try TeamSession("bo", log: path)
    // r-1 is ana's: bo's session skips it and claims the next one.
    #expect(bo.selected == "r-2" && bo.held == "r-2")
    #expect(!bo.model.visibleIDs.contains("r-1"))
    ana.tick()
    bo.tick()
    #expect(!ana.model.visibleIDs.contains("r-2"))
    #expect(ana.model.team?.workingSummary == "bo")
    #expect(bo.model.team?.workingSummary == "ana")
    let statusLine = StatusBarView(model: ana.model).statusText
    #expect(statusLine.contains("also working: bo"))

    ana.press(.char("a"))
    #expect(ana.status.contains("r-1: accept"))
    #expect(ana.held == "r-3")
    bo.tick()
    #expect(bo.model.decidedCount == 1)
    #expect(bo.model.visibleIDs == ["r-2", "r-4"])

    // bo quits: his claim is released and ana sees r-2 again.
    bo.press(.char("q"))
    #expect(bo.model.shouldQuit)
    ana.tick()
    #expect(ana.model.visibleIDs.contains("r-2"))
    #expect(ana.model.team?.workingSummary == "")
    let types = ana.events.map(\.type.rawValue)
    #expect(types.filter { $0 == "release" }.count == 1)
    #expect(types.filter { $0 == "accept" }.count == 1)
  }

  @Test func aDecisionOnALostClaimIsRefusedAndNotWritten() throws {
    let path = try makeUITempDir() + "/audit.jsonl"
    let ana = try TeamSession("ana", log: path, lease: 60)
    // bo's clock is two minutes ahead: to him ana's lease has run out, so he takes r-1 over.
    let bo = try TeamSession("bo", log: path, lease: 60) { LeaseClock.nowMs() + 120_000 }
    #expect(bo.held == "r-1")
    ana.press(.char("a"))
    #expect(ana.status.contains("NOT saved"))
    #expect(ana.status.contains("was lost"))
    #expect(!ana.model.visibleIDs.contains("r-1"))
    #expect(ana.model.decidedCount == 0)
    bo.press(.char("a"))
    #expect(bo.status.contains("r-1: accept"))
    let decisions = ana.events.filter(\.type.isDecision)
    #expect(decisions.map(\.moderator) == ["bo"])
    #expect(
      decisions.first?["claim"]?.intValue
        == ana.events.last { $0.type == .claim && $0.moderator == "bo" && $0.review == "r-1" }?.seq)
  }

  @Test func aFailedWriteKeepsTheReasonAndEnterRetries() throws {
    let path = try makeUITempDir() + "/audit.jsonl"
    let io = SwitchableIO()
    let ana = try TeamSession("ana", log: path, io: io)
    ana.press(.char("r"), .tab)
    ana.type("spam link")
    io.failWrites(ENOSPC)
    ana.press(.enter)
    #expect(ana.status.contains("NOT saved"))
    #expect(ana.status.contains("disk full (ENOSPC)"))
    #expect(ana.status.contains("kept"))
    guard case .reason(let picker) = ana.model.topOverlay else {
      Issue.record("the reason prompt should be back")
      return
    }
    #expect(picker.reason.text == "spam link")
    #expect(ana.model.decidedCount == 0)
    #expect(ana.events.filter(\.type.isDecision).isEmpty)
    io.failWrites(nil)
    ana.press(.enter)
    #expect(ana.status.contains("r-1: override (reject)"))
    let decisions = ana.events.filter(\.type.isDecision)
    #expect(decisions.count == 1 && decisions.first?.note == "spam link")
  }

  /// Each write fault: a clear name, nothing acknowledged, the note kept; after a short
  /// write the retry quarantines the torn half line and the chain stays valid.
  @Test(arguments: [
    (ENOSPC, "disk full (ENOSPC)", false), (EFBIG, "file size limit reached (EFBIG)", true),
    (EROFS, "read-only filesystem (EROFS)", false), (EDQUOT, "disk quota exceeded", true),
  ])
  func eachWriteFaultIsNamedAndTheNoteKept(code: Int32, name: String, short: Bool) throws {
    let path = try makeUITempDir() + "/audit.jsonl"
    let io = SwitchableIO()
    let ana = try TeamSession("ana", log: path, io: io)
    ana.press(.char("n"))
    ana.type("check the photos")
    io.failWrites(code, afterShortWrite: short)
    ana.press(.ctrl("o"))
    #expect(ana.status.contains("NOT saved (\(name)"))
    #expect(ana.status.contains("press C-o to retry"))
    guard case .note(let draft) = ana.model.topOverlay else {
      Issue.record("the note should be back")
      return
    }
    #expect(draft.editor.text == "check the photos")
    #expect(StatusBarView(model: ana.model).statusText.contains("log FAILING"))
    #expect(!ana.events.contains { $0.type == .annotate })
    io.failWrites(nil)
    ana.press(.ctrl("o"))
    #expect(ana.status.contains("note saved on r-1"))
    #expect(ana.events.filter { $0.type == .annotate }.map(\.note) == ["check the photos"])
    #expect(ana.events.contains { $0.type == .recovery } == short)
    #expect(try AuditVerifier.verify(path: path).isOK)
  }

  @Test func aFailedSyncIsNotAcknowledgedAndTheRetryIsRecordedOnce() throws {
    let path = try makeUITempDir() + "/audit.jsonl"
    let io = SwitchableIO()
    let ana = try TeamSession("ana", log: path, io: io)
    io.failSyncs(EIO)
    ana.press(.char("a"))
    #expect(ana.status.contains("NOT saved"))
    #expect(ana.status.contains("I/O error (EIO)"))
    #expect(ana.model.decidedCount == 0)
    io.failSyncs(nil)
    ana.press(.char("a"))
    #expect(ana.model.decidedCount == 1)
    #expect(ana.events.filter(\.type.isDecision).count == 1)
    #expect(try AuditVerifier.verify(path: path).isOK)
  }

  @Test func aReplacedLogIsShownAndNothingIsWrittenElsewhere() throws {
    let dir = try makeUITempDir()
    let path = dir + "/audit.jsonl"
    let ana = try TeamSession("ana", log: path)
    try FileManager.default.moveItem(atPath: path, toPath: dir + "/old.jsonl")
    try Data().write(to: URL(fileURLWithPath: path))
    ana.tick()
    #expect(ana.status.contains("AUDIT LOG LOST"))
    #expect(StatusBarView(model: ana.model).statusText.contains("log FAILING"))
    ana.press(.char("a"))
    #expect(ana.status.contains("NOT saved"))
    #expect(ana.model.decidedCount == 0)
    #expect(FileManager.default.contents(atPath: path)?.isEmpty == true)
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.moveItem(atPath: dir + "/old.jsonl", toPath: path)
    ana.tick()
    #expect(ana.status.contains("back"))
    ana.press(.char("a"))
    #expect(ana.model.decidedCount == 1)
  }

  @Test func reviewsLoadedLaterAreCheckedAgainstTheLog() throws {
    let path = try makeUITempDir() + "/audit.jsonl"
    let ana = try TeamSession("ana", log: path, items: Array(Fixtures.items.prefix(2)))
    let bo = try TeamSession("bo", log: path)
    bo.press(.char("G"))
    #expect(bo.held == "r-4")
    bo.press(.char("a"))
    ana.tick()
    // The rest of a large queue arrives, with flags from when the session opened.
    ana.send(.queueLoaded(Fixtures.items, decided: [false, false, false, false], diagnostics: 0))
    #expect(ana.model.visibleIDs.contains("r-4"))
    ana.tick()
    #expect(!ana.model.visibleIDs.contains("r-4"))
    #expect(ana.model.decidedCount == 1)
  }

  @Test func claimsAreRenewedOnlyWhileTheModeratorWorks() throws {
    let path = try makeUITempDir() + "/audit.jsonl"
    let ana = try TeamSession("ana", log: path, lease: 3)
    let renewals = { ana.events.filter { $0.type == .renew }.count }
    ana.tick(1.1)
    #expect(renewals() == 0)
    ana.press(.char("?"), .escape)
    ana.tick(1.1)
    #expect(renewals() == 1)
    ana.tick(1.1)
    ana.tick(1.1)
    #expect(renewals() == 1)
    let renewal = try #require(ana.events.last { $0.type == .renew })
    #expect(renewal["claim"]?.intValue == ana.model.team?.held?.token)
  }
}
