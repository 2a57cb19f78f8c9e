import TerminalKit

/// Draws the whole frame for a model: pure, the same model and size give the same screen.
public enum RootView {
  /// The frame for `model` at `size`. With a `cache` (kept by the runner between frames),
  /// list rows and bars drawn before are copied, not drawn again; the frame is the same.
  public static func render(_ model: AppModel, size: Size, cache: ViewCache? = nil) -> Screen {
    var screen = Screen(size: size)
    let layout = ScreenLayout(size: size)
    guard layout.arrangement != .tooSmall else {
      renderTooSmall(into: &screen)
      return screen
    }
    QueueListView(model: model, cache: cache).render(
      into: &screen, header: layout.listHeader, body: layout.listBody)
    if !layout.separator.isEmpty {
      screen.fill(layout.separator, style: .role("chrome.border"), with: "│")
    }
    renderDetail(model, layout: layout, into: &screen)
    StatusBarView(model: model, cache: cache).render(into: &screen, layout: layout)
    let area = Rect(row: 0, col: 0, width: size.width, height: max(0, size.height - 3))
    for overlay in model.overlays {
      renderOverlay(overlay, model: model, area: area, into: &screen)
    }
    return screen
  }

  static func renderDetail(_ model: AppModel, layout: ScreenLayout, into screen: inout Screen) {
    let header = layout.detailHeader
    let focused = model.focus == .detail
    screen.fill(header, style: .role("chrome.title"))
    guard let index = model.selectedItemIndex else {
      screen.fill(layout.detailBody)
      return
    }
    let item = model.items[index]
    let document = model.reviewDocument(for: index)
    var title = SanitizedText(" Review \(item.id)")
    if focused { title = title + SanitizedText(" (j/k scroll)") }
    let used = screen.put(
      text: title, at: Point(row: header.row, col: header.col),
      style: .role("chrome.title", focused ? [.bold] : []), clip: header, overflow: .ellipsis)
    if document.hiddenCount > 0 {
      let badge = SanitizedText(" ⚠ \(document.hiddenCount) hidden characters ")
      let col = max(header.col + used + 1, header.right - badge.width)
      screen.put(
        text: badge, at: Point(row: header.row, col: col), style: .role("badge.hidden"),
        clip: header)
    }
    if let picture = model.preparedPicture(for: index) {
      screen.draw(picture, at: Point(row: layout.detailBody.row, col: layout.detailBody.col))
    } else {
      document.render(into: &screen, rect: layout.detailBody, offset: model.detailOffset)
    }
  }

  static func renderOverlay(
    _ overlay: Panel, model: AppModel, area: Rect, into screen: inout Screen
  ) {
    switch overlay {
    case .help(let offset):
      HelpContent.render(into: &screen, area: area, offset: offset)
    case .reason(let picker):
      ReasonPickerView(picker: picker, reviewID: model.items[picker.itemIndex].id)
        .render(into: &screen, area: area)
    case .note(let draft):
      PromptViews.renderNote(
        draft, reviewID: model.items[draft.itemIndex].id, into: &screen, area: area)
    case .filter(let picker):
      PromptViews.renderFilter(picker, into: &screen, area: area)
    case .confirmDiscard(let thenQuit):
      PromptViews.renderConfirm(thenQuit: thenQuit, into: &screen, area: area)
    case .search:
      break  // drawn in the message row
    }
  }

  static func renderTooSmall(into screen: inout Screen) {
    let size = screen.size
    let lines = [
      "Terminal too small: \(size.width)x\(size.height)",
      "modq needs at least \(ScreenLayout.minimum.width)x\(ScreenLayout.minimum.height)",
    ]
    for (index, line) in lines.enumerated() {
      let text = SanitizedText(line)
      let row = size.height / 2 - 1 + index
      let col = max(0, (size.width - text.width) / 2)
      screen.put(text: text, at: Point(row: row, col: col), style: .role("warning"))
    }
  }
}
