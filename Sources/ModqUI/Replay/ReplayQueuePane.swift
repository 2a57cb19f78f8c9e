import ModqCore
import TerminalKit

/// "The queue as of seq N": decided reviews on the left, pending on the right.
enum ReplayQueuePane {
  static func render(_ model: ReplayModel, _ rect: Rect, _ screen: inout Screen) {
    let seq = model.selectedPosition.map { $0 + 1 } ?? 0
    let ids = model.resolver.flatMap { $0.files.isEmpty ? nil : $0.allIDs }
    let state = ReplayQueueState(model.index, seq: seq, queueIDs: ids)
    var header = "queue as of seq \(state.seq): \(state.decided.count) decided, \(state.pending.count) pending"
    if ids == nil { header += " (no --queue: pending = reviews the log names)" }
    screen.put(
      text: SanitizedText(header), at: Point(row: rect.row, col: rect.col),
      style: .role("chrome.title", [.bold]), clip: rect, overflow: .ellipsis)
    let body = Rect(row: rect.row + 1, col: rect.col, width: rect.width, height: max(0, rect.height - 1))
    let cols = Layout.split(body, .horizontal, [.percent(60), .fixed(1), .fill])
    screen.fill(cols[1], style: .role("chrome.border"), with: "│")
    var decided = ListState()
    decided.select(state.decided.count - 1, count: state.decided.count, height: cols[0].height)
    ListView(count: state.decided.count, focused: false) { k in
      let d = state.decided[k]
      var text = StyledText(SanitizedText("\(d.review)  \(d.verdict.rawValue)  seq \(d.seq)  \(d.moderator)"))
      let start = d.review.unicodeScalars.count + 2
      text.highlight(display: start..<(start + d.verdict.rawValue.count), style: .role("verdict.\(d.verdict.rawValue)"))
      return text
    }.render(into: &screen, rect: cols[0], state: &decided)
    var pending = ListState()
    ListView(count: state.pending.count, focused: false) { k in
      StyledText(SanitizedText(state.pending[k]))
    }.render(into: &screen, rect: cols[2], state: &pending)
  }
}
