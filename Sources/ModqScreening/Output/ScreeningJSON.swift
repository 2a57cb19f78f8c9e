import ModqCore

/// Writes screening results as formats.md's JSON Lines, straight into UTF-8 bytes. Strings
/// are escaped so that no control character (C0, DEL, C1), line separator or bidi control
/// from review text reaches a terminal raw.
public enum ScreeningJSON {
  /// One result as one line (no trailing newline).
  public static func line(_ result: ScreeningResult) -> String {
    var out: [UInt8] = []
    append(result, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends one result as one line (no trailing newline) to `out`.
  public static func append(_ result: ScreeningResult, to out: inout [UInt8]) {
    raw("{\"id\":", &out)
    appendString(result.id, to: &out)
    raw(",\"verdict\":\"", &out)
    out.append(contentsOf: result.verdict.rawValue.utf8)
    raw("\",\"findings\":[", &out)
    for (k, finding) in result.findings.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      raw("{\"criterion\":", &out)
      appendString(finding.criterion, to: &out)
      raw(",\"action\":\"", &out)
      out.append(contentsOf: finding.action.rawValue.utf8)
      raw("\",\"spans\":[", &out)
      for (s, span) in finding.spans.enumerated() {
        if s > 0 { out.append(UInt8(ascii: ",")) }
        raw("{\"field\":\"", &out)
        out.append(contentsOf: span.field.rawValue.utf8)
        raw("\",\"start\":", &out)
        JSONDecimal.append(span.start, to: &out)
        raw(",\"end\":", &out)
        JSONDecimal.append(span.end, to: &out)
        out.append(UInt8(ascii: "}"))
      }
      raw("],\"evidence\":", &out)
      appendString(finding.evidence, to: &out)
      raw(",\"explanation\":", &out)
      appendString(finding.explanation, to: &out)
      if !finding.relatedReviewIDs.isEmpty {
        raw(",\"related\":[", &out)
        for (r, id) in finding.relatedReviewIDs.enumerated() {
          if r > 0 { out.append(UInt8(ascii: ",")) }
          appendString(id, to: &out)
        }
        out.append(UInt8(ascii: "]"))
      }
      out.append(UInt8(ascii: "}"))
    }
    raw("]}", &out)
  }

  /// Appends `text` as a JSON string literal.
  public static func appendString(_ text: String, to out: inout String) {
    var bytes: [UInt8] = []
    appendString(text, to: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal, as UTF-8.
  public static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { JSONEscaping.append($0, to: &out) }
    out.append(UInt8(ascii: "\""))
  }

  @inline(__always)
  private static func raw(_ literal: StaticString, _ out: inout [UInt8]) {
    out.append(
      contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }
}
