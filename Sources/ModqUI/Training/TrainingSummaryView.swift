import Foundation
import ModqScreening
import TerminalKit

/// The final score in the review pane: overall, by tag, by criterion, and the missed cases
/// (scrolls with j/k like the review).
enum TrainingSummaryView {
  static func lines(_ model: TrainingModel) -> [(String, Style)] {
    let title = Style.role("chrome.title", [.bold])
    let score = model.score
    var out: [(String, Style)] = []
    if model.options.mode == .walkthrough {
      out.append(("Walkthrough complete: \(model.set.cases.count) cases.", title))
      out.append(("Practise them next: modq train SET --trainee NAME", .plain))
      return out
    }
    out.append((
      "Score: \(score.verdicts.right)/\(score.verdicts.total) verdicts right "
        + "(\(score.verdicts.percent)%), \(score.clean.right) with every gold criterion", title))
    out.append((
      String(
        format: "criteria precision %.2f · recall %.2f · %d of %d cases answered",
        score.meanPrecision, score.meanRecall, score.cases.count, model.set.cases.count),
      .plain))
    out.append(("", .plain))
    out.append(("By tag (verdicts right)", title))
    for (tag, tally) in score.tagRows { out.append((row(tag, tally), .plain)) }
    out.append(("", .plain))
    out.append(("By gold criterion (named)", title))
    for (id, tally) in score.criterionRows { out.append((row(id, tally), .plain)) }
    out.append(("", .plain))
    let missed = score.missed
    out.append(("Missed cases (\(missed.count))", title))
    if missed.isEmpty { out.append(("  none", .role("ok"))) }
    for item in missed {
      out.append((
        "  \(item.caseID): you "
          + TrainingFeedback.describe(item.answer.verdict, item.answer.criteria)
          + ", gold \(TrainingFeedback.describe(item.gold.verdict, item.gold.criteria))",
        .role("error")))
    }
    return out
  }

  static func row(_ name: String, _ tally: Tally) -> String {
    let pad = String(repeating: " ", count: max(1, 30 - name.count))
    return "  \(name)\(pad)\(tally.right)/\(tally.total)  \(tally.percent)%"
  }

  static func render(_ model: TrainingModel, header: Rect, body: Rect, _ screen: inout Screen) {
    screen.fill(header, style: .role("chrome.title"))
    screen.put(
      text: SanitizedText(" Final score · q quits"), at: Point(row: header.row, col: header.col),
      style: .role("chrome.title", [.bold]), clip: header)
    screen.fill(body)
    let all = lines(model)
    let first = min(model.detailOffset, max(0, all.count - body.height))
    for row in 0..<body.height where first + row < all.count {
      let line = all[first + row]
      screen.put(
        text: SanitizedText(line.0), at: Point(row: body.row + row, col: body.col),
        style: line.1, clip: Rect(row: body.row + row, col: body.col, width: body.width, height: 1),
        overflow: .ellipsis)
    }
  }
}
