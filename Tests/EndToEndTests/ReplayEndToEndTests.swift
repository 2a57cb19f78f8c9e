import Foundation
import Testing

/// `modq replay` in a real terminal (tmux): step, jump, filter, views, resize, quit.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReplayEndToEndTests {
  static var fixtures: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/replay").path
  }

  @Test func replaySession() throws {
    let modq = try TmuxSession.modqBinary()
    let command = "\(modq) replay \(Self.fixtures)/audit.jsonl --queue \(Self.fixtures)/queue.jsonl"
    let tmux = try TmuxSession(command: command, width: 120, height: 40)
    defer { tmux.close() }
    let title = try tmux.display("#{pane_title}")
    var pane = try tmux.waitFor("chain verified: 10 events")
    #expect(pane.contains("session_start"))
    try tmux.send("j", "j")
    pane = try tmux.waitFor("seq 3 · 3/10 shown")
    #expect(pane.contains("TEXT DIFFERS"))
    #expect(pane.contains("note: mild profanity is allowed"))
    try tmux.send(":")
    try tmux.type("6")
    try tmux.send("Enter")
    pane = try tmux.waitFor("seq 6 · 6/10 shown")
    #expect(pane.contains("If this happens again"))
    #expect(try tmux.display("#{pane_title}") == title)
    try tmux.send("o")
    pane = try tmux.waitFor("1/1 shown")
    try tmux.send("x", "3")
    pane = try tmux.waitFor("queue as of seq 3")
    try tmux.resize(width: 80, height: 24)
    pane = try tmux.waitFor("80x24")
    #expect(pane.contains("queue as of seq 3"))
    try tmux.send("4")
    pane = try tmux.waitFor("decisions by moderator")
    try tmux.send("q")
    #expect(try tmux.waitUntilExited() == 0)
    #expect(try tmux.display("#{alternate_on}") == "0")
  }

  @Test func printModeExitsTwoOnABrokenChain() throws {
    let modq = try TmuxSession.modqBinary()
    var text = try String(contentsOfFile: Self.fixtures + "/audit.jsonl", encoding: .utf8)
    text = text.replacingOccurrences(of: "\"moderator\":\"bo\"", with: "\"moderator\":\"b0\"")
    let path = NSTemporaryDirectory() + "modq-e2e-broken-\(UUID().uuidString).jsonl"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try TmuxSpawn.run([modq, "replay", path, "--print"], capture: true)
    #expect(result.status == 2)
    #expect(result.output.hasPrefix("!! INTEGRITY FAILURE at line 4"))
  }
}
