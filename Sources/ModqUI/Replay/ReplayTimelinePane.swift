import ModqCore
import TerminalKit

/// The timeline (or one moderator's session) on one side, the selected event's detail on
/// the other.
enum ReplayTimelinePane {
  static func render(_ model: ReplayModel, _ layout: ReplayLayout, _ screen: inout Screen) {
    let describer = ReplayDescriber(model.index)
    var state = model.list
    if model.view == .session {
      renderSession(model, layout.list, &screen)
    } else {
      let positions = model.positions
      ListView(count: positions.count) { row in
        StyledText(SanitizedText(describer.row(positions[row], compact: true)))
      }.render(into: &screen, rect: layout.list, state: &state)
    }
    let sep = layout.separator
    screen.fill(sep, style: .role("chrome.border"), with: sep.width == 1 ? "│" : "─")
    guard let i = model.selectedPosition else { return }
    renderDetail(model, i, layout.detail, &screen)
  }

  static func renderDetail(_ model: ReplayModel, _ i: Int, _ rect: Rect, _ screen: inout Screen) {
    let event = model.log.event(at: i)
    var resolved: ResolvedReview?
    if model.index.kind(i).isDecision, let event, let review = event.review, let resolver = model.resolver {
      resolved = resolver.resolve(
        review: review, queue: event["queue"]?.stringValue,
        sha256: event["review_sha256"]?.stringValue)
    }
    let lines = ReplayDescriber(model.index).detail(i, event: event, resolved: resolved)
    var wrapped: [(text: WrappedText, line: Int, style: Style)] = []
    for line in lines {
      let text = WrappedText(StyledText(SanitizedText(line.text)), width: max(1, rect.width))
      for k in text.lines.indices { wrapped.append((text, k, style(line.tone))) }
    }
    let start = min(model.detailScroll, max(0, wrapped.count - rect.height))
    for (row, item) in wrapped.dropFirst(start).prefix(rect.height).enumerated() {
      screen.put(
        segment: item.text.segment(item.line), scalarOffset: item.text.lines[item.line].scalarOffset,
        of: item.text.text, at: Point(row: rect.row + row, col: rect.col), style: item.style,
        clip: rect)
    }
  }

  static func renderSession(_ model: ReplayModel, _ rect: Rect, _ screen: inout Screen) {
    guard let i = model.selectedPosition,
      let session = ReplaySession.session(containing: i, in: model.index)
    else {
      screen.put(text: "no session", at: Point(row: rect.row, col: rect.col), clip: rect)
      return
    }
    let index = model.index
    let describer = ReplayDescriber(index)
    let header = "session of \(index.moderator(i)): \(session.decisionCount(index)) decisions in "
      + ReplayTime.duration(milliseconds: session.duration(index))
      + (session.ended
        ? "" : model.isLoading ? " (not ended in the events verified so far)" : " (not ended)")
    screen.put(
      text: SanitizedText(header), at: Point(row: rect.row, col: rect.col),
      style: .role("chrome.title"), clip: rect, overflow: .ellipsis)
    let body = Rect(row: rect.row + 1, col: rect.col, width: rect.width, height: max(0, rect.height - 1))
    var state = ListState()
    state.select(session.positions.firstIndex(of: i) ?? 0, count: session.positions.count, height: body.height)
    ListView(count: session.positions.count) { k in
      let gap = session.gap(before: k, index).map { "+" + ReplayTime.duration(milliseconds: $0) } ?? ""
      let pad = String(repeating: " ", count: max(0, 8 - gap.count))
      return StyledText(SanitizedText(pad + gap + " " + describer.row(session.positions[k], compact: true)))
    }.render(into: &screen, rect: body, state: &state)
  }

  static func style(_ tone: ReplayDetailLine.Tone) -> Style {
    switch tone {
    case .heading: .role("chrome.title", [.bold])
    case .field: .plain
    case .warning: .role("warning", [.bold])
    case .verified: .role("ok")
    case .reviewText: .plain
    case .note: .role("dim")
    }
  }
}
