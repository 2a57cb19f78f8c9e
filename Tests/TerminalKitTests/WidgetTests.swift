import TerminalKit
import Testing

@Suite struct WidgetTests {
  @Test func listStateKeepsSelectionVisible() {
    var state = ListState()
    state.move(by: 5, count: 10, height: 3)
    #expect(state == ListState(selected: 5, offset: 3))
    state.move(by: -4, count: 10, height: 3)
    #expect(state == ListState(selected: 1, offset: 1))
    state.select(99, count: 10, height: 3)
    #expect(state == ListState(selected: 9, offset: 7))
    state.keepVisible(count: 4, height: 3)
    #expect(state == ListState(selected: 3, offset: 1))
    state.keepVisible(count: 0, height: 3)
    #expect(state == ListState(selected: 0, offset: 0))
  }

  @Test func listStateScrollsByTheJumpWhenTheSelectionLeaves() {
    var state = ListState()
    for _ in 0..<10 { state.move(by: 1, count: 100, height: 10, jump: 5) }
    // Row 10 left the page: the list scrolled by 5, the selection is mid-page.
    #expect(state == ListState(selected: 10, offset: 5))
    for _ in 0..<4 { state.move(by: 1, count: 100, height: 10, jump: 5) }
    #expect(state.offset == 5)
    state.move(by: -10, count: 100, height: 10, jump: 5)
    #expect(state == ListState(selected: 4, offset: 0))
    state.select(99, count: 100, height: 10, jump: 5)
    #expect(state == ListState(selected: 99, offset: 90))
    var plain = ListState()
    for _ in 0..<10 { plain.move(by: 1, count: 100, height: 10) }
    #expect(plain == ListState(selected: 10, offset: 1))
  }

  @Test func changedColumnsCoverTheChangeAndWholeWideGlyphs() {
    var old = Screen(size: Size(width: 10, height: 2))
    old.put(text: "abcdef", at: Point(row: 0, col: 0))
    var new = old
    #expect(new.changedColumns(row: 0, since: old) == nil)
    new.put(text: "X", at: Point(row: 0, col: 2))
    new.put(text: "Y", at: Point(row: 0, col: 4))
    #expect(new.changedColumns(row: 0, since: old) == 2..<5)
    #expect(new.changedColumns(row: 1, since: old) == nil)
    var wide = old
    wide.put(text: "日", at: Point(row: 0, col: 6))
    #expect(wide.changedColumns(row: 0, since: old) == 6..<8)
    let narrowed = old
    #expect(narrowed.changedColumns(row: 0, since: wide) == 6..<8)
    #expect(old.changedColumns(row: 0, since: Screen(size: Size(width: 9, height: 2))) == 0..<10)
  }

  @Test func drawCopiesAScreenAndRepairsWideGlyphsAtTheEdges() {
    var target = Screen(size: Size(width: 6, height: 2))
    target.put(text: "日本語", at: Point(row: 0, col: 0))
    var pane = Screen(size: Size(width: 2, height: 1))
    pane.put(text: "ab", at: Point(row: 0, col: 0), style: .role("dim"))
    target.draw(pane, at: Point(row: 0, col: 1))
    #expect(target.lines == [" ab 語", "      "])
    #expect(target.styleRuns == ["r0 c1-2 dim"])
    target.draw(pane, at: Point(row: 1, col: 5))
    #expect(target.lines[1] == "     a")
  }

  @Test func listViewDrawsOnlyVisibleRowsWithSelectionBar() {
    var asked: [Int] = []
    let list = ListView(count: 1_000_000) { index in
      asked.append(index)
      return StyledText(SanitizedText("R-\(index)"))
    }
    var screen = Screen(size: Size(width: 8, height: 3))
    var state = ListState(selected: 500_000, offset: 0)
    list.render(into: &screen, rect: screen.bounds, state: &state)
    #expect(screen.lines == ["R-499998", "R-499999", "R-500000"])
    #expect(screen.styleRuns == ["r2 c0-7 selection"])
    #expect(asked == [499_998, 499_999, 500_000])
    #expect(list.rowIndex(at: Point(row: 1, col: 3), rect: screen.bounds, state: state) == 499_999)
  }

  @Test func textViewScrollsWithIndicators() {
    let wrapped = WrappedText(StyledText(SanitizedText("one two three four five six")), width: 6)
    let view = TextView(wrapped)
    var screen = Screen(size: Size(width: 6, height: 2))
    view.render(into: &screen, rect: screen.bounds, offset: 1)
    #expect(screen.lines == ["two  ↑", "three↓"])
    #expect(view.maxOffset(height: 2) == 4)
    #expect(view.clamp(99, height: 2) == 4)
  }

  @Test func statusLineAndKeyHints() {
    var screen = Screen(size: Size(width: 30, height: 2))
    StatusLine(left: "moderator: ana · queue 2026-11-23", right: "12/240")
      .render(into: &screen, rect: Rect(row: 0, col: 0, width: 30, height: 1))
    KeyHints([("a", "accept"), ("r", "reject"), ("e", "escalate"), ("?", "help")])
      .render(into: &screen, rect: Rect(row: 1, col: 0, width: 30, height: 1))
    #expect(screen.lines == ["moderator: ana · queue… 12/240", "a accept  r reject  e escalate"])
    #expect(screen.styleRuns.first == "r0 c0-29 chrome.status")
    #expect(screen.styleRuns.contains("r1 c0-0 chrome.hint bold"))
  }

  @Test func overlayIsCentredAndFramed() {
    var screen = Screen(size: Size(width: 10, height: 5), fill: Cell("x"))
    let inner = Overlay(title: "Hi", size: Size(width: 6, height: 3))
      .render(into: &screen, in: screen.bounds)
    #expect(inner == Rect(row: 2, col: 3, width: 4, height: 1))
    #expect(screen.lines == ["xxxxxxxxxx", "xx┌ Hi ┐xx", "xx│    │xx", "xx└────┘xx", "xxxxxxxxxx"])
  }

  @Test func chartsScaleToTheLargestValue() {
    #expect(Sparkline([0, 1, 2, 4, 8]).glyphs(width: 5) == " ▂▃▅█")
    #expect(Sparkline([1, 2, 3]).glyphs(width: 2) == "▆█")
    #expect(BarChart.barGlyphs(value: 5, maximum: 10, width: 4) == "██")
    #expect(BarChart.barGlyphs(value: 1, maximum: 8, width: 1) == "▏")
    var screen = Screen(size: Size(width: 24, height: 2))
    BarChart([.init(label: "publish", value: 30), .init(label: "reject", value: 15)])
      .render(into: &screen, rect: screen.bounds)
    #expect(screen.lines == ["publish █████████████ 30", "reject  ██████▌ 15      "])
    var narrow = Screen(size: Size(width: 20, height: 1))
    BarChart([.init(label: "publish", value: 30)]).render(into: &narrow, rect: narrow.bounds)
    #expect(narrow.lines == ["publi… ██████████ 30"])
  }
}
