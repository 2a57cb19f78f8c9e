import Foundation
import ModqCore
import Testing

@testable import ModqUI

@Suite("Escalation outbox and on_escalate")
struct EscalationDeliveryTests {
  static func tempDir() throws -> String {
    let dir = NSTemporaryDirectory() + "modq-ui-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  static var record: EscalationRecord {
    let draft = AuditDraft.decision(
      review: "r-3", queue: "q.jsonl", reviewSHA256: "sha", suggested: .none, final: .escalate,
      criteria: ["escalate.damaged"], policy: "p", note: "call back", moderator: "ana", id: "x")
    return EscalationRecord(
      event: Fixtures.event(for: draft, seq: 7), item: Fixtures.items[2], queue: "q.jsonl")
  }

  @Test func outboxLinesAreAppendedAsJSON() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let outbox = EscalationOutbox(path: dir + "/sub/escalations.jsonl")
    try outbox.append(Self.record.jsonLine())
    try outbox.append(Self.record.jsonLine())
    let lines = try String(contentsOfFile: outbox.path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 2)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(object["audit_seq"] as? Int == 7)
    #expect(object["note"] as? String == "call back")
    #expect((object["review"] as? [String: Any])?["id"] as? String == "r-3")
  }

  @Test func outboxFailureIsAReadableError() {
    let outbox = EscalationOutbox(path: "/proc/modq-cannot-write/escalations.jsonl")
    #expect(throws: OutboxError.self) { try outbox.append("{}") }
  }

  @Test func hookGetsTheRecordOnStdin() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let hook = EscalationHook(command: "cat > '\(dir)/got.json'")
    #expect(hook.run(input: Self.record.jsonLine()) == nil)
    let got = try String(contentsOfFile: dir + "/got.json", encoding: .utf8)
    #expect(got == Self.record.jsonLine() + "\n")
  }

  @Test func hookFailureIsReported() {
    #expect(EscalationHook(command: "exit 3").run(input: "{}") == "on_escalate exited with status 3")
    #expect(EscalationHook(command: "true").run(input: "{}") == nil)
  }

  @Test func liveEffectsKeepTheDecisionWhenDeliveryFails() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let log = try AuditLog(path: dir + "/audit.jsonl", moderator: "ana")
    let effects = LiveEffects(
      log: log, outbox: EscalationOutbox(path: "/proc/nope/outbox.jsonl"), hook: nil,
      mailbox: Mailbox())
    let draft = AuditDraft.session(start: true, queue: "q", moderator: "ana", id: "a")
    guard case .auditAppended(let event)? = effects.perform(.appendAudit(draft)).first else {
      Issue.record("append not acknowledged")
      return
    }
    #expect(event.seq == 1)
    let replies = effects.perform(.deliverEscalation(Self.record))
    guard case .escalationFailed(let review, let reason)? = replies.first else {
      Issue.record("expected a delivery failure")
      return
    }
    #expect(review == "r-3")
    #expect(reason.contains("cannot open"))
    #expect(try AuditVerifier.verify(path: dir + "/audit.jsonl").isOK)
  }
}
