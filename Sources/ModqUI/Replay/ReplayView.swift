import ModqCore
import TerminalKit

/// Draws replay: a pure function of the model and the size.
public enum ReplayView {
  public static func render(_ model: ReplayModel, size: Size) -> Screen {
    var screen = Screen(size: size)
    guard size.width >= 60, size.height >= 16 else {
      screen.put(text: "terminal too small for replay (60x16)", at: Point(row: 0, col: 0))
      return screen
    }
    var model = model
    model.size = size
    let layout = ReplayLayout(size: size)
    drawTitle(model, layout.title, &screen)
    drawBanner(model, layout.banner, &screen)
    switch model.view {
    case .timeline, .session:
      ReplayTimelinePane.render(model, layout, &screen)
    case .queue: ReplayQueuePane.render(model, layout.body, &screen)
    case .stats: ReplayStatsPane.render(model, layout.body, &screen)
    }
    drawStatus(model, layout.status, &screen)
    drawHints(model, layout.hints, &screen)
    if model.showHelp { ReplayHelpOverlay.render(in: layout.body, &screen) }
    return screen
  }

  static func drawTitle(_ model: ReplayModel, _ rect: Rect, _ screen: inout Screen) {
    let style = Style.role("chrome.title", [.bold])
    screen.fill(rect, style: style)
    let file = model.log.path.split(separator: "/").last.map(String.init) ?? model.log.path
    let events = model.isLoading
      ? "first \(model.index.count) events (partial)" : "\(model.index.count) events"
    let text = "modq replay · \(file) · \(events) · \(model.view.title)"
      + " · \(model.filter.summary)"
    screen.put(text: SanitizedText(text), at: Point(row: rect.row, col: rect.col), style: style, clip: rect, overflow: .ellipsis)
  }

  static func drawBanner(_ model: ReplayModel, _ rect: Rect, _ screen: inout Screen) {
    let ok = model.log.verification.isOK
    var style = Style.role("ok")
    var mark = "✓ "
    if !ok {
      style = .role("error", [.bold, .reverse])
      mark = "✗ "
    } else if model.isLoading {
      style = .role("warning", [.bold])
      mark = "… "
    }
    screen.fill(rect, style: style)
    let text = mark + model.integrityText
    screen.put(text: SanitizedText(text), at: Point(row: rect.row, col: rect.col), style: style, clip: rect, overflow: .ellipsis)
  }

  static func drawStatus(_ model: ReplayModel, _ rect: Rect, _ screen: inout Screen) {
    let style = Style.role("chrome.status")
    screen.fill(rect, style: style)
    var left: String
    if let prompt = model.prompt {
      left = prompt.kind.label + prompt.editor.text + "▏"
    } else if let i = model.selectedPosition {
      left = "seq \(model.index.seq(i)) · \(model.list.selected + 1)/\(model.positions.count) shown"
        + (model.isLoading ? " so far" : "")
      if !model.status.isEmpty { left += " · " + model.status }
    } else {
      left = model.status.isEmpty ? "no events" : model.status
    }
    let right = "\(model.size.width)x\(model.size.height)"
    let point = Point(row: rect.row, col: rect.col)
    screen.put(text: SanitizedText(left), at: point, style: style, clip: rect, overflow: .ellipsis)
    let col = rect.right - right.count
    if col > rect.col + left.count {
      screen.put(text: SanitizedText(right), at: Point(row: rect.row, col: col), style: style, clip: rect)
    }
  }

  static func drawHints(_ model: ReplayModel, _ rect: Rect, _ screen: inout Screen) {
    KeyHints(ReplayKeyTable.hints(in: model.keyContext)).render(into: &screen, rect: rect)
  }
}
