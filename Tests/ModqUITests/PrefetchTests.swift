import Foundation
import ModqCore
import TerminalKit
import Testing

@testable import ModqUI

/// Screening and layout ahead of the cursor, and items that decode their review on demand.
@Suite("Prefetch and on-demand items")
struct PrefetchTests {
  static let size = Size(width: 120, height: 40)

  static func unscreenedModel() -> AppModel {
    Fixtures.model(items: Fixtures.items.map { QueueItem(entry: $0.entry) }, size: size)
  }

  @Test func unscreenedSelectionShowsAPlaceholderAndIsWishedFirst() {
    var model = Self.unscreenedModel()
    model.press(.char("j"))
    let text = RootView.render(model, size: Self.size).lines.joined(separator: "\n")
    #expect(text.contains("Suggestion: screening…"))
    #expect(model.isAwaitingPrepared)
    let wishes = model.prefetchWishes()
    #expect(wishes.first?.index == 1)
    #expect(wishes.map(\.index).sorted() == [0, 1, 2, 3])
    #expect(wishes.allSatisfy { $0.width == model.layout.detailBody.width })
  }

  @Test func preparedPaneIsUsedAndDrawsLikeOneLaidOutNow() throws {
    var model = Self.unscreenedModel()
    let screened = Fixtures.items[0]
    let suggestion = try #require(screened.suggestion)
    let width = model.layout.detailBody.width
    let pane = PreparedPane(
      index: 0, id: "r-1", suggestion: suggestion, width: width,
      document: ReviewDocument(item: screened, info: Fixtures.info, width: width),
      height: model.layout.detailBody.height)
    model.update(.prepared(pane))
    #expect(model.items[0].suggestion == suggestion)
    #expect(!model.isAwaitingPrepared)
    #expect(model.prefetchWishes().map(\.index) == [1, 2, 3])
    let drawn = RootView.render(model, size: Self.size)
    let items = [screened] + Fixtures.items.dropFirst().map { QueueItem(entry: $0.entry) }
    let fresh = Fixtures.model(items: items, size: Self.size)
    #expect(drawn.lines == RootView.render(fresh, size: Self.size).lines)
  }

  @Test func panePictureDrawsExactlyLikeTheDocument() throws {
    var model = Self.unscreenedModel()
    model.press(.char("j"))
    let body = model.layout.detailBody
    let pane = Prefetcher.layout(
      Fixtures.items[1], index: 1, info: Fixtures.info, width: body.width, height: body.height)
    #expect(pane.picture != nil)
    model.update(.prepared(pane))
    #expect(model.preparedPicture(for: 1) != nil)
    let items = Fixtures.items.enumerated().map { position, item in
      position == 1 ? item : QueueItem(entry: item.entry)
    }
    var fresh = Fixtures.model(items: items, size: Self.size)
    fresh.press(.char("j"))
    #expect(fresh.preparedPicture(for: 1) == nil)
    let drawn = RootView.render(model, size: Self.size)
    let expected = RootView.render(fresh, size: Self.size)
    #expect(drawn.lines == expected.lines)
    #expect(drawn.styleRuns == expected.styleRuns)
    model.detailOffset = 1
    #expect(model.preparedPicture(for: 1) == nil, "scrolled: drawn from the document")
  }

  @Test func paneForAnotherItemOrWidthIsIgnored() throws {
    var model = Self.unscreenedModel()
    let suggestion = try #require(Fixtures.items[1].suggestion)
    let stale = PreparedPane(
      index: 0, id: "r-2", suggestion: suggestion, width: 50,
      document: ReviewDocument(item: Fixtures.items[1], info: Fixtures.info, width: 50))
    model.update(.prepared(stale))
    #expect(model.items[0].suggestion == nil)
    #expect(model.prepared.isEmpty)
  }

  @Test func readAllKeepsCompactItemsThatDecodeOnDemand() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("modq-prefetch-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
      .path
    defer { unlink(path) }
    let lines = [
      #"{"id":"a","rating":2,"body":"first body","product":{"name":"Kettle"}}"#,
      #"{"id":"b","rating":5,"body":"second body","product":{"id":"SKU-9"}}"#,
      #"{"id":"a","rating":1,"body":"duplicate id"}"#,
      #"{"id":"c","rating":9}"#,
      "",
      #"{"id":"d","rating":3,"title":"t","body":"x\u001b]0;t\u0007"}"#,
    ]
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    let queue = try QueueFile(path: path)
    let message = SessionOpener.readAll(queue: queue, state: AuditState(), mailbox: nil)
    guard case .queueLoaded(let items, let decided, let skipped, _) = message else {
      Issue.record("not a queueLoaded message")
      return
    }
    #expect(items.map(\.id) == ["a", "b", "d"])
    #expect(items.map(\.line) == [1, 2, 6])
    #expect(items.map(\.productName) == ["Kettle", "SKU-9", ""])
    #expect(items.allSatisfy { $0.isOnDemand })
    #expect(decided == [false, false, false])
    #expect(skipped == 2)
    #expect(items[1].review.body == "second body")
    #expect(items[2].review.body == "x\u{1B}]0;t\u{07}")
    #expect(items[0].entry.lineSHA256.count == 64)
  }
}
