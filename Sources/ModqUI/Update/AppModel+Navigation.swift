extension AppModel {
  mutating func move(_ action: Action) {
    switch topOverlay {
    case .reason(var picker):
      picker.list.move(by: action == .moveUp ? -1 : 1, count: picker.options.count, height: 1000)
      overlays[overlays.count - 1] = .reason(picker)
      return
    case .filter(var picker):
      picker.list.move(by: action == .moveUp ? -1 : 1, count: picker.options.count, height: 1000)
      overlays[overlays.count - 1] = .filter(picker)
      return
    default: break
    }
    let rows = layout.listRows
    let jump = layout.listJump
    let before = list.selected
    let count = visible.count
    switch action {
    case .moveDown: list.move(by: 1, count: count, height: rows, jump: jump)
    case .moveUp: list.move(by: -1, count: count, height: rows, jump: jump)
    case .pageDown: list.move(by: rows, count: count, height: rows, jump: jump)
    case .pageUp: list.move(by: -rows, count: count, height: rows, jump: jump)
    case .moveTop: list.select(0, count: count, height: rows, jump: jump)
    case .moveBottom: list.select(count - 1, count: count, height: rows, jump: jump)
    default: break
    }
    if list.selected != before { detailOffset = 0 }
  }

  mutating func scroll(_ action: Action) {
    if case .help(let offset) = topOverlay {
      let delta = action == .scrollUp ? -1 : 1
      overlays[overlays.count - 1] = .help(
        offset: min(max(0, offset + delta), max(0, HelpContent.lineCount - 1)))
      return
    }
    let page = max(1, layout.detailRows - 1)
    switch action {
    case .scrollDown: detailOffset += 1
    case .scrollUp: detailOffset -= 1
    case .scrollPageDown: detailOffset += page
    case .scrollPageUp: detailOffset -= page
    case .scrollTop: detailOffset = 0
    case .scrollBottom: detailOffset = Int.max / 2
    default: break
    }
    detailOffset = min(max(0, detailOffset), maxDetailOffset)
  }

  /// The largest useful review scroll offset at the current size.
  var maxDetailOffset: Int {
    guard let index = selectedItemIndex else { return 0 }
    let lines = reviewDocument(for: index).lineCount
    return max(0, lines - layout.detailRows)
  }
}
