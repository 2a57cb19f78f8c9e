/// Turns a verified line's bytes into an `AuditEvent` (not on the hot path).
enum AuditLineDecoder {
  /// Decodes one line (without its newline). Nil if it is not a well-formed event line.
  static func event(from line: [UInt8]) -> AuditEvent? {
    line.withUnsafeBytes { p -> AuditEvent? in
      var parser = AuditLineParser()
      guard parser.parse(p, 0, p.count) else { return nil }
      var seq: Int?
      var ts = ""
      var moderator = ""
      var type = ""
      var prev = ""
      var id = ""
      var hash = ""
      var members: [AuditMember] = []
      for m in parser.members {
        let key = string(p, m.keyStart - 1, m.keyEnd + 1) ?? ""
        guard let value = value(p, m.valueStart, m.valueEnd) else { return nil }
        switch key {
        case "seq": seq = value.intValue
        case "ts": ts = value.stringValue ?? ""
        case "moderator": moderator = value.stringValue ?? ""
        case "type": type = value.stringValue ?? ""
        case "prev": prev = value.stringValue ?? ""
        case "id": id = value.stringValue ?? ""
        case "hash": hash = value.stringValue ?? ""
        default: members.append(AuditMember(key, value))
        }
      }
      guard let seq else { return nil }
      return AuditEvent(
        seq: seq, ts: ts, moderator: moderator, type: AuditEventType(type), prev: prev, id: id,
        members: members, hash: hash)
    }
  }

  /// Decodes the JSON value in `p[s..<e]`.
  static func value(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> AuditValue? {
    guard s < e else { return nil }
    switch p[s] {
    case UInt8(ascii: "\""): return string(p, s, e).map(AuditValue.string)
    case UInt8(ascii: "t"): return .bool(true)
    case UInt8(ascii: "f"): return .bool(false)
    case UInt8(ascii: "n"): return .null
    case UInt8(ascii: "["), UInt8(ascii: "{"): return container(p, s, e)
    default:
      if let i = AuditLineParser.int(p, s, e) { return .int(i) }
      return .string(String(decoding: UnsafeRawBufferPointer(rebasing: p[s..<e]), as: UTF8.self))
    }
  }

  private static func container(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> AuditValue? {
    let isObject = p[s] == UInt8(ascii: "{")
    var items: [AuditValue] = []
    var members: [AuditMember] = []
    var i = AuditLineParser.skipSpace(p, s + 1, e)
    while i < e - 1 {
      var key = ""
      if isObject {
        guard let k = AuditLineParser.scanString(p, i, e), let name = string(p, i, k) else {
          return nil
        }
        key = name
        i = AuditLineParser.skipSpace(p, k, e) + 1
        i = AuditLineParser.skipSpace(p, i, e)
      }
      guard let v = AuditLineParser.scanValue(p, i, e, depth: 0), let item = value(p, i, v) else {
        return nil
      }
      if isObject { members.append(AuditMember(key, item)) } else { items.append(item) }
      i = AuditLineParser.skipSpace(p, v, e)
      if i < e, p[i] == UInt8(ascii: ",") { i = AuditLineParser.skipSpace(p, i + 1, e) }
    }
    return isObject ? .object(members) : .array(items)
  }

  /// Unescapes the JSON string whose quotes are at `s` and `e - 1`.
  static func string(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> String? {
    var scalars = String.UnicodeScalarView()
    var i = s + 1
    let end = e - 1
    while i < end {
      let b = p[i]
      guard b == UInt8(ascii: "\\") else {
        scalars.append(Unicode.Scalar(b))
        i += 1
        continue
      }
      guard i + 1 < end else { return nil }
      let c = p[i + 1]
      i += 2
      switch c {
      case UInt8(ascii: "b"): scalars.append("\u{8}")
      case UInt8(ascii: "f"): scalars.append("\u{C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        guard var unit = hex4(p, i, end) else { return nil }
        i += 4
        if unit >= 0xD800, unit < 0xDC00, i + 6 <= end, p[i] == UInt8(ascii: "\\"),
          p[i + 1] == UInt8(ascii: "u"), let low = hex4(p, i + 2, end), low >= 0xDC00,
          low < 0xE000
        {
          unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
          i += 6
        }
        scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
      default: scalars.append(Unicode.Scalar(c))
      }
    }
    return String(scalars)
  }

  private static func hex4(_ p: UnsafeRawBufferPointer, _ i: Int, _ end: Int) -> UInt32? {
    guard i + 4 <= end else { return nil }
    var v: UInt32 = 0
    for k in 0..<4 {
      let d = AuditLineParser.anyHex(p[i + k])
      guard d < 16 else { return nil }
      v = v << 4 | UInt32(d)
    }
    return v
  }
}
