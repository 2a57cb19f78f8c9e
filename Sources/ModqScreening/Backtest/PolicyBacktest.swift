import Foundation
import ModqCore

/// Screens decided reviews again with a candidate policy and compares, criterion by
/// criterion, how often its suggestions match the humans' final decisions against the
/// suggestions the policy in force made (as recorded in the audit log).
public struct PolicyBacktest: Sendable {
  public var rows: [BacktestRow]
  /// Reviews compared.
  public var cases: Int
  /// Suggested verdicts equal to the human's final verdict.
  public var verdictMatchesOld: Int
  public var verdictMatchesNew: Int
  /// Cases whose suggested verdict changes under the candidate policy.
  public var changedSuggestions: Int

  /// Runs `engine` (the candidate policy) over `cases`, all in one queue so queue-wide
  /// criteria (duplicates) see each other.
  public init(cases: [BacktestCase], engine: ScreeningEngine) {
    let results = engine.screenQueue(cases.map(\.review), threads: 1)
    var rows: [String: BacktestRow] = [:]
    for criterion in engine.policy.criteria where engine.activeCriteria.contains(criterion.id) {
      rows[criterion.id] = BacktestRow(criterion: criterion.id, action: criterion.action)
    }
    var oldMatches = 0
    var newMatches = 0
    var changed = 0
    for (c, result) in zip(cases, results) {
      if c.suggested == c.final { oldMatches += 1 }
      if result.verdict == c.final { newMatches += 1 }
      if result.verdict != c.suggested { changed += 1 }
      let newFired = Set(result.findings.map(\.criterion))
      let oldFired = Set(c.suggestedCriteria)
      let cited = Set(c.chosen)
      for id in newFired.union(oldFired).union(cited) {
        var row = rows[id] ?? BacktestRow(criterion: id, action: nil)
        let agrees = row.action.map { c.final == $0 } ?? (c.final != .publish)
        if cited.contains(id) { row.cited += 1 }
        if oldFired.contains(id) {
          row.firedOld += 1
          if agrees { row.agreedOld += 1 }
        } else if cited.contains(id) {
          row.missedOld += 1
        }
        if newFired.contains(id) {
          row.firedNew += 1
          if agrees { row.agreedNew += 1 }
        } else if cited.contains(id) {
          row.missedNew += 1
        }
        rows[id] = row
      }
    }
    self.rows = rows.values.sorted { $0.criterion < $1.criterion }
    self.cases = cases.count
    verdictMatchesOld = oldMatches
    verdictMatchesNew = newMatches
    changedSuggestions = changed
  }

  /// A plain-text table (ends with a newline).
  public var text: String {
    func pct(_ n: Int, _ d: Int) -> String {
      d == 0 ? "-" : "\(n)/\(d) (\(String(format: "%.1f", Double(n) * 100 / Double(d)))%)"
    }
    var out = "verdict matches the human's final decision: in force \(pct(verdictMatchesOld, cases))"
    out += ", candidate \(pct(verdictMatchesNew, cases)); suggestions changed: \(changedSuggestions)\n\n"
    var table = [["criterion", "action", "cited", "in force: agree/fired", "missed", "candidate: agree/fired", "missed"]]
    for r in rows {
      table.append([
        r.criterion, r.action?.rawValue ?? "(gone)", String(r.cited), pct(r.agreedOld, r.firedOld),
        String(r.missedOld), pct(r.agreedNew, r.firedNew), String(r.missedNew),
      ])
    }
    out += TextTable.align(table, left: [0, 1])
    return out
  }
}
