import Foundation
import ModqCore
import ModqUI
import TerminalKit
import TerminalKitTesting
import Testing

/// The first frame comes from the verified head of the log while the rest is verified in
/// the background: the frame says it is partial, progress and the whole log come back as
/// messages, and a chain broken further on still ends in the integrity banner.
@Suite struct ReplayLoadingTests {
  static var fixture: String { ReplayViewTests.fixtures + "/audit.jsonl" }

  /// A terminal that plays `script`; `nil` in it means "wait for the background load, then
  /// deliver a tick" (the moment the loop would find the whole log on its next turn).
  final class WaitingTerminal: TerminalDevice {
    let size: Size
    var script: [InputEvent?]
    let loading: ReplayBackgroundLoad
    private(set) var frames: [Screen] = []
    private(set) var timeouts: [Duration?] = []

    init(size: Size, script: [InputEvent?], loading: ReplayBackgroundLoad) {
      self.size = size
      self.script = script
      self.loading = loading
    }

    func present(_ screen: Screen) { frames.append(screen) }

    func nextEvent(timeout: Duration?) -> InputEvent? {
      timeouts.append(timeout)
      guard !script.isEmpty else { return nil }
      guard let event = script.removeFirst() else {
        loading.wait()
        return .tick
      }
      return event
    }
  }

  func partialModel(_ path: String = fixture, headBytes: Int = 1000) throws
    -> (ReplayModel, ReplayLoader)
  {
    let loader = try ReplayLoader(path: path)
    let head = loader.head(bytes: headBytes)
    var model = ReplayModel(log: head, resolver: try ReviewResolver(paths: []))
    model.size = Size(width: 80, height: 24)
    return (model, loader)
  }

  @Test func partialFirstFrameSaysSo() throws {
    let (model, _) = try partialModel()
    #expect(model.isLoading)
    #expect(model.index.count == 3)
    let frame = ReplayView.render(model, size: Size(width: 80, height: 24))
    #expect(frame.lines[0].contains("first 3 events (partial)"))
    #expect(frame.lines[1].contains("verifying chain… "))
    #expect(frame.lines[22].contains("seq 1 · 1/3 shown so far"))
    expectSnapshot(frame, named: "replay-partial-80x24")
  }

  @Test func theWholeLogReplacesTheHeadKeepingTheSelection() throws {
    let (model, loader) = try partialModel()
    let loading = ReplayBackgroundLoad(loader, chunkBytes: 500)
    let device = WaitingTerminal(
      size: Size(width: 80, height: 24), script: [.key(.char("j")), nil, .key(.char("j"))],
      loading: loading)
    let final = ReplayRunner.run(model, on: device, loading: loading)
    #expect(!final.isLoading)
    #expect(final.index.count == 10 && final.positions.count == 10)
    #expect(final.selectedPosition == 2)
    let first = try #require(device.frames.first)
    #expect(first.lines[1].contains("verifying chain… "))
    let last = try #require(device.frames.last)
    #expect(last.lines[1].contains("chain verified: 10 events"))
    #expect(last.lines[0].contains("10 events") && !last.lines[0].contains("partial"))
    #expect(device.timeouts.first == ReplayRunner.pollInterval)
    #expect(device.timeouts.last == .some(nil))
  }

  @Test func progressMovesTheStatusAndASeqWaitsForTheLog() throws {
    var (model, loader) = try partialModel()
    model.jump(to: 8)
    #expect(model.pendingPosition == 8)
    #expect(model.status.contains("seq 9 is not verified yet"))
    model.receive(.progress(bytes: 2000, events: 6))
    #expect(model.integrityText.contains("(6 events so far)"))
    model.receive(.finished(loader.finish()))
    #expect(model.selectedPosition == 8)
    #expect(model.pendingPosition == nil && model.status.isEmpty)
    #expect(model.integrityText.hasPrefix("chain verified: 10 events"))
  }

  @Test func aBreakFoundInTheBackgroundFillsTheBanner() throws {
    let path = try ReplayViewTests.fixtureWithout(line: 8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var (model, loader) = try partialModel(path)
    #expect(model.log.verification.isOK && model.isLoading)
    model.receive(.finished(loader.finish(chunkBytes: 300)))
    #expect(!model.isLoading)
    #expect(model.positions.count == 7)
    let frame = ReplayView.render(model, size: Size(width: 80, height: 24))
    #expect(frame.lines[1].contains("INTEGRITY FAILURE at line 8"))
    #expect(model.integrityText == (try ReplayLog(path: path)).integritySummary)
  }
}
