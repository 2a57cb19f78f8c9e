import Foundation
import Testing

@testable import ModqCore

@Suite struct AuditLogAppendTests {
  @Test func appendedEventsVerifyAndChain() throws {
    let dir = try makeTempDir()
    let path = dir + "/audit.jsonl"
    let log = try AuditLog(path: path)
    let a = try log.append(sampleDecision("r-1"))
    let b = try log.append(sampleDecision("r-2", .reject))
    #expect(a.seq == 1 && a.prev == "")
    #expect(b.seq == 2 && b.prev == a.hash)
    let result = try AuditVerifier.verify(path: path)
    #expect(result.summary == "ok 2 \(b.hash)")
    let bytes = readBytes(path)
    #expect(bytes.allSatisfy { $0 == 10 || (0x20...0x7E).contains($0) })
  }

  @Test func memberOrderAndEscaping() throws {
    let dir = try makeTempDir()
    let path = dir + "/audit.jsonl"
    let log = try AuditLog(path: path)
    var draft = sampleDecision("r-\u{e9}\u{1F600}\"\n\u{1B}")
    draft.members.append(AuditMember("note", .string("caf\u{e9} \u{202E}")))
    let event = try log.append(draft)
    let line = String(decoding: readBytes(path), as: UTF8.self)
    #expect(line.hasPrefix("{\"seq\":1,\"ts\":\""))
    #expect(line.contains("\"type\":\"accept\",\"prev\":\"\",\"id\":\"\(draft.id)\",\"review\":"))
    #expect(line.contains(#""review":"r-\u00e9\ud83d\ude00\"\u000a\u001b""#))
    #expect(line.contains(#""note":"caf\u00e9 \u202e""#))
    #expect(line.hasSuffix("\"hash\":\"\(event.hash)\"}\n"))
    let decoded = try AuditVerifier.events(path: path)
    #expect(decoded.first?.review == "r-\u{e9}\u{1F600}\"\n\u{1B}")
    #expect(decoded.first == event)
  }

  @Test func sameIDIsRecordedOnce() throws {
    let dir = try makeTempDir()
    let path = dir + "/audit.jsonl"
    let log = try AuditLog(path: path)
    let draft = sampleDecision("r-1")
    let first = try log.append(draft)
    let again = try log.append(draft)
    let reopened = try AuditLog(path: path)
    let third = try reopened.append(draft)
    let batch = try reopened.appendBatch([
      sampleDecision("r-2", id: "x"), sampleDecision("r-2", id: "x"),
    ])
    #expect(first == again && again == third)
    #expect(batch[0].event == batch[1].event)
    if case .duplicate = batch[1] {
    } else {
      Issue.record("second copy in a batch was not a duplicate")
    }
    #expect(try AuditVerifier.verify(path: path).count == 2)
  }

  @Test func checkRefusesUnderTheLock() throws {
    let dir = try makeTempDir()
    let log = try AuditLog(path: dir + "/audit.jsonl")
    let noDouble: (AuditState, AuditDraft) throws -> Void = { state, draft in
      if let review = draft.members.first(where: { $0.key == "review" })?.value.stringValue,
        state.decision(for: review) != nil
      {
        throw AuditError.refused("\(review) is already decided")
      }
    }
    _ = try log.append(sampleDecision("r-1"), check: noDouble)
    #expect(throws: AuditError.self) { try log.append(sampleDecision("r-1"), check: noDouble) }
    let results = try log.appendBatch(
      [sampleDecision("r-2"), sampleDecision("r-2")], check: noDouble)
    #expect(results[0].event != nil)
    #expect(results[1].event == nil)
    #expect(log.state.eventCount == 2)
  }

  @Test func foldTracksDecisionsUndoAndCounts() throws {
    let dir = try makeTempDir()
    let path = dir + "/audit.jsonl"
    let log = try AuditLog(path: path)
    let one = try log.append(sampleDecision("r-1"))
    _ = try log.append(sampleDecision("r-2", .reject))
    _ = try log.append(AuditDraft.annotate(review: "r-3", queue: "q", note: "hm", moderator: "bo"))
    _ = try log.append(AuditDraft.undo(target: one.seq, moderator: "ana"))
    var state = log.state
    #expect(state.decision(for: "r-1") == nil)
    #expect(state.decision(for: "r-2")?.verdict == .reject)
    #expect(state.pending(queueIDs: ["r-1", "r-2", "r-3"]) == ["r-1", "r-3"])
    #expect(state.counts == [.reject: 1])
    #expect(state.countsByModerator == ["ana": [.reject: 1]])
    _ = try log.append(sampleDecision("r-1", .escalate))
    state = try AuditVerifier.verifyAndFold(path: path).state
    #expect(state.decision(for: "r-1")?.verdict == .escalate)
    #expect(state.counts == [.reject: 1, .escalate: 1])
    #expect(state.review(atSeq: one.seq) == "r-1")
  }

  @Test func otherWritersAreCaughtUp() throws {
    let dir = try makeTempDir()
    let path = dir + "/audit.jsonl"
    let a = try AuditLog(path: path)
    let b = try AuditLog(path: path)
    _ = try a.append(sampleDecision("r-1"))
    let second = try b.append(sampleDecision("r-2"))
    let third = try a.append(sampleDecision("r-3"))
    #expect(second.seq == 2 && third.seq == 3 && third.prev == second.hash)
    #expect(try AuditVerifier.verify(path: path).isOK)
  }
}
