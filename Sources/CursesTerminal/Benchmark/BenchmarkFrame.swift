import TerminalKit

/// A representative queue-like frame for measurements: a header, a list with a selection
/// bar, a boxed wrapped review with highlights, a status line and key hints. Like an app's
/// model, it keeps the wrapped review and re-wraps only when the width changes.
public final class BenchmarkFrame {
  let rows: [StyledText]
  let review: StyledText
  private var wrapped: WrappedText?

  public init(rowCount: Int = 1_000) {
    let samples = [
      "Broke after two days", "日本語のレビュー 星五つ", "Great value, café quality",
      "Fake! Contact seller at evil.example", "Works as described 👍",
    ]
    rows = (0..<rowCount).map { index in
      let verdict = ["publish", "reject", "escalate"][index % 3]
      let text =
        "R-\(10_000 + index) ★\(index % 5 + 1) \(verdict)  \(samples[index % samples.count])"
      return StyledText(SanitizedText(text))
    }
    var body = StyledText(
      SanitizedText(
        String(
          repeating: "This blender is great but the seller asked me to pay outside the site. ",
          count: 12)))
    body.highlight(original: 40..<70, style: .role("highlight.reject"))
    review = body
  }

  /// Renders the frame for `size` with row `selected` highlighted.
  public func render(size: Size, selected: Int) -> Screen {
    var screen = Screen(size: size)
    let bands = Layout.split(screen.bounds, .vertical, [.fixed(1), .fill, .fixed(1), .fixed(1)])
    screen.fill(bands[0], style: .role("chrome.title"))
    screen.put(text: "modq · demo queue", at: Point(row: 0, col: 0), style: .role("chrome.title"))
    let panes = Layout.split(bands[1], .horizontal, [.percent(45), .fill])
    var state = ListState(selected: selected)
    ListView(count: rows.count) { self.rows[$0] }.render(
      into: &screen, rect: panes[0], state: &state)
    let inner = screen.drawBox(panes[1], style: .role("chrome.border"), title: "Review")
    if wrapped?.width != max(1, inner.width) { wrapped = WrappedText(review, width: inner.width) }
    if let wrapped { TextView(wrapped).render(into: &screen, rect: inner, offset: 0) }
    StatusLine(left: SanitizedText("ana · \(selected + 1)/\(rows.count)").asStyled, right: "ok")
      .render(into: &screen, rect: bands[2])
    KeyHints([("a", "accept"), ("r", "reject"), ("e", "escalate"), ("?", "help")])
      .render(into: &screen, rect: bands[3])
    return screen
  }
}

extension SanitizedText {
  fileprivate var asStyled: StyledText { StyledText(self) }
}
