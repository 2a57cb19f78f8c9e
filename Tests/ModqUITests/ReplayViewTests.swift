import Foundation
import ModqCore
import ModqUI
import TerminalKit
import TerminalKitTesting
import Testing

/// Replay frames on the committed fixture (Tests/Fixtures/replay, built by ModqCoreTests'
/// ReplayFixture): golden snapshots at 80x24 and 120x40, and a scripted session.
@Suite struct ReplayViewTests {
  static var fixtures: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/replay").path
  }

  func model(_ filter: ReplayFilter = ReplayFilter()) throws -> ReplayModel {
    let log = try ReplayLog(path: Self.fixtures + "/audit.jsonl")
    let resolver = try ReviewResolver(paths: [Self.fixtures + "/queue.jsonl"])
    var model = ReplayModel(log: log, resolver: resolver, filter: filter)
    model.size = Size(width: 120, height: 40)
    return model
  }

  /// Plays `keys` through the real loop on a scripted terminal; returns the last frame.
  func play(_ keys: [Key], size: Size) throws -> (ReplayModel, Screen) {
    let device = ScriptedTerminal(size: size, events: keys.map { .key($0) })
    let final = ReplayRunner.run(try model(), on: device)
    return (final, try #require(device.lastFrame))
  }

  @Test func timelineOnAnOverride() throws {
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
      let (model, frame) = try play([.char("j"), .char("j")], size: size)
      #expect(model.selectedPosition == 2)
      expectSnapshot(frame, named: "replay-timeline-\(size.width)x\(size.height)")
    }
  }

  @Test func hostileReviewIsSanitized() throws {
    let (_, frame) = try play([.char(":")] + "6".map { .char($0) } + [.enter], size: Size(width: 120, height: 40))
    let text = frame.lines.joined(separator: "\n")
    #expect(text.contains("If this happens again"))
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{07}"))
    expectSnapshot(frame, named: "replay-hostile-120x40")
  }

  @Test func sessionQueueAndStatsViews() throws {
    let (_, session) = try play([.char("j"), .char("2")], size: Size(width: 120, height: 40))
    expectSnapshot(session, named: "replay-session-120x40")
    let (_, queue) = try play(Array(repeating: .char("j"), count: 6) + [.char("3")], size: Size(width: 80, height: 24))
    #expect(queue.lines.joined().contains("queue as of seq 7: 3 decided, 3 pending"))
    expectSnapshot(queue, named: "replay-queue-80x24")
    let (_, stats) = try play([.char("4")], size: Size(width: 120, height: 40))
    expectSnapshot(stats, named: "replay-stats-120x40")
  }

  @Test func filtersJumpsAndHelp() throws {
    let (overrides, _) = try play([.char("o")], size: Size(width: 80, height: 24))
    #expect(overrides.positions == [2])
    let typed: [Key] = [.char("f")] + "moderator=bo".map { .char($0) } + [.enter]
    let (bo, _) = try play(typed, size: Size(width: 80, height: 24))
    #expect(bo.positions.map { $0 + 1 } == [4, 6, 10])
    let time: [Key] = [.char("t")] + "2026-11-23T10:30:00Z".map { .char($0) } + [.enter]
    let (jumped, _) = try play(time, size: Size(width: 80, height: 24))
    #expect(jumped.selectedPosition == 9)
    let (bad, frame) = try play([.char(":")] + "99".map { .char($0) } + [.enter], size: Size(width: 80, height: 24))
    #expect(bad.status.contains("no seq 99"))
    #expect(frame.lines.joined().contains("no seq 99"))
    let (_, help) = try play([.char("?")], size: Size(width: 80, height: 24))
    expectSnapshot(help, named: "replay-help-80x24")
    let (quit, _) = try play([.char("q"), .char("j")], size: Size(width: 80, height: 24))
    #expect(quit.shouldQuit && quit.selectedPosition == 0)
  }

  /// The fixture log without its line `line` (1-based): a seq gap there. Returns the path
  /// of the copy (in a fresh temporary directory).
  static func fixtureWithout(line: Int) throws -> String {
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixtures + "/audit.jsonl")))
    let newlines = bytes.indices.filter { bytes[$0] == 10 }
    bytes.removeSubrange((newlines[line - 2] + 1)...newlines[line - 1])
    let dir = NSTemporaryDirectory() + "modq-replay-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let path = dir + "/broken.jsonl"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func brokenChainBannerIsAlwaysShown() throws {
    let path = try Self.fixtureWithout(line: 5)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let model = ReplayModel(log: try ReplayLog(path: path))
    for view in ReplayViewKind.allCases {
      var m = model
      m.view = view
      let frame = ReplayView.render(m, size: Size(width: 80, height: 24))
      #expect(frame.lines[1].contains("INTEGRITY FAILURE at line 5"))
    }
    expectSnapshot(ReplayView.render(model, size: Size(width: 80, height: 24)), named: "replay-broken-80x24")
  }

  @Test func noKeyIsBoundTwiceInAContext() {
    for context in ReplayKeyContext.allCases {
      let keys = ReplayKeyTable.bindings.filter { $0.contexts.contains(context) }.flatMap(\.keys)
      #expect(Set(keys).count == keys.count, "duplicate key in \(context)")
    }
  }

  @Test func filterTextRoundTrips() throws {
    let text = "moderator=ana type=override,undo verdict=reject criterion=pii.phone overrides from=2026-11-23T00:00:00Z"
    guard case .success(let filter) = ReplayFilterText.parse(text) else {
      Issue.record("did not parse")
      return
    }
    #expect(filter.moderator == "ana" && filter.types == ["override", "undo"])
    #expect(ReplayFilterText.parse(ReplayFilterText.text(of: filter)) == .success(filter))
    if case .failure(let problem) = ReplayFilterText.parse("colour=red") {
      #expect(problem.message.contains("unknown filter colour"))
    } else {
      Issue.record("colour=red should be refused")
    }
  }
}
