import Foundation
import Testing
@testable import ModqCore

@Suite("Export: decisions and escalations from the audit log")
struct ExportDecisionTests {
  func decision(_ review: String, _ verdict: Verdict, criteria: [String], note: String? = nil)
    -> AuditDraft
  {
    AuditDraft.decision(
      review: review, queue: "day.jsonl", reviewSHA256: String(repeating: "ab", count: 32),
      suggested: AuditSuggestion(verdict: .publish, criteria: []), final: verdict,
      criteria: criteria, policy: "p0", note: note, moderator: "ana")
  }

  /// r1 published, r2 rejected then undone, r3 escalated, r4 escalated then undone and
  /// re-decided as reject, r5 escalated.
  func makeLog() throws -> String {
    let path = try makeTempDir("export") + "/audit.jsonl"
    let log = try AuditLog(path: path)
    _ = try log.append(decision("r1", .publish, criteria: []))
    let r2 = try log.append(decision("r2", .reject, criteria: ["pii.phone", "profanity"]))
    _ = try log.append(AuditDraft.undo(target: r2.seq, moderator: "ana"))
    _ = try log.append(decision("r3", .escalate, criteria: ["escalate.damaged"], note: "call, \"urgent\""))
    let r4 = try log.append(decision("r4", .escalate, criteria: ["escalate.wrong_item"]))
    _ = try log.append(AuditDraft.undo(target: r4.seq, moderator: "ana"))
    _ = try log.append(decision("r4", .reject, criteria: ["price.actual"]))
    _ = try log.append(decision("r5", .escalate, criteria: ["escalate.not_received"]))
    return path
  }

  @Test("current decisions after undo: an undone decision is not exported")
  func afterUndo() throws {
    let records = try DecisionSource.current(path: try makeLog())
    #expect(records.map(\.review) == ["r1", "r3", "r4", "r5"])
    #expect(records.map(\.verdict) == [.publish, .escalate, .reject, .escalate])
    #expect(records.map(\.seq) == [1, 4, 7, 8])
    #expect(records[1].note == "call, \"urgent\"")
    #expect(records[2].reasonCodes == ["PRI"])
    #expect(records[0].queue == "day.jsonl")
  }

  @Test("escalations: current ones only, filtered by --since-seq and --since")
  func escalations() throws {
    let records = try DecisionSource.current(path: try makeLog())
    #expect(DecisionSource.escalations(records).map(\.review) == ["r3", "r5"])
    #expect(DecisionSource.escalations(records, sinceSeq: 4).map(\.review) == ["r5"])
    let future = try #require(DateNormalizer.epoch(rfc3339: "2999-01-01T00:00:00Z"))
    #expect(DecisionSource.escalations(records, since: future).isEmpty)
    #expect(DecisionSource.escalations(records, since: 0).count == 2)
  }

  @Test("reason codes: industry codes for criteria, longest prefix wins, no repeats")
  func reasonCodes() {
    #expect(ReasonCodes.codes(for: ["pii.phone", "pii.email", "profanity"]) == ["PII", "PRF"])
    #expect(ReasonCodes.codes(for: ["irrelevant.shipping_service"]) == ["SI"])
    #expect(ReasonCodes.codes(for: ["irrelevant.not_used_yet"]) == ["VAC"])
    #expect(ReasonCodes.codes(for: ["consistency.rating_mismatch"]) == ["MSR"])
    #expect(ReasonCodes.codes(for: ["my.own_rule"]).isEmpty)
  }

  @Test("CSV and JSON Lines lines: quoting, arrays, optional members")
  func lines() throws {
    let r = DecisionRecord(
      review: "r3", verdict: .escalate, type: "escalate", criteria: ["escalate.damaged", "pii.phone"],
      note: "call, \"urgent\"", moderator: "ana", ts: "2026-11-23T10:00:00Z", seq: 4, queue: nil)
    let csv = String(decoding: DecisionExporter.line(r, .csv, csv: CSVWriter()), as: UTF8.self)
    #expect(
      csv == "r3,escalate,escalate.damaged;pii.phone,CS;PII,\"call, \"\"urgent\"\"\",ana,"
        + "2026-11-23T10:00:00Z,4,escalate,\r\n")
    let json = DecisionExporter.line(r, .jsonl, csv: CSVWriter())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
    #expect(object["note"] as? String == "call, \"urgent\"")
    #expect(object["criteria"] as? [String] == ["escalate.damaged", "pii.phone"])
    #expect(object["seq"] as? Int == 4)
    #expect(object["queue"] == nil)
    #expect(json.last == 0x0A)
  }

  @Test("formula-safe CSV neutralises cells a spreadsheet would run; exact CSV does not")
  func formulaSafe() {
    let safe = String(decoding: CSVWriter(formulaSafe: true).line(["=HYPERLINK(1)", "ok", "-2"]), as: UTF8.self)
    #expect(safe == "'=HYPERLINK(1),ok,'-2\r\n")
    let exact = String(decoding: CSVWriter().line(["=1", " pad"]), as: UTF8.self)
    #expect(exact == "=1,\" pad\"\r\n")
  }

  @Test("a tampered log is refused")
  func tampered() throws {
    let path = try makeLog()
    var bytes = readBytes(path)
    let i = try #require(bytes.firstIndex(of: UInt8(ascii: "r")))
    bytes[i] = UInt8(ascii: "x")
    try writeBytes(path, bytes)
    #expect(throws: (any Error).self) { try DecisionSource.current(path: path) }
  }
}
