import TerminalKit
import Testing

@Suite struct ScreenTests {
  @Test func putWritesTextAndReturnsWidth() {
    var screen = Screen(size: Size(width: 10, height: 2))
    let used = screen.put(text: "café 日本", at: Point(row: 0, col: 0))
    #expect(used == 9)
    #expect(screen.lines == ["café 日本 ", "          "])
    #expect(screen[0, 5].width == 2)
    #expect(screen[0, 6].isContinuation)
  }

  @Test func clippingNeverSplitsAWideGlyph() {
    var screen = Screen(size: Size(width: 6, height: 1))
    let clip = Rect(row: 0, col: 0, width: 4, height: 1)
    let used = screen.put(text: "a日本", at: Point(row: 0, col: 0), clip: clip)
    #expect(used == 3)
    #expect(screen.lines == ["a日   "])
    var edge = Screen(size: Size(width: 3, height: 1))
    edge.put(text: "ab日", at: Point(row: 0, col: 0))
    #expect(edge.lines == ["ab "])
    #expect(!edge[0, 2].isContinuation)
  }

  @Test func leftClipBlanksAGlyphCutByTheEdge() {
    var screen = Screen(size: Size(width: 6, height: 1))
    let clip = Rect(row: 0, col: 2, width: 4, height: 1)
    screen.put(text: "a日本x", at: Point(row: 0, col: 0), clip: clip)
    #expect(screen.lines == ["   本x"])
  }

  @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
    var screen = Screen(size: Size(width: 4, height: 1))
    screen.put(text: "日本", at: Point(row: 0, col: 0))
    screen.put(text: "x", at: Point(row: 0, col: 1))
    #expect(screen.lines == [" x本"])
    screen.put(text: "y", at: Point(row: 0, col: 2))
    #expect(screen.lines == [" xy "])
    #expect(screen.cells.allSatisfy { !$0.isContinuation })
  }

  @Test func ellipsisMarksCutText() {
    var screen = Screen(size: Size(width: 8, height: 1))
    screen.put(text: "Broken after two days", at: Point(row: 0, col: 0), overflow: .ellipsis)
    #expect(screen.lines == ["Broken …"])
    var fits = Screen(size: Size(width: 8, height: 1))
    fits.put(text: "Short", at: Point(row: 0, col: 0), overflow: .ellipsis)
    #expect(fits.lines == ["Short   "])
  }

  @Test func boxWithTitle() {
    var screen = Screen(size: Size(width: 12, height: 4))
    let inner = screen.drawBox(screen.bounds, style: .role("chrome.border"), title: "Help")
    #expect(inner == Rect(row: 1, col: 1, width: 10, height: 2))
    #expect(
      screen.lines == [
        "┌ Help ────┐",
        "│          │",
        "│          │",
        "└──────────┘",
      ])
  }

  @Test func snapshotTextFramesRowsAndListsStyleRuns() {
    var screen = Screen(size: Size(width: 6, height: 2))
    screen.fill(Rect(row: 0, col: 0, width: 6, height: 1), style: .role("selection", [.bold]))
    screen.put(text: "ab", at: Point(row: 1, col: 2), style: Style(attributes: [.underline]))
    #expect(
      screen.snapshotText() == """
        size 6x2
        |      |
        |  ab  |
        --- styles
        r0 c0-5 selection bold
        r1 c2-3 - underline

        """)
  }

  @Test func markersAreStyledAndSpansOverlay() {
    var screen = Screen(size: Size(width: 12, height: 1))
    var text = StyledText(SanitizedText("bad\u{7}word"))
    text.highlight(original: 4..<8, style: .role("highlight.reject"))
    screen.put(text: text, at: Point(row: 0, col: 0))
    #expect(screen.lines == ["bad␇word    "])
    #expect(screen.styleRuns == ["r0 c3-3 marker", "r0 c4-7 highlight.reject"])
  }

  @Test func changedRowsFindsOnlyEditedRows() {
    var before = Screen(size: Size(width: 4, height: 3))
    before.put(text: "a", at: Point(row: 0, col: 0))
    var after = before
    #expect(after.changedRows(since: before).isEmpty)
    after.put(text: "b", at: Point(row: 2, col: 1))
    #expect(after.changedRows(since: before) == [2])
    let resized = Screen(size: Size(width: 5, height: 2))
    #expect(resized.changedRows(since: before) == [0, 1])
  }
}
