import Foundation
import ModqCore
import Testing

/// The real `modq` binary in tmux: a whole moderation session on a small fixture queue.
@Suite("modq moderate in tmux", .enabled(if: Spawn.available("tmux"), "tmux is not installed"))
struct ModerateJourneyTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The built `modq`, the most recent of the usual build directories.
  static var binary: String? {
    let build = root.appendingPathComponent(".build")
    let candidates =
      ["debug/modq", "release/modq"].map { build.appendingPathComponent($0).path }
      + ((try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []).map {
        build.appendingPathComponent("\($0)/debug/modq").path
      }
    return candidates.filter { FileManager.default.isExecutableFile(atPath: $0) }
      .max { modified($0) < modified($1) }
  }

  static func modified(_ path: String) -> Date {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return attributes?[.modificationDate] as? Date ?? .distantPast
  }

  @Test func moderationSession() throws {
    let bin = try #require(Self.binary, "modq is not built")
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("modq-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let queue = dir.appendingPathComponent("queue.jsonl").path
    try FileManager.default.copyItem(
      atPath: Self.root.appendingPathComponent("Tests/EndToEndTests/Fixtures/queue.jsonl").path,
      toPath: queue)
    let audit = dir.appendingPathComponent("audit.jsonl").path
    let outbox = dir.appendingPathComponent("outbox.jsonl").path
    let command = [
      "cd '\(dir.path)' &&",
      "env LANG=C.UTF-8 TERM=screen-256color SWIFT_BACKTRACE=interactive=no",
      "XDG_CONFIG_HOME='\(dir.path)' MODQ_DATA_DIR='\(Self.root.path)/data'",
      "'\(bin)' moderate '\(queue)' --audit '\(audit)' --outbox '\(outbox)' --moderator e2e;",
      "echo MODQ-EXIT=$?; exec cat",
    ].joined(separator: " ")
    let tmux = Tmux(tag: "moderate")
    #expect(tmux.start(command: command, width: 100, height: 30))
    let title = tmux.format("#{pane_title}")
    try tmux.waitFor("100x30")
    try tmux.waitFor("Review r-10001")

    // Accept the first review.
    tmux.sendKeys("Enter")
    try tmux.waitFor("r-10001: accept")
    try tmux.waitFor("Review r-10002")

    // Override the second with a reason picked from the list.
    tmux.sendKeys("r")
    try tmux.waitFor("why?")
    tmux.sendKeys("Space")
    try tmux.waitFor("[x]")
    tmux.sendKeys("Enter")
    try tmux.waitFor("r-10002: override (reject)")

    // Escalate the third (a reason is asked only if the suggestion differs).
    tmux.sendKeys("e")
    let afterEscalate = try tmux.waitForAny([
      "why?", "r-10045: escalate", "r-10045: escalation sent",
    ])
    if afterEscalate.contains("why?") {
      tmux.sendKeys("Space", "Enter")
    }
    let escalated = try tmux.waitForAny([
      "r-10045: escalate (escalate)", "r-10045: escalation sent",
    ])
    #expect(escalated.contains("r-10045"))

    // The hostile review is next: escapes drawn as markers, the title untouched.
    let hostile = try tmux.waitFor("hidden characters")
    #expect(hostile.contains("Review r-10068"))
    #expect(hostile.contains("␛"))
    #expect(!hostile.contains("pwned\u{07}"))
    #expect(tmux.format("#{pane_title}") == title)

    // Annotate it (non-ASCII, two lines).
    tmux.sendKeys("n")
    try tmux.waitFor("Note on r-10068")
    tmux.sendText("café note")
    tmux.sendKeys("Enter")
    tmux.sendText("line two")
    tmux.sendKeys("C-o")
    try tmux.waitFor("note saved on r-10068")

    // Undo the escalation: r-10045 comes back.
    tmux.sendKeys("u")
    try tmux.waitFor("undone: r-10045 is pending again")

    // Resize and wait for the redraw (P21).
    tmux.run(["resize-window", "-t", tmux.target, "-x", "80", "-y", "24"])
    let small = try tmux.waitFor("80x24")
    #expect(small.contains("Review r-10045"))

    tmux.sendKeys("q")
    let ended = try tmux.waitFor("MODQ-EXIT=")
    #expect(ended.contains("MODQ-EXIT=0"))
    #expect(ended.contains("session ended"))
    #expect(tmux.format("#{alternate_on}") == "0")

    // The log verifies and holds exactly the session's events.
    let verify = Spawn.run([bin, "verify", audit], capture: true)
    #expect(verify.status == 0)
    let all = try AuditVerifier.events(path: audit)
    #expect(verify.output.hasPrefix("ok \(all.count) "))
    // Claims on the open review come and go (team work); the session's own events:
    let claimTypes: Set<AuditEventType> = [.claim, .renew, .release]
    let events = all.filter { !claimTypes.contains($0.type) }
    #expect(events.count == 7)
    #expect(all.contains { $0.type == .claim && $0.review == "r-10001" })
    #expect(
      events.map(\.type.rawValue) == [
        "session_start", "accept", "override", "escalate", "annotate", "undo", "session_end",
      ])
    #expect(
      events.map { $0.review ?? "-" } == [
        "-", "r-10001", "r-10002", "r-10045", "r-10068", "-", "-",
      ])
    #expect(events[2].final == .reject)
    #expect(!events[2].criteria.isEmpty)
    #expect(events[3].final == .escalate)
    #expect(events[4].note == "café note\nline two")
    #expect(events[5].target == events[3].seq)
    #expect(events.allSatisfy { $0.moderator == "e2e" })

    // The escalation reached the outbox.
    let lines = try String(contentsOfFile: outbox, encoding: .utf8)
      .split(separator: "\n")
    #expect(lines.count == 1)
    let record = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect((record?["review"] as? [String: Any])?["id"] as? String == "r-10045")
    #expect(record?["audit_seq"] as? Int == events[3].seq)
  }
}
