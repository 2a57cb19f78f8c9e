extension Screen {
  /// The text of each row (continuation cells skipped, trailing spaces kept).
  public var lines: [String] {
    (0..<size.height).map { index in
      row(index).reduce(into: "") { line, cell in line += cell.text }
    }
  }

  /// Style runs, one per line: `r0 c0-79 selection bold`. Runs of the plain style are
  /// omitted; a run never crosses a row.
  public var styleRuns: [String] {
    var runs: [String] = []
    for index in 0..<size.height {
      let cells = Array(row(index))
      var start = 0
      while start < cells.count {
        var end = start
        while end + 1 < cells.count && cells[end + 1].style == cells[start].style { end += 1 }
        if !cells[start].style.isPlain {
          runs.append("r\(index) c\(start)-\(end) \(cells[start].style)")
        }
        start = end + 1
      }
    }
    return runs
  }

  /// A golden-test rendering: a size line, every row framed by `|` (so trailing spaces
  /// show), then `--- styles` and the style runs.
  public func snapshotText() -> String {
    var out = "size \(size)\n"
    for line in lines { out += "|\(line)|\n" }
    out += "--- styles\n"
    for run in styleRuns { out += run + "\n" }
    return out
  }
}
