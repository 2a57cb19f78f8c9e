import TerminalKit
import TerminalKitTesting
import Testing

/// A whole frame composed from the widgets, compared with a golden file.
@Suite struct FrameSnapshotTests {
  @Test func composedFrame() {
    var screen = Screen(size: Size(width: 40, height: 10))
    let rows = Layout.split(screen.bounds, .vertical, [.fixed(1), .fill, .fixed(1), .fixed(1)])
    screen.put(text: "modq · queue", at: Point(row: 0, col: 0), style: .role("chrome.title"))
    let columns = Layout.split(rows[1], .horizontal, [.percent(40), .fill])
    var state = ListState(selected: 1)
    let items = ["R-1 ★5 日本語", "R-2 ★1 spam\u{1B}[2J", "R-3 ★3 ok"]
    ListView(count: items.count) { StyledText(SanitizedText(items[$0])) }
      .render(into: &screen, rect: columns[0], state: &state)
    var body = StyledText(SanitizedText("Buy cheap watches at evil\u{202E}moc.example now"))
    body.highlight(original: 4..<17, style: .role("highlight.reject"))
    let inner = screen.drawBox(columns[1], style: .role("chrome.border"), title: "Review")
    TextView(WrappedText(body, width: inner.width)).render(into: &screen, rect: inner, offset: 0)
    StatusLine(left: "ana · 1/3", right: "⚠ 1 hidden").render(into: &screen, rect: rows[2])
    KeyHints([("a", "accept"), ("r", "reject"), ("?", "help")]).render(into: &screen, rect: rows[3])
    expectSnapshot(screen, named: "composedFrame")
  }
}
