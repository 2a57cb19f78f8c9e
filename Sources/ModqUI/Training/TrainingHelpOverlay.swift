import TerminalKit

/// The `?` overlay of a training session, generated from the training key table.
enum TrainingHelpOverlay {
  static let lines: [(String, Style)] = {
    var out: [(String, Style)] = []
    for context in TrainingKeyContext.allCases {
      out.append((context.title, .role("chrome.title", [.bold])))
      for b in TrainingKeyTable.bindings where b.contexts.contains(context) {
        let keys = b.keyLabel
        let pad = String(repeating: " ", count: max(1, 12 - keys.count))
        out.append(("  " + keys + pad + b.help, .plain))
      }
    }
    return out
  }()

  static func render(in area: Rect, offset: Int, _ screen: inout Screen) {
    let size = Size(width: min(72, area.width - 2), height: max(6, area.height - 2))
    let inner = Overlay(title: "Training keys", size: size).render(into: &screen, in: area)
    let first = min(max(0, offset), max(0, lines.count - inner.height))
    for row in 0..<inner.height where first + row < lines.count {
      let line = lines[first + row]
      screen.put(
        text: SanitizedText(line.0), at: Point(row: inner.row + row, col: inner.col + 1),
        style: line.1, clip: inner, overflow: .ellipsis)
    }
  }
}
