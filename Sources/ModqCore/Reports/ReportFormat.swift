import Foundation

/// Output formats of `modq report`.
public enum ReportFormat: String, Sendable, CaseIterable {
  case table, csv, json
}

extension ModerationReport {
  /// The report rendered as text in `format` (ends with a newline).
  public func rendered(as format: ReportFormat) -> String {
    switch format {
    case .table: table()
    case .csv: csv()
    case .json: json()
    }
  }

  static let columns = [
    "decisions", "per_hour", "median_s", "accept", "override", "escalate", "undo",
    "suggested", "overridden", "override_rate", "in_force", "rejects", "reject_rate",
  ]

  static func cells(_ row: ReportRow) -> [String] {
    [
      String(row.decisions), row.decisionsPerHour.map { fixed($0, 1) } ?? "-",
      row.medianSeconds.map { fixed($0, 1) } ?? "-", String(row.accepts), String(row.overrides),
      String(row.escalations), String(row.undos), String(row.suggested), String(row.overridden),
      percent(row.overrideRate), String(row.inForce), String(row.rejects), percent(row.rejectRate),
    ]
  }

  private func table() -> String {
    let header = [grouping.rawValue] + Self.columns
    let body = (rows + [total]).map { [$0.key] + Self.cells($0) }
    var out = TextTable.align([header] + body)
    out += "\nEscalations by reason\n"
    if escalationsByReason.isEmpty { out += "  (none)\n" }
    for (reason, count) in escalationsByReason { out += "  \(reason): \(count)\n" }
    out += "\nReject rate by star rating (decisions in force; FTC 16 CFR 465.6, DSA art. 17)\n"
    if !ratingsKnown { out += "  star ratings unknown: pass the queue files with --queue\n" }
    var matrix = [["rating", "in_force", "rejects", "reject_rate", "rejects by criterion"]]
    for r in rejectsByRating {
      let byCriterion = r.byCriterion.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        .map { "\($0.key)=\($0.value)" }.joined(separator: " ")
      matrix.append([r.rating, String(r.inForce), String(r.rejects), Self.percent(r.rejectRate), byCriterion])
    }
    out += TextTable.align(matrix, left: [0, 4])
    return out
  }

  private func csv() -> String {
    var out = ([grouping.rawValue] + Self.columns).joined(separator: ",") + "\n"
    for row in rows + [total] {
      out += ([Self.csvField(row.key)] + Self.cells(row).map { $0 == "-" ? "" : $0 })
        .joined(separator: ",") + "\n"
    }
    return out
  }

  private func json() -> String {
    func object(_ row: ReportRow) -> [String: Any] {
      [
        "key": row.key, "decisions": row.decisions, "accept": row.accepts,
        "override": row.overrides, "escalate": row.escalations, "undo": row.undos,
        "suggested": row.suggested, "overridden": row.overridden,
        "override_rate": row.overrideRate, "in_force": row.inForce, "rejects": row.rejects,
        "reject_rate": row.rejectRate, "timed_decisions": row.timedDecisions,
        "per_hour": row.decisionsPerHour.map { $0 as Any } ?? NSNull(),
        "median_s": row.medianSeconds.map { $0 as Any } ?? NSNull(),
      ]
    }
    let document: [String: Any] = [
      "by": grouping.rawValue,
      "rows": rows.map(object),
      "total": object(total),
      "escalations_by_reason": escalationsByReason.map { ["reason": $0.reason, "count": $0.count] },
      "ratings_known": ratingsKnown,
      "rejects_by_rating": rejectsByRating.map {
        [
          "rating": $0.rating, "in_force": $0.inForce, "rejects": $0.rejects,
          "reject_rate": $0.rejectRate, "by_criterion": $0.byCriterion,
        ] as [String: Any]
      },
    ]
    let options: JSONSerialization.WritingOptions = [.sortedKeys, .prettyPrinted]
    guard let data = try? JSONSerialization.data(withJSONObject: document, options: options) else {
      return "{}\n"
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func fixed(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }

  static func percent(_ rate: Double) -> String { String(format: "%.1f%%", rate * 100) }

  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
