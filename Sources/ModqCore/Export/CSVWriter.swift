/// Writes RFC 4180 CSV: fields holding a comma, quote, CR or LF (or leading / trailing
/// space) are quoted with quotes doubled; lines end in CRLF as the RFC says.
public struct CSVWriter: Sendable {
  /// Prefix `'` to fields a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR
  /// first), as OWASP advises for CSV meant to be opened by people. Off for files a platform
  /// re-imports, where the text must stay exact.
  public var formulaSafe: Bool

  public init(formulaSafe: Bool = false) { self.formulaSafe = formulaSafe }

  /// One CSV line (with CRLF) for `fields`.
  public func line(_ fields: [String]) -> [UInt8] {
    var out: [UInt8] = []
    for (i, field) in fields.enumerated() {
      if i > 0 { out.append(0x2C) }
      append(field, to: &out)
    }
    out.append(0x0D)
    out.append(0x0A)
    return out
  }

  private func append(_ field: String, to out: inout [UInt8]) {
    var bytes = Array(field.utf8)
    if formulaSafe, let first = bytes.first,
      first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09
        || first == 0x0D
    {
      bytes.insert(0x27, at: 0)
    }
    let needsQuotes =
      bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
      || bytes.first == 0x20 || bytes.last == 0x20
    guard needsQuotes else {
      out.append(contentsOf: bytes)
      return
    }
    out.append(0x22)
    for b in bytes {
      if b == 0x22 { out.append(0x22) }
      out.append(b)
    }
    out.append(0x22)
  }
}
