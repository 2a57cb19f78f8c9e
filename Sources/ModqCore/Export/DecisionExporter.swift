/// Output formats for decisions and escalations.
public enum ExportFormat: String, Sendable, CaseIterable {
  case csv
  case jsonl
}

/// Writes decision records as generic CSV or JSON Lines (one record per line).
public enum DecisionExporter {
  /// The generic CSV columns.
  public static let columns = [
    "review", "verdict", "criteria", "reason_codes", "note", "moderator", "ts", "seq", "type",
    "queue",
  ]

  /// The header line (CSV only; JSON Lines has none).
  public static func header(_ format: ExportFormat, csv: CSVWriter) -> [UInt8]? {
    format == .csv ? csv.line(columns) : nil
  }

  /// One record as a line (JSON Lines lines end with LF; CSV lines with CRLF).
  public static func line(_ r: DecisionRecord, _ format: ExportFormat, csv: CSVWriter) -> [UInt8] {
    switch format {
    case .csv:
      return csv.line([
        r.review, r.verdict.rawValue, r.criteria.joined(separator: ";"),
        r.reasonCodes.joined(separator: ";"), r.note ?? "", r.moderator, r.ts, String(r.seq),
        r.type, r.queue ?? "",
      ])
    case .jsonl:
      var out: [UInt8] = Array("{\"review\":".utf8)
      ReviewEncoder.appendQuoted(r.review, to: &out)
      out.append(contentsOf: ",\"verdict\":".utf8)
      ReviewEncoder.appendQuoted(r.verdict.rawValue, to: &out)
      out.append(contentsOf: ",\"criteria\":".utf8)
      array(r.criteria, &out)
      out.append(contentsOf: ",\"reason_codes\":".utf8)
      array(r.reasonCodes, &out)
      if let note = r.note {
        out.append(contentsOf: ",\"note\":".utf8)
        ReviewEncoder.appendQuoted(note, to: &out)
      }
      out.append(contentsOf: ",\"moderator\":".utf8)
      ReviewEncoder.appendQuoted(r.moderator, to: &out)
      out.append(contentsOf: ",\"ts\":".utf8)
      ReviewEncoder.appendQuoted(r.ts, to: &out)
      out.append(contentsOf: ",\"seq\":\(r.seq),\"type\":".utf8)
      ReviewEncoder.appendQuoted(r.type, to: &out)
      if let queue = r.queue {
        out.append(contentsOf: ",\"queue\":".utf8)
        ReviewEncoder.appendQuoted(queue, to: &out)
      }
      out.append(contentsOf: "}\n".utf8)
      return out
    }
  }

  private static func array(_ items: [String], _ out: inout [UInt8]) {
    out.append(0x5B)
    for (i, item) in items.enumerated() {
      if i > 0 { out.append(0x2C) }
      ReviewEncoder.appendQuoted(item, to: &out)
    }
    out.append(0x5D)
  }
}
