import Foundation
import Testing
@testable import ModqCore

/// The replay fixture: Tests/Fixtures/replay/queue.jsonl (hand-written) and audit.jsonl,
/// built here with known answers (see ReplayReportTests). r-2's event records a wrong
/// review_sha256 on purpose (replay must say the text differs).
enum ReplayFixture {
  static var directory: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/replay").path
  }
  static var queuePath: String { directory + "/queue.jsonl" }
  static var logPath: String { directory + "/audit.jsonl" }

  static func queueSHA() throws -> [String: String] {
    let text = try String(contentsOfFile: queuePath, encoding: .utf8)
    var out: [String: String] = [:]
    for (n, line) in text.split(separator: "\n").enumerated() {
      out["r-\(n + 1)"] = LineHash.sha256Hex(Array(line.utf8))
    }
    return out
  }

  /// `(ts, draft)` for every event of the fixture log.
  static func events() throws -> [(String, AuditDraft)] {
    let sha = try queueSHA()
    let policy = String(repeating: "c0", count: 32)
    func decide(
      _ review: String, _ moderator: String, suggested: Verdict, _ reasons: [String],
      final: Verdict, chosen: [String], note: String? = nil, seq: Int
    ) -> AuditDraft {
      .decision(
        review: review, queue: "queue.jsonl",
        reviewSHA256: review == "r-2" ? String(repeating: "00", count: 32) : sha[review] ?? "",
        suggested: AuditSuggestion(verdict: suggested, criteria: reasons), final: final,
        criteria: chosen, policy: policy, note: note, moderator: moderator, id: "fx-\(seq)")
    }
    let day = "2026-11-23T"
    return [
      (day + "10:00:00Z", .session(start: true, queue: "queue.jsonl", moderator: "ana", id: "fx-1")),
      (day + "10:00:30Z", decide("r-1", "ana", suggested: .reject, ["pii.phone"], final: .reject, chosen: ["pii.phone"], seq: 2)),
      (day + "10:01:00Z", decide("r-2", "ana", suggested: .reject, ["profanity"], final: .publish, chosen: [], note: "mild profanity is allowed", seq: 3)),
      (day + "10:01:10Z", .session(start: true, queue: "queue.jsonl", moderator: "bo", id: "fx-4")),
      (day + "10:02:00Z", decide("r-3", "ana", suggested: .publish, [], final: .publish, chosen: [], seq: 5)),
      (day + "10:02:40Z", decide("r-4", "bo", suggested: .reject, ["profanity"], final: .escalate, chosen: ["threat"], note: "threatens to visit", seq: 6)),
      (day + "10:03:00Z", .undo(target: 5, note: "wrong review", moderator: "ana", id: "fx-7")),
      (day + "10:04:00Z", decide("r-3", "ana", suggested: .publish, [], final: .publish, chosen: [], seq: 8)),
      (day + "10:05:00Z", .session(start: false, queue: "queue.jsonl", moderator: "ana", id: "fx-9")),
      (day + "11:00:00Z", decide("r-5", "bo", suggested: .reject, ["pii.phone"], final: .reject, chosen: ["pii.phone"], seq: 10)),
    ]
  }

  /// The fixture log's bytes, as built from `events()`.
  static func bytes() throws -> [UInt8] {
    var writer = TimedLogWriter()
    return try events().flatMap { writer.line($0.1, ts: $0.0) }
  }

  /// Opens the fixture log (the committed file, checked against `bytes()` by a test).
  static func open() throws -> ReplayLog { try ReplayLog(path: logPath) }
}

@Suite struct ReplayFixtureFileTests {
  /// The committed audit.jsonl is exactly what `ReplayFixture.events()` builds. When it is
  /// missing or RECORD_SNAPSHOTS=1, it is rewritten and the test fails once.
  @Test func committedLogMatchesBuilder() throws {
    let built = try ReplayFixture.bytes()
    let existing = FileManager.default.contents(atPath: ReplayFixture.logPath).map { [UInt8]($0) }
    if existing == nil || ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try Data(built).write(to: URL(fileURLWithPath: ReplayFixture.logPath))
      Issue.record("Recorded \(ReplayFixture.logPath); check it and run again")
      return
    }
    #expect(existing == built)
  }
}
