import ModqCore
import TerminalKit

/// The override reason overlay: which verdict, the criteria to check, and a typed reason.
struct ReasonPickerView {
  let picker: ReasonPicker
  let reviewID: String

  func render(into screen: inout Screen, area: Rect) {
    let height = min(area.height - 2, picker.options.count + 6)
    let size = Size(width: min(74, area.width - 4), height: max(7, height))
    let verdict = picker.verdict.rawValue
    let verdictLabel = verdict.prefix(1).uppercased() + verdict.dropFirst()
    let title = SanitizedText("\(verdictLabel) \(reviewID): why?")
    let inner = Overlay(title: title, size: size).render(into: &screen, in: area)
    guard inner.height >= 4 else { return }
    let suggested = picker.suggested?.rawValue ?? "none (not screened)"
    screen.put(
      text: SanitizedText("Suggested: \(suggested). A reason is required."),
      at: Point(row: inner.row, col: inner.col + 1), style: .role("dim"), clip: inner,
      overflow: .ellipsis)
    let listRect = Rect(
      row: inner.row + 1, col: inner.col, width: inner.width, height: inner.height - 3)
    renderOptions(into: &screen, rect: listRect)
    let reasonRow = inner.bottom - 1
    let label: SanitizedText = " Reason: "
    screen.put(
      text: label, at: Point(row: reasonRow, col: inner.col),
      style: .role("chrome.title", picker.editingReason ? [.bold] : []))
    let field = Rect(
      row: reasonRow, col: inner.col + label.width, width: inner.width - label.width - 1, height: 1)
    if picker.editingReason {
      picker.reason.render(into: &screen, rect: field, style: .role("selection", [.dim]))
    } else {
      screen.put(
        text: SanitizedText(picker.reason.text), at: Point(row: field.row, col: field.col),
        clip: field)
    }
  }

  private func renderOptions(into screen: inout Screen, rect: Rect) {
    guard rect.height > 0 else { return }
    if picker.options.isEmpty {
      screen.put(
        text: "Type the reason below.", at: Point(row: rect.row, col: rect.col + 1),
        style: .role("dim"), clip: rect)
      return
    }
    var state = picker.list
    state.keepVisible(count: picker.options.count, height: rect.height)
    for line in 0..<rect.height {
      let index = state.offset + line
      guard index < picker.options.count else { break }
      let option = picker.options[index]
      let row = Rect(row: rect.row + line, col: rect.col, width: rect.width, height: 1)
      let selected = index == state.selected && !picker.editingReason
      let style: Style = selected ? .role("selection") : .plain
      if selected { screen.fill(row, style: style) }
      let mark = picker.checked.contains(option.id) ? "[x]" : "[ ]"
      screen.put(
        text: SanitizedText(" \(mark) \(option.title)  (\(option.id))"),
        at: Point(row: row.row, col: row.col), style: style, clip: row, overflow: .ellipsis)
    }
  }
}
