/// Renders untrusted text (ids, member names) for diagnostics that reach a terminal:
/// printable ASCII stays, everything else becomes a `\uXXXX` escape, long text is cut.
public enum DiagnosticText {
  /// `text` in double quotes, terminal-safe, at most `limit` scalars shown.
  public static func quoted(_ text: String, limit: Int = 64) -> String {
    var out = "\""
    var shown = 0
    for scalar in text.unicodeScalars {
      if shown == limit {
        out += "..."
        break
      }
      shown += 1
      let v = scalar.value
      if v >= 0x20 && v < 0x7F && v != 0x22 && v != 0x5C {
        out.unicodeScalars.append(scalar)
      } else if v == 0x22 || v == 0x5C {
        out += "\\"
        out.unicodeScalars.append(scalar)
      } else if v > 0xFFFF {
        let u = v - 0x10000
        out += "\\u" + hex4(0xD800 + (u >> 10)) + "\\u" + hex4(0xDC00 + (u & 0x3FF))
      } else {
        out += "\\u" + hex4(v)
      }
    }
    return out + "\""
  }

  private static func hex4(_ v: UInt32) -> String {
    let digits = Array("0123456789abcdef".unicodeScalars)
    var s = ""
    for shift in stride(from: 12, through: 0, by: -4) {
      s.unicodeScalars.append(digits[Int((v >> UInt32(shift)) & 0xF)])
    }
    return s
  }
}
