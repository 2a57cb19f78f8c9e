import TerminalKit

/// The smaller overlays: the note editor, the filter list and the discard question.
enum PromptViews {
  static func renderNote(
    _ draft: NoteDraft, reviewID: String, into screen: inout Screen, area: Rect
  ) {
    let size = Size(width: min(72, area.width - 4), height: min(12, area.height - 2))
    let inner = Overlay(title: SanitizedText("Note on \(reviewID)"), size: size)
      .render(into: &screen, in: area)
    guard inner.height >= 2 else { return }
    let editor = Rect(
      row: inner.row, col: inner.col + 1, width: inner.width - 2, height: inner.height - 1)
    draft.editor.render(into: &screen, rect: editor)
    screen.put(
      text: "Enter: new line · C-o: save · Esc: cancel",
      at: Point(row: inner.bottom - 1, col: inner.col + 1), style: .role("dim"), clip: inner)
  }

  static func renderFilter(_ picker: FilterPicker, into screen: inout Screen, area: Rect) {
    let size = Size(
      width: min(56, area.width - 4), height: min(area.height - 2, picker.options.count + 2))
    let inner = Overlay(title: "Filter", size: size).render(into: &screen, in: area)
    var state = picker.list
    state.keepVisible(count: picker.options.count, height: inner.height)
    for line in 0..<inner.height {
      let index = state.offset + line
      guard index < picker.options.count else { break }
      let option = picker.options[index]
      let row = Rect(row: inner.row + line, col: inner.col, width: inner.width, height: 1)
      let style: Style = index == state.selected ? .role("selection") : .plain
      if index == state.selected { screen.fill(row, style: style) }
      screen.put(
        text: SanitizedText(" \(option.label)"), at: Point(row: row.row, col: row.col),
        style: style, clip: row, overflow: .ellipsis)
      let count = SanitizedText("\(option.count) ")
      screen.put(
        text: count, at: Point(row: row.row, col: row.right - count.width), style: style,
        clip: row)
    }
  }

  static func renderConfirm(thenQuit: Bool, into screen: inout Screen, area: Rect) {
    let question: SanitizedText =
      thenQuit ? "Quit and discard the unsaved text? y / n" : "Discard the unsaved text? y / n"
    let size = Size(width: min(area.width - 4, question.width + 6), height: 3)
    let inner = Overlay(title: "Unsaved text", size: size).render(into: &screen, in: area)
    screen.put(
      text: question, at: Point(row: inner.row, col: inner.col + 2), style: .role("warning"),
      clip: inner)
  }
}
