import Foundation
import Testing

/// `modq replay` in a real terminal (tmux): step, jump, filter, views, resize, quit.
@Suite("modq replay in tmux", .enabled(if: Spawn.available("tmux"), "tmux is not installed"))
struct ReplayEndToEndTests {
  static var fixtures: String {
    ModerateJourneyTests.root.appendingPathComponent("Tests/Fixtures/replay").path
  }

  /// Waits until the pane's shell has written the exit status of `modq replay` to
  /// `statusFile` (tmux's own `pane_dead_status` proved unreliable under a loaded test run).
  func waitForExitStatus(_ statusFile: String, _ tmux: Tmux, timeout: Double = 15) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
        text.hasSuffix("\n")
      {
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
      }
      usleep(50_000)
    }
    throw Tmux.Timeout(marker: "the command to exit", screen: tmux.screen())
  }

  @Test func replaySession() throws {
    let modq = try #require(ModerateJourneyTests.binary, "modq is not built")
    let statusFile = NSTemporaryDirectory() + "modq-e2e-replay-\(UUID().uuidString).status"
    defer { try? FileManager.default.removeItem(atPath: statusFile) }
    let command = "env LANG=C.UTF-8 TERM=screen-256color SWIFT_BACKTRACE=interactive=no "
      + "'\(modq)' replay '\(Self.fixtures)/audit.jsonl' --queue '\(Self.fixtures)/queue.jsonl'"
      + "; echo $? > '\(statusFile)'"
    let tmux = Tmux(tag: "replay")
    #expect(tmux.start(command: command, width: 120, height: 40))
    tmux.run(["set-option", "-t", tmux.target, "remain-on-exit", "on"])
    let title = tmux.format("#{pane_title}")
    var pane = try tmux.waitFor("chain verified: 10 events")
    #expect(pane.contains("start    queue.jsonl"))
    tmux.sendKeys("j", "j")
    pane = try tmux.waitFor("seq 3 · 3/10 shown")
    #expect(pane.contains("TEXT DIFFERS"))
    #expect(pane.contains("note: mild profanity is allowed"))
    tmux.sendKeys(":")
    tmux.sendText("6")
    tmux.sendKeys("Enter")
    pane = try tmux.waitFor("seq 6 · 6/10 shown")
    #expect(pane.contains("If this happens again"))
    #expect(pane.contains("␛"))
    #expect(tmux.format("#{pane_title}") == title)
    tmux.sendKeys("o")
    try tmux.waitFor("1/1 shown")
    tmux.sendKeys("x", "3")
    try tmux.waitFor("queue as of seq 3")
    tmux.run(["resize-window", "-t", tmux.target, "-x", "80", "-y", "24"])
    pane = try tmux.waitFor("80x24")
    #expect(pane.contains("queue as of seq 3"))
    tmux.sendKeys("4")
    try tmux.waitFor("decisions by moderator")
    tmux.sendKeys("q")
    let exit = try waitForExitStatus(statusFile, tmux)
    #expect(exit == "0", "replay exited with \(exit)")
    #expect(tmux.format("#{alternate_on}") == "0")
  }

  @Test func printModeExitsTwoOnABrokenChain() throws {
    let modq = try #require(ModerateJourneyTests.binary, "modq is not built")
    var text = try String(contentsOfFile: Self.fixtures + "/audit.jsonl", encoding: .utf8)
    text = text.replacingOccurrences(of: "\"moderator\":\"bo\"", with: "\"moderator\":\"b0\"")
    let path = NSTemporaryDirectory() + "modq-e2e-broken-\(UUID().uuidString).jsonl"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = Spawn.run([modq, "replay", path, "--print"], capture: true)
    #expect(result.status == 2)
    #expect(result.output.hasPrefix("!! INTEGRITY FAILURE at line 4"))
  }
}
