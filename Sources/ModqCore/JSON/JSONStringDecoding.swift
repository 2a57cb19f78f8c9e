/// Turns already-validated string tokens into bytes or `String`s. Copies only the token;
/// unescapes only when the token holds a backslash.
enum JSONStringDecoding {
  /// The token's decoded UTF-8 bytes.
  static func bytes(_ line: UnsafeBufferPointer<UInt8>, _ token: JSONStringToken) -> [UInt8] {
    let raw = UnsafeBufferPointer(rebasing: line[token.start..<token.end])
    guard token.hasEscape else { return Array(raw) }
    return unescape(raw)
  }

  /// The token as a String.
  static func string(_ line: UnsafeBufferPointer<UInt8>, _ token: JSONStringToken) -> String {
    if token.hasEscape {
      let decoded = bytes(line, token)
      return String(decoding: decoded, as: UTF8.self)
    }
    let raw = UnsafeBufferPointer(rebasing: line[token.start..<token.end])
    return String(decoding: raw, as: UTF8.self)
  }

  /// Decodes the escapes of a validated raw string body, copying plain runs in bulk.
  static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var i = 0
    var runStart = 0
    let n = raw.count
    while i < n {
      guard raw[i] == 0x5C else {
        i += 1
        continue
      }
      if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[runStart..<i])) }
      let kind = raw[i + 1]
      i += 2
      switch kind {
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        var scalar = hex4(raw, i)
        i += 4
        if scalar >= 0xD800 && scalar <= 0xDBFF {
          let low = hex4(raw, i + 2)
          i += 6
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        appendUTF8(scalar, to: &out)
      default: out.append(kind)  // " \ /
      }
      runStart = i
    }
    if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[runStart..<n])) }
    return out
  }

  private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32 {
    var value: UInt32 = 0
    for k in at..<(at + 4) { value = value << 4 | (JSONCursor.hexValue(raw[k]) ?? 0) }
    return value
  }

  static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      out.append(UInt8(scalar))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | scalar >> 6))
      out.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | scalar >> 12))
      out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      out.append(UInt8(0x80 | scalar & 0x3F))
    default:
      out.append(UInt8(0xF0 | scalar >> 18))
      out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      out.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}
