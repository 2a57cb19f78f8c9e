import TerminalKit

/// The `?` overlay's text, generated from the key table: every context with its bindings.
enum HelpContent {
  /// One line: a heading (keys empty) or a binding.
  struct Line {
    let keys: String
    let text: String
  }

  static let lines: [Line] = {
    var out: [Line] = []
    for context in KeyContext.allCases {
      // Each binding is listed once, under the first context it applies in.
      let bindings = KeyTable.bindings(in: context).filter { binding in
        KeyContext.allCases.first { binding.contexts.contains($0) } == context
      }
      guard !bindings.isEmpty else { continue }
      if !out.isEmpty { out.append(Line(keys: "", text: "")) }
      out.append(Line(keys: "", text: context.title))
      for binding in bindings { out.append(Line(keys: binding.keyLabel, text: binding.help)) }
      if context.isTextEntry {
        out.append(
          Line(keys: "(typing)", text: "←/→ Home/End C-a/C-e C-k C-u C-w Bksp/Del edit"))
      }
    }
    out.append(Line(keys: "", text: ""))
    out.append(Line(keys: "mouse", text: "click a row to select it; click the review to focus it"))
    return out
  }()

  static var lineCount: Int { lines.count }

  static func render(into screen: inout Screen, area: Rect, offset: Int) {
    let size = Size(width: min(78, area.width - 2), height: max(6, area.height - 2))
    let inner = Overlay(title: "Keys", size: size).render(into: &screen, in: area)
    let first = min(max(0, offset), max(0, lines.count - inner.height))
    for row in 0..<inner.height {
      let index = first + row
      guard index < lines.count else { break }
      let line = lines[index]
      let point = Point(row: inner.row + row, col: inner.col + 1)
      if line.keys.isEmpty {
        screen.put(
          text: SanitizedText(line.text), at: point, style: .role("chrome.title", [.bold]),
          clip: inner)
      } else {
        screen.put(
          text: SanitizedText(line.keys), at: Point(row: point.row, col: point.col + 1),
          style: Style(attributes: [.bold]), clip: inner)
        screen.put(
          text: SanitizedText(line.text), at: Point(row: point.row, col: point.col + 16),
          clip: inner, overflow: .ellipsis)
      }
    }
    if first + inner.height < lines.count {
      screen.set(Cell("↓", style: .role("dim")), row: inner.bottom - 1, col: inner.right - 1)
    }
  }
}
