import ModqCore
import TerminalKit
import Testing

@testable import ModqUI

@Suite("Update: movement, search, filter, focus")
struct UpdateNavigationTests {
  @Test func movementKeysClampToTheList() {
    var model = Fixtures.model()
    model.press(.char("G"))
    #expect(model.selectedItem?.id == "r-4")
    model.press(.char("j"), .down)
    #expect(model.selectedItem?.id == "r-4")
    model.press(.char("g"))
    #expect(model.selectedItem?.id == "r-1")
    model.press(.pageDown)
    #expect(model.selectedItem?.id == "r-4")
    model.press(.up, .char("k"))
    #expect(model.selectedItem?.id == "r-2")
  }

  @Test func searchNarrowsTheListCaseInsensitively() {
    var model = Fixtures.model()
    model.press(.char("/"))
    #expect(model.context == .search)
    model.type("STRAP")
    model.press(.enter)
    #expect(model.visibleIDs == ["r-1", "r-4"])
    #expect(model.filter.query == "STRAP")
    model.press(.escape)
    #expect(model.visibleIDs == ["r-1", "r-2", "r-3", "r-4"])
  }

  @Test func searchWithNoMatchShowsAnEmptyList() {
    var model = Fixtures.model()
    model.press(.char("/"))
    model.type("zzz")
    model.press(.enter)
    #expect(model.visible.isEmpty)
    #expect(model.press(.char("a")).isEmpty)
    #expect(model.status?.text == "no review selected")
  }

  @Test func filterByVerdictAndByCriterion() throws {
    var model = Fixtures.model()
    model.press(.char("f"))
    guard case .filter(let picker) = model.topOverlay else {
      Issue.record("no filter list")
      return
    }
    #expect(
      picker.options.map(\.label) == [
        "all pending reviews", "suggested publish", "suggested reject", "suggested escalate",
        "pii.phone", "escalate.damaged",
      ])
    #expect(picker.options.map(\.count) == [4, 2, 1, 1, 1, 1])
    model.press(.char("j"), .char("j"), .enter)
    #expect(model.visibleIDs == ["r-2"])
    model.press(.char("f"), .char("G"))  // G is not bound in the filter list: nothing moves
    model.press(.down, .down, .down, .enter)
    #expect(model.visibleIDs == ["r-3"])
    #expect(model.filter.kind == .criterion("escalate.damaged"))
  }

  @Test func tabFocusesTheReviewAndJScrollsIt() {
    let long = Fixtures.item(
      "r-9", body: String(repeating: "This pack has a very long review text. ", count: 60))
    var model = Fixtures.model(items: [long] + Fixtures.items)
    model.press(.tab)
    #expect(model.focus == .detail)
    model.press(.char("j"), .char("j"))
    #expect(model.detailOffset == 2)
    #expect(model.selectedItem?.id == "r-9")
    model.press(.char("G"))
    #expect(model.detailOffset == model.maxDetailOffset)
    #expect(model.detailOffset > 2)
    model.press(.tab, .char("j"))
    #expect(model.selectedItem?.id == "r-1")
    #expect(model.detailOffset == 0)
  }

  @Test func clickSelectsARow() {
    var model = Fixtures.model()
    let body = model.layout.listBody
    model.update(.mouseClicked(Point(row: body.row + 2, col: 3)))
    #expect(model.selectedItem?.id == "r-3")
    model.update(.mouseClicked(Point(row: body.row + 20, col: 3)))
    #expect(model.selectedItem?.id == "r-3")
    model.update(.mouseClicked(Point(row: 5, col: model.layout.detailBody.col + 2)))
    #expect(model.focus == .detail)
  }

  @Test func resizeKeepsTheSelectionVisible() {
    var items: [QueueItem] = []
    for n in 0..<60 {
      items.append(Fixtures.item("r-\(n)", body: "Fine pack number \(n).", line: n + 1))
    }
    var model = Fixtures.model(items: items)
    model.press(.char("G"))
    model.update(.resized(Size(width: 80, height: 24)))
    #expect(model.list.selected == 59)
    #expect(model.list.offset + model.layout.listRows > 59)
    #expect(model.layout.arrangement == .stacked)
  }

  @Test func helpOpensAndCloses() {
    var model = Fixtures.model()
    model.press(.char("?"))
    #expect(model.context == .help)
    model.press(.char("j"))
    #expect(model.topOverlay == .help(offset: 1))
    model.press(.char("q"))
    #expect(model.overlays.isEmpty)
    #expect(!model.shouldQuit)
  }

  @Test func backgroundLoadKeepsSessionState() {
    let all = Fixtures.items
    var model = Fixtures.model(items: Array(all.prefix(2)))
    model.startSession()
    model.acknowledge(model.press(.char("a")), seq: 2)
    let unscreened = all.map { QueueItem(entry: $0.entry) }
    model.update(.queueLoaded(unscreened, decided: [false, false, false, true], diagnostics: 0))
    #expect(model.items.count == 4)
    #expect(model.visibleIDs == ["r-2", "r-3"])
    #expect(model.items[1].suggestion != nil)
    #expect(model.items[2].suggestion == nil)
    model.update(.screened(all.compactMap(\.suggestion)))
    #expect(model.items[2].suggestion?.verdict == .escalate)
    #expect(model.screening == .done)
  }

  @Test func textSearchFoldsASCIIOnly() throws {
    let search = try #require(TextSearch("Café"))
    #expect(search.matches("un CAFé noir"))
    #expect(!search.matches("un CAFÉ noir"))
    #expect(!search.matches("caf"))
    #expect(TextSearch("") == nil)
  }
}

@Suite("Key table")
struct KeyTableTests {
  @Test func noKeyIsBoundTwiceInOneContext() {
    for context in KeyContext.allCases {
      var seen: [Key: Action] = [:]
      for binding in KeyTable.bindings(in: context) {
        for key in binding.keys {
          #expect(seen[key] == nil, "\(key) bound twice in \(context)")
          seen[key] = binding.action
        }
      }
    }
  }

  @Test func everyContextCanBeLeft() {
    for context in KeyContext.allCases {
      let actions = Set(KeyTable.bindings(in: context).map(\.action))
      #expect(!actions.isDisjoint(with: [.quit, .closeOverlay, .no]), "\(context) traps the user")
    }
  }

  @Test func hintsShowOnlyWhatAppliesNow() {
    var model = Fixtures.model()
    model.startSession()
    let labels = StatusBarView(model: model).hints.map(\.label)
    #expect(labels.contains("accept"))
    #expect(!labels.contains("undo"))
    #expect(!labels.contains("clear filter"))
    model.acknowledge(model.press(.char("a")), seq: 2)
    #expect(StatusBarView(model: model).hints.map(\.label).contains("undo"))
  }
}
