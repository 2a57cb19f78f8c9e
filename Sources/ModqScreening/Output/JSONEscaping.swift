/// The escaping of `ScreeningJSON` string literals, on UTF-8 bytes: `"` `\` and the usual
/// short escapes, `\u00XX` for the other C0 controls, DEL and C1 controls, and `\uXXXX` for
/// U+2028/2029 and the bidi controls (U+200E/F, U+202A-202E, U+2066-2069). Everything else
/// is copied as it is, in runs.
enum JSONEscaping {
  /// Appends the escaped form of valid UTF-8 `text` (no quotes) to `out`.
  static func append(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let n = text.count
    var runStart = 0
    var i = 0
    while i < n {
      let b = text[i]
      var escaped: UInt32? = nil
      var length = 1
      if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F {
        escaped = UInt32(b)
      } else if b == 0xC2, i + 1 < n, text[i + 1] >= 0x80, text[i + 1] <= 0x9F {
        escaped = UInt32(text[i + 1])
        length = 2
      } else if b == 0xE2, i + 2 < n {
        let value = 0x2000 | (UInt32(text[i + 1] & 0x3F) << 6) | UInt32(text[i + 2] & 0x3F)
        if text[i + 1] & 0xC0 == 0x80, isEscapedFormat(value) {
          escaped = value
          length = 3
        }
      }
      guard let value = escaped else {
        i += 1
        continue
      }
      if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<i])) }
      appendEscape(value, to: &out)
      i += length
      runStart = i
    }
    if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<n])) }
  }

  /// U+2028/2029 and the bidi controls.
  @inline(__always)
  private static func isEscapedFormat(_ value: UInt32) -> Bool {
    switch value {
    case 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\\"))
    switch value {
    case 0x22: out.append(UInt8(ascii: "\""))
    case 0x5C: out.append(UInt8(ascii: "\\"))
    case 0x0A: out.append(UInt8(ascii: "n"))
    case 0x0D: out.append(UInt8(ascii: "r"))
    case 0x09: out.append(UInt8(ascii: "t"))
    default:
      out.append(UInt8(ascii: "u"))
      for shift in stride(from: 12, through: 0, by: -4) {
        let digit = UInt8((value >> UInt32(shift)) & 0xF)
        out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
      }
    }
  }
}
