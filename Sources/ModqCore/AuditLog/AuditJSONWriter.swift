/// Writes audit lines: ASCII-only JSON with a fixed member order and `hash` last.
enum AuditJSONWriter {
  /// Serialises one event line (with its final newline) and returns it with its hash.
  static func line(
    seq: Int, ts: String, moderator: String, type: AuditEventType, prev: String, id: String,
    members: [AuditMember], hasher: AuditHasher
  ) -> (bytes: [UInt8], hash: String) {
    var out: [UInt8] = []
    out.reserveCapacity(384)
    out.append(contentsOf: #"{"seq":"#.utf8)
    JSONDecimal.append(seq, to: &out)
    appendKey("ts", to: &out)
    appendString(ts, to: &out)
    appendKey("moderator", to: &out)
    appendString(moderator, to: &out)
    appendKey("type", to: &out)
    appendString(type.rawValue, to: &out)
    appendKey("prev", to: &out)
    appendString(prev, to: &out)
    appendKey("id", to: &out)
    appendString(id, to: &out)
    for member in members {
      appendKey(member.key, to: &out)
      appendValue(member.value, to: &out)
    }
    let hashed = out.count
    out.append(contentsOf: #","hash":""#.utf8)
    let hexStart = out.count
    var hex: [UInt8] = []
    out.withUnsafeBytes { raw in
      hasher.appendHex(of: UnsafeRawBufferPointer(rebasing: raw[0..<hashed]), to: &hex)
    }
    out.append(contentsOf: hex)
    let hash = String(decoding: out[hexStart...], as: UTF8.self)
    out.append(contentsOf: "\"}\n".utf8)
    return (out, hash)
  }

  static func appendKey(_ key: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: ","))
    appendString(key, to: &out)
    out.append(UInt8(ascii: ":"))
  }

  static func appendValue(_ value: AuditValue, to out: inout [UInt8]) {
    switch value {
    case .string(let s): appendString(s, to: &out)
    case .int(let i): JSONDecimal.append(i, to: &out)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        appendValue(item, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (i, member) in members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        appendString(member.key, to: &out)
        out.append(UInt8(ascii: ":"))
        appendValue(member.value, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// A JSON string using only printable ASCII: `"` and `\` are backslash-escaped, every other
  /// byte outside 0x20...0x7E becomes `\uXXXX` (a surrogate pair above U+FFFF).
  static func appendString(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Fast path: plain printable ASCII (ids, hashes, verdicts) is copied as it is, from the
    // string's own buffer.
    let copied = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      for b in bytes where b &- 0x20 > 0x5E || b == 0x22 || b == 0x5C { return false }
      out.append(contentsOf: bytes)
      return true
    }
    if copied == true {
      out.append(UInt8(ascii: "\""))
      return
    }
    for scalar in s.unicodeScalars {
      let v = scalar.value
      if v == 0x22 || v == 0x5C {
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(v))
      } else if v >= 0x20 && v <= 0x7E {
        out.append(UInt8(v))
      } else if v > 0xFFFF {
        let u = v - 0x10000
        appendEscape(0xD800 + (u >> 10), to: &out)
        appendEscape(0xDC00 + (u & 0x3FF), to: &out)
      } else {
        appendEscape(v, to: &out)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func appendEscape(_ unit: UInt32, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\\"))
    out.append(UInt8(ascii: "u"))
    for shift in stride(from: 12, through: 0, by: -4) {
      out.append(Hex.digits[Int((unit >> UInt32(shift)) & 15)])
    }
  }
}
