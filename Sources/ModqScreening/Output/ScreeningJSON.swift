import ModqCore

/// Writes screening results as formats.md's JSON Lines. Strings are escaped so that no
/// control character (C0, DEL, C1), line separator or bidi control from review text
/// reaches a terminal raw.
public enum ScreeningJSON {
  /// One result as one line (no trailing newline).
  public static func line(_ result: ScreeningResult) -> String {
    var out = "{\"id\":"
    appendString(result.id, to: &out)
    out += ",\"verdict\":\"\(result.verdict.rawValue)\",\"findings\":["
    for (k, finding) in result.findings.enumerated() {
      if k > 0 { out += "," }
      out += "{\"criterion\":"
      appendString(finding.criterion, to: &out)
      out += ",\"action\":\"\(finding.action.rawValue)\",\"spans\":["
      for (s, span) in finding.spans.enumerated() {
        if s > 0 { out += "," }
        out += "{\"field\":\"\(span.field.rawValue)\",\"start\":\(span.start),\"end\":\(span.end)}"
      }
      out += "],\"evidence\":"
      appendString(finding.evidence, to: &out)
      out += ",\"explanation\":"
      appendString(finding.explanation, to: &out)
      if !finding.relatedReviewIDs.isEmpty {
        out += ",\"related\":["
        for (r, id) in finding.relatedReviewIDs.enumerated() {
          if r > 0 { out += "," }
          appendString(id, to: &out)
        }
        out += "]"
      }
      out += "}"
    }
    out += "]}"
    return out
  }

  /// Appends `text` as a JSON string literal.
  public static func appendString(_ text: String, to out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E,
        0x2066...0x2069:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
