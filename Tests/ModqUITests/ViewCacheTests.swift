import ModqCore
import TerminalKit
import Testing

@testable import ModqUI

/// A frame drawn with the runner's `ViewCache` must be the frame drawn without it, cell for
/// cell, after every kind of change: moves, scrolls, focus, decisions, undo, a failing log,
/// a filter, a resize.
@Suite("View cache")
struct ViewCacheTests {
  static var items: [QueueItem] {
    let products = ["Daypack", "日本語の商品 ★", "Trail Runner 3 👟", "Café crème"]
    return (0..<60).map { number in
      Fixtures.item(
        "r-\(100 + number)", rating: number % 6, title: "Title \(number)",
        body: "Call me 555-201-7788 about the fit of item \(number).",
        product: products[number % products.count],
        findings: number % 3 == 0 ? [] : number % 3 == 1 ? [Fixtures.phone] : [Fixtures.damaged],
        line: number + 1)
    }
  }

  /// Applies `step` to the model, then checks the cached frame against a fresh one.
  static func expectSameFrames(size: Size, steps: [(inout AppModel) -> Void]) {
    var model = Fixtures.model(items: items, size: size)
    model.startSession()
    let cache = ViewCache()
    for (number, step) in steps.enumerated() {
      step(&model)
      let cached = RootView.render(model, size: model.size, cache: cache)
      let fresh = RootView.render(model, size: model.size)
      #expect(cached == fresh, "step \(number) at \(size)")
    }
  }

  @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func cachedFramesMatchFreshOnes(size: Size) {
    let j: (inout AppModel) -> Void = { $0.press(.char("j")) }
    var steps: [(inout AppModel) -> Void] = [{ _ in }]
    steps += Array(repeating: j, count: 25)
    steps += [
      { $0.press(.pageDown) }, { $0.press(.char("k")) }, { $0.press(.tab) },
      { $0.press(.char("j")) }, { $0.press(.tab) }, { $0.press(.char("G")) },
      { $0.press(.char("g")) },
      { model in
        let effects = model.press(.char("a"))
        model.acknowledge(effects, seq: 2)
      },
      { model in
        let effects = model.press(.char("u"))
        model.acknowledge(effects, seq: 3)
      },
      { model in
        let effects = model.press(.char("a"))
        guard let draft = Fixtures.draft(effects) else { return }
        model.update(.auditFailed(draftID: draft.id, reason: "disk full"))
      },
      { $0.press(.char("j")) }, { $0.press(.char("?")) }, { $0.press(.escape) },
      { $0.update(.resized(Size(width: 100, height: 30))) }, { $0.press(.char("j")) },
      { $0.update(.resized(size)) }, { $0.press(.char("k")) },
    ]
    Self.expectSameFrames(size: size, steps: steps)
  }

  /// The selected row is the cached plain row with its tag restyled: ids with hidden
  /// characters (markers), wide glyphs and ids cut with an ellipsis must still come out as
  /// the row drawn selected from scratch, focused and not.
  @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func selectedRowsOfUnusualIDsMatchFreshOnes(size: Size) {
    let ids = [
      "r-\u{202E}evil", "日本語ID", "r-1\u{200B}2", "a-very-long-review-id-0001", "é-\u{7}bell",
      "r-👍🏽-1", "x",
    ]
    var model = Fixtures.model(
      items: ids.enumerated().map { number, id in
        Fixtures.item(
          id, rating: number % 6, title: "T", body: "Body \(number)", product: "Daypack",
          findings: [], line: number + 1)
      }, size: size)
    model.startSession()
    let cache = ViewCache()
    var steps = 0
    for key in [Key.char("j"), .char("j"), .tab, .char("k"), .tab, .char("j"), .char("j")]
      + Array(repeating: Key.char("j"), count: ids.count)
    {
      let cached = RootView.render(model, size: size, cache: cache)
      #expect(cached == RootView.render(model, size: size), "step \(steps) at \(size)")
      model.press(key)
      steps += 1
    }
  }

  @Test func aChangedSuggestionRedrawsItsRow() {
    let size = Size(width: 120, height: 40)
    var model = Fixtures.model(items: Self.items, size: size)
    let cache = ViewCache()
    _ = RootView.render(model, size: size, cache: cache)
    model.items[1].suggestion = ScreeningResult(
      id: model.items[1].id, verdict: .escalate, findings: [Fixtures.damaged])
    let cached = RootView.render(model, size: size, cache: cache)
    #expect(cached == RootView.render(model, size: size))
    #expect(cached.lines[2].contains("escalate"))
  }
}
