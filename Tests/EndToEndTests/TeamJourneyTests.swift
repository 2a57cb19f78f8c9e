import Foundation
import ModqCore
import Testing

/// Two `modq moderate` sessions (ana, bo) in tmux on one queue and one audit log: each skips
/// the review the other has open, shows who else is working, and sees the other's decisions
/// on its next poll. Prints the measured delay from one screen to the other.
@Suite("two modq moderate sessions in tmux", .enabled(if: Spawn.available("tmux")))
struct TeamJourneyTests {
  @Test func twoModeratorsWorkOneQueue() throws {
    let setup = try Setup("team")
    defer { setup.remove() }
    let audit = setup.audit
    let ana = Tmux(tag: "team-ana")
    let bo = Tmux(tag: "team-bo")
    let anaCommand = try setup.command("ana")
    #expect(ana.start(command: anaCommand, width: 100, height: 30))
    try ana.waitFor("Review r-10001")
    let boCommand = try setup.command("bo")
    #expect(bo.start(command: boCommand, width: 100, height: 30))

    // r-10001 is ana's: bo opens on the next review, and each sees the other working.
    let boFirst = try bo.waitFor("Review r-10002")
    #expect(!boFirst.contains(" r-10001  "), "r-10001 must not be in bo's list")
    try bo.waitFor("also working: ana")
    try ana.waitFor("also working: bo")
    try waitUntil(ana, lacks: " r-10002  ")

    // bo decides r-10002; ana's decided count follows (timed from the key press).
    let boKey = Date()
    bo.sendKeys("Enter")
    try ana.waitFor("1 decided")
    let first = Date().timeIntervalSince(boKey)
    try bo.waitFor("r-10002: accept")

    // ana decides r-10001; bo's count follows.
    let anaKey = Date()
    ana.sendKeys("Enter")
    try bo.waitFor("2 decided")
    let second = Date().timeIntervalSince(anaKey)
    try ana.waitFor("r-10001: accept")
    print(
      "team journey: key press in one UI to the decision shown in the other: "
        + String(format: "%.2f s and %.2f s", first, second))

    // bo quits: his claim is released, ana no longer sees him working.
    bo.sendKeys("q")
    #expect(try bo.waitFor("MODQ-EXIT=").contains("MODQ-EXIT=0"))
    try waitUntil(ana, lacks: "also working")
    ana.sendKeys("q")
    #expect(try ana.waitFor("MODQ-EXIT=").contains("MODQ-EXIT=0"))

    // The log: valid, each review decided once, each decision fenced by its own claim.
    #expect(try AuditVerifier.verify(path: audit).isOK)
    let events = try AuditVerifier.events(path: audit)
    let decisions = events.filter(\.type.isDecision)
    #expect(decisions.map { $0.review ?? "" }.sorted() == ["r-10001", "r-10002"])
    for decision in decisions {
      let token = try #require(decision["claim"]?.intValue)
      let claim = try #require(events.first { $0.seq == token })
      #expect(claim.type == .claim)
      #expect(claim.review == decision.review && claim.moderator == decision.moderator)
    }
  }

  @Test func aLogDeletedUnderARunningSessionIsShownAndNothingIsWritten() throws {
    let setup = try Setup("lost")
    defer { setup.remove() }
    let audit = setup.audit
    let tmux = Tmux(tag: "team-lost")
    let command = try setup.command("ana")
    #expect(tmux.start(command: command, width: 100, height: 30))
    try tmux.waitFor("Review r-10001")
    try FileManager.default.removeItem(atPath: audit)
    let lost = try tmux.waitFor("AUDIT LOG LOST")
    #expect(lost.contains("the log was deleted"))
    #expect(lost.contains("log FAILING"))
    tmux.sendKeys("Enter")
    let refused = try tmux.waitFor("NOT saved")
    #expect(refused.contains("r-10001 stays pending"))
    tmux.sendKeys("q")
    #expect(try tmux.waitFor("MODQ-EXIT=").contains("MODQ-EXIT="))
    // Nothing was written to a new file at the path.
    #expect(!FileManager.default.fileExists(atPath: audit))
  }

  /// A temporary directory with the fixture queue, and the command line for a session.
  struct Setup {
    let dir: String
    let queue: String
    let audit: String

    init(_ name: String) throws {
      dir = try makeTempDirectory(name)
      queue = dir + "/queue.jsonl"
      audit = dir + "/audit.jsonl"
      try FileManager.default.copyItem(
        atPath: ModerateJourneyTests.root.appendingPathComponent(
          "Tests/EndToEndTests/Fixtures/queue.jsonl"
        ).path, toPath: queue)
    }

    /// `modq moderate` as `moderator` on the shared queue and log, then the exit status.
    func command(_ moderator: String) throws -> String {
      let bin = try #require(ModerateJourneyTests.binary, "modq is not built")
      return [
        "cd '\(dir)' &&",
        "env LANG=C.UTF-8 TERM=screen-256color SWIFT_BACKTRACE=interactive=no",
        "XDG_CONFIG_HOME='\(dir)' MODQ_DATA_DIR='\(ModerateJourneyTests.root.path)/data'",
        "'\(bin)' moderate '\(queue)' --audit '\(audit)' --outbox '\(dir)/\(moderator).out'",
        "--moderator \(moderator) --claim-lease 600; echo MODQ-EXIT=$?; exec cat",
      ].joined(separator: " ")
    }

    func remove() { try? FileManager.default.removeItem(atPath: dir) }
  }

  /// Polls the pane until `text` is gone (15 s at most).
  private func waitUntil(_ tmux: Tmux, lacks text: String) throws {
    let deadline = Date().addingTimeInterval(15)
    var screen = tmux.screen()
    while screen.contains(text) {
      guard Date() < deadline else { throw Tmux.Timeout(marker: "no \(text)", screen: screen) }
      usleep(50_000)
      screen = tmux.screen()
    }
  }
}
