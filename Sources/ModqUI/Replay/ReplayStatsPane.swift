import ModqCore
import TerminalKit

/// Bar charts and sparklines of the whole log.
enum ReplayStatsPane {
  static func render(_ model: ReplayModel, _ rect: Rect, _ screen: inout Screen) {
    let stats = model.stats ?? ReplayStats(model.index)
    let title = Style.role("chrome.title", [.bold])
    var row = rect.row
    func heading(_ text: String) {
      guard row < rect.bottom else { return }
      screen.put(text: SanitizedText(text), at: Point(row: row, col: rect.col), style: title, clip: rect)
      row += 1
    }
    heading("decisions per hour, \(ReplayTime.format(stats.firstHour * 3_600_000)) onwards "
      + "(\(stats.decisions) decisions, \(stats.undos) undos)"
      + (model.isLoading ? " · partial: the first \(model.index.count) events only" : ""))
    if row < rect.bottom {
      let spark = Rect(row: row, col: rect.col, width: rect.width, height: 1)
      Sparkline(stats.perHour, style: .role("verdict.publish")).render(into: &screen, rect: spark)
      row += 2
    }
    let left = Layout.split(
      Rect(row: row, col: rect.col, width: rect.width, height: max(0, rect.bottom - row)),
      .horizontal, [.percent(50), .fixed(2), .fill])
    let top = row
    var column = left[0]
    func columnChart(_ name: String, _ bars: [(String, Double)], _ style: Style) {
      guard row < rect.bottom else { return }
      screen.put(text: SanitizedText(name), at: Point(row: row, col: column.col), style: title, clip: column)
      row += 1
      let shown = Array(bars.prefix(max(0, min(8, rect.bottom - row))))
      let area = Rect(row: row, col: column.col, width: column.width, height: shown.count)
      BarChart(shown.map { BarChart.Bar(label: $0.0, value: $0.1, style: style) })
        .render(into: &screen, rect: area)
      row += shown.count + 1
    }
    columnChart("decisions by moderator", stats.byModerator, .role("verdict.publish"))
    columnChart("median seconds per decision", stats.medianSecondsByModerator, .role("dim"))
    row = top
    column = left[2]
    columnChart("override rate % by criterion", stats.overrideRateByCriterion, .role("verdict.reject"))
    if stats.rejectRateByRating.isEmpty {
      columnChart("reject rate % by stars: needs --queue", [], .plain)
    } else {
      columnChart("reject rate % by stars (decisions)", stats.rejectRateByRating, .role("verdict.reject"))
    }
  }
}
