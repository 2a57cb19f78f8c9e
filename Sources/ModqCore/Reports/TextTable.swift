/// Plain-text tables for reports and backtests.
public enum TextTable {
  /// Columns in `left` left-aligned, the rest (numbers) right-aligned, two spaces between.
  public static func align(_ table: [[String]], left: Set<Int> = [0]) -> String {
    let widths = (0..<(table.first?.count ?? 0)).map { c in
      table.map { $0.count > c ? $0[c].count : 0 }.max() ?? 0
    }
    var out = ""
    for row in table {
      var line = ""
      for (c, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[c] - cell.count)
        line += left.contains(c) ? cell + pad : pad + cell
        if c < row.count - 1 { line += "  " }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    return out
  }
}
