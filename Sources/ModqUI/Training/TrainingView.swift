import ModqCore
import ModqScreening
import TerminalKit

/// Draws a training session with moderation's screen: the case list where the queue list
/// goes, the review pane (`ReviewDocument`, spans highlighted) with the suggestion or the
/// gold answer, the reason picker, the message, status and hint rows. Pure.
public enum TrainingView {
  public static func render(_ model: TrainingModel, size: Size) -> Screen {
    var screen = Screen(size: size)
    let layout = ScreenLayout(size: size)
    guard layout.arrangement != .tooSmall else {
      RootView.renderTooSmall(into: &screen)
      return screen
    }
    TrainingCaseList.render(model, header: layout.listHeader, body: layout.listBody, &screen)
    if !layout.separator.isEmpty {
      screen.fill(layout.separator, style: .role("chrome.border"), with: "│")
    }
    if model.phase == .summary {
      TrainingSummaryView.render(
        model, header: layout.detailHeader, body: layout.detailBody, &screen)
    } else {
      renderCase(model, layout: layout, into: &screen)
    }
    renderBottom(model, layout: layout, into: &screen)
    let area = Rect(row: 0, col: 0, width: size.width, height: max(0, size.height - 3))
    if let picker = model.picker {
      ReasonPickerView(picker: picker, reviewID: model.items[picker.itemIndex].id)
        .render(into: &screen, area: area)
    }
    if let offset = model.helpOffset {
      TrainingHelpOverlay.render(in: area, offset: offset, &screen)
    }
    return screen
  }

  static func renderCase(_ model: TrainingModel, layout: ScreenLayout, into screen: inout Screen) {
    guard let item = model.currentCase else { return }
    let header = layout.detailHeader
    screen.fill(header, style: .role("chrome.title"))
    let title =
      " Case \(model.index + 1)/\(model.set.cases.count): \(item.id) · \(item.difficulty.rawValue)"
    screen.put(
      text: SanitizedText(title), at: Point(row: header.row, col: header.col),
      style: .role("chrome.title", [.bold]), clip: header, overflow: .ellipsis)
    var shown = model.items[model.index]
    let extras: ReviewExtras
    if model.phase == .question {
      if model.options.blind { shown.suggestion = nil }
      extras = ReviewExtras(missing: "Suggestion hidden (--blind): decide unaided with p/r/e")
    } else {
      shown.suggestion = model.gold[model.index]
      extras = TrainingFeedback.extras(model, item)
    }
    let document = ReviewDocument(
      item: shown, info: model.info, width: layout.detailBody.width, extras: extras)
    let offset = min(model.detailOffset, max(0, document.lineCount - layout.detailRows))
    document.render(into: &screen, rect: layout.detailBody, offset: offset)
  }

  static func renderBottom(
    _ model: TrainingModel, layout: ScreenLayout, into screen: inout Screen
  ) {
    screen.fill(layout.message)
    if let status = model.status {
      let style: Style = model.logFailure != nil ? .role("error") : .plain
      screen.put(
        text: SanitizedText(" " + status), at: Point(row: layout.message.row, col: 0),
        style: style, clip: layout.message, overflow: .ellipsis)
    }
    let score = model.score
    let health = model.logFailure == nil ? "log ok (\(model.logEvents))" : "log FAILING"
    let parts = [
      " \(model.options.trainee)", model.info.queueName, model.options.label,
      "case \(min(model.index + 1, model.set.cases.count))/\(model.set.cases.count)",
      "\(score.verdicts.right)/\(score.verdicts.total) right", health,
    ]
    StatusLine(
      left: StyledText(SanitizedText(parts.joined(separator: " · "))),
      right: StyledText(SanitizedText("\(layout.size.width)x\(layout.size.height) "))
    ).render(into: &screen, rect: layout.status)
    KeyHints(TrainingKeyTable.hints(in: model.context)).render(into: &screen, rect: layout.hints)
  }
}

/// The case list: one row per case with ✓ (right), ✗ (missed) or · (not yet), id and tags.
enum TrainingCaseList {
  static func render(
    _ model: TrainingModel, header: Rect, body: Rect, _ screen: inout Screen
  ) {
    screen.fill(header, style: .role("chrome.title"))
    screen.put(
      text: SanitizedText(" Training: \(model.set.name)"),
      at: Point(row: header.row, col: header.col),
      style: .role("chrome.title", [.bold]), clip: header, overflow: .ellipsis)
    screen.fill(body)
    var list = model.list
    list.keepVisible(count: model.set.cases.count, height: max(1, body.height))
    let scores = Dictionary(
      model.score.cases.map { ($0.caseID, $0) }, uniquingKeysWith: { first, _ in first })
    for row in 0..<body.height {
      let index = list.offset + row
      guard index < model.set.cases.count else { break }
      let item = model.set.cases[index]
      let rect = Rect(row: body.row + row, col: body.col, width: body.width, height: 1)
      var mark = "·"
      var style = Style.plain
      if let score = scores[item.id] {
        mark = score.missed ? "✗" : "✓"
        style = score.missed ? .role("error") : .role("ok")
      }
      if index == model.index {
        style = .role("selection")
        screen.fill(rect, style: style)
      }
      let text = " \(mark) \(item.id)  \(item.tags.joined(separator: ","))"
      screen.put(
        text: SanitizedText(text), at: Point(row: rect.row, col: rect.col), style: style,
        clip: rect, overflow: .ellipsis)
    }
  }
}
