import TerminalKit

/// The `?` overlay: every binding of the key table, grouped by context.
enum ReplayHelpOverlay {
  static func render(in area: Rect, _ screen: inout Screen) {
    var lines: [(String, Style)] = []
    for context in ReplayKeyContext.allCases {
      lines.append((context.title, .role("chrome.title", [.bold])))
      for b in ReplayKeyTable.bindings where b.contexts.contains(context) {
        let keys = b.keyLabel
        lines.append(("  " + keys + String(repeating: " ", count: max(1, 10 - keys.count)) + b.help, .plain))
      }
    }
    let columns = lines.count + 2 > area.height ? 2 : 1
    let perColumn = (lines.count + columns - 1) / columns
    let width = min(area.width, columns == 2 ? area.width : 76)
    let size = Size(width: width, height: min(area.height, perColumn + 2))
    let inner = Overlay(title: "replay keys", size: size).render(into: &screen, in: area)
    let parts = Layout.split(inner, .horizontal, columns == 2 ? [.fill, .fixed(1), .fill] : [.fill])
    for (n, line) in lines.enumerated() {
      let column = parts[n / perColumn == 0 ? 0 : parts.count - 1]
      let row = n % perColumn
      guard row < column.height else { continue }
      screen.put(
        text: SanitizedText(line.0), at: Point(row: column.row + row, col: column.col),
        style: line.1, clip: column, overflow: .ellipsis)
    }
  }
}
