import ModqCore

/// Random review-shaped JSON lines for the differential test: mostly well-formed, with wrong
/// types, odd strings (escapes, surrogates, raw UTF-8, stray bytes) and byte-level mutations.
struct JSONFuzzLineGenerator {
  var rng: SeededRandom

  mutating func line() -> [UInt8] {
    var out: [UInt8] = []
    ws(&out)
    out.append(0x7B)
    var members: [[UInt8]] = []
    if !rng.chance(5) { members.append(member("id", idValue())) }
    if !rng.chance(5) { members.append(member("rating", ratingValue())) }
    if rng.chance(80) { members.append(member("title", stringOr(wrong: 5, nullable: 10))) }
    if rng.chance(70) { members.append(member("body", stringOr(wrong: 5, nullable: 10))) }
    if rng.chance(50) {
      members.append(member("product", nested(["id", "name", "brand", "category"])))
    }
    if rng.chance(50) { members.append(member("author", nested(["name", "email", "id"]))) }
    if rng.chance(40) { members.append(member("verified_purchase", boolValue())) }
    for key in ["submitted_at", "locale", "order_id"] where rng.chance(30) {
      members.append(member(key, stringOr(wrong: 5, nullable: 10)))
    }
    for k in 0..<rng.below(3) { members.append(member("x\(k)", value(depth: 0))) }
    members.shuffle(using: &rng)
    for (i, m) in members.enumerated() {
      if i > 0 { out.append(0x2C) }
      out.append(contentsOf: m)
    }
    ws(&out)
    out.append(0x7D)
    ws(&out)
    if rng.chance(50) { mutate(&out) }
    return out
  }

  private mutating func ws(_ out: inout [UInt8]) {
    guard rng.chance(15) else { return }
    out.append([0x20, 0x09, 0x0D][rng.below(3)])
  }

  private mutating func member(_ key: String, _ value: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    ws(&out)
    out.append(contentsOf: rng.chance(3) ? escapedKey(key) : Array("\"\(key)\"".utf8))
    ws(&out)
    out.append(0x3A)
    ws(&out)
    out.append(contentsOf: value)
    ws(&out)
    return out
  }

  private func escapedKey(_ key: String) -> [UInt8] {
    var out: [UInt8] = [0x22]
    for b in key.utf8 { out.append(contentsOf: Array("\\u00\(String(b, radix: 16))".utf8)) }
    out.append(0x22)
    return out
  }

  private mutating func idValue() -> [UInt8] {
    switch rng.below(20) {
    case 0: return Array("17".utf8)
    case 1: return Array("\"\"".utf8)
    case 2: return Array("null".utf8)
    default: return Array("\"r-\(rng.below(1000))\"".utf8)
    }
  }

  private mutating func ratingValue() -> [UInt8] {
    if rng.chance(60) { return [UInt8(0x31 + rng.below(5))] }
    let forms = ["1", "2", "3", "4", "5", "0", "6", "2.5", "\"5\"", "5.0", "-1", "1e0", "true",
      "null", "05", "-0", "4", "3", "12345678901234567890123"]
    return Array(forms[rng.below(forms.count)].utf8)
  }

  private mutating func boolValue() -> [UInt8] {
    Array(["true", "false", "null", "1", "\"yes\""][rng.below(5)].utf8)
  }

  private mutating func stringOr(wrong: Int, nullable: Int) -> [UInt8] {
    if rng.chance(wrong) { return Array(["42", "[]", "{}", "false"][rng.below(4)].utf8) }
    if rng.chance(nullable) { return Array("null".utf8) }
    return string()
  }

  private mutating func nested(_ keys: [String]) -> [UInt8] {
    if rng.chance(10) { return rng.chance(50) ? Array("null".utf8) : string() }
    var out: [UInt8] = [0x7B]
    var first = true
    for key in keys + ["extra"] where rng.chance(60) {
      if !first { out.append(0x2C) }
      first = false
      let inner = key == "extra" ? value(depth: 1) : stringOr(wrong: 5, nullable: 5)
      out.append(contentsOf: member(key, inner))
    }
    out.append(0x7D)
    return out
  }

  private mutating func value(depth: Int) -> [UInt8] {
    switch rng.below(depth > 2 ? 5 : 7) {
    case 0: return string()
    case 1:
      let numbers = ["0", "-12", "3.25", "1e5", "-0.5E-3", "2.5e3", "123456"]
      return Array(numbers[rng.below(numbers.count)].utf8)
    case 2: return Array(["true", "false"][rng.below(2)].utf8)
    case 3: return Array("null".utf8)
    case 4: return string()
    case 5:
      var out: [UInt8] = [0x5B]
      for i in 0..<rng.below(4) {
        if i > 0 { out.append(0x2C) }
        ws(&out)
        out.append(contentsOf: value(depth: depth + 1))
      }
      out.append(0x5D)
      return out
    default:
      var out: [UInt8] = [0x7B]
      for i in 0..<rng.below(4) {
        if i > 0 { out.append(0x2C) }
        out.append(contentsOf: member("k\(i)", value(depth: depth + 1)))
      }
      out.append(0x7D)
      return out
    }
  }

  static let pieces: [[UInt8]] = [
    "plain words ", "more text", #"\""#, #"\\"#, #"\/"#, #"\b\f\n\r\t"#, #"\u00e9"#, #"\u4E2D"#,
    #"\ud83d\ude00"#, "é", "中文", "👍", "\u{7F}", #"\u0000"#, "0123456789abcdef0123",
  ].map { Array($0.utf8) }

  static let rarePieces: [[UInt8]] = [
    Array(#"\ud800"#.utf8), Array(#"\udc00x"#.utf8), [0x01], [0xFF], [0xC3], [0xE2, 0x82],
    [0xED, 0xA0, 0x80], [0xC0, 0xAF], Array(#"\x"#.utf8), Array(#"\u12"#.utf8),
  ]

  private mutating func string() -> [UInt8] {
    var out: [UInt8] = [0x22]
    for _ in 0..<rng.below(6) {
      let set = rng.chance(2) ? Self.rarePieces : Self.pieces
      out.append(contentsOf: set[rng.below(set.count)])
    }
    out.append(0x22)
    return out
  }

  static let insertable: [UInt8] =
    Array(#"{}[]",:\ 0123456789-+.eEtnul/"#.utf8) + [0x09, 0xFF, 0xC3, 0x80]

  private mutating func mutate(_ out: inout [UInt8]) {
    guard !out.isEmpty else { return }
    for _ in 0..<(1 + rng.below(2)) {
      let at = rng.below(out.count)
      switch rng.below(5) {
      case 0: out.remove(at: at)
      case 1: out.insert(Self.insertable[rng.below(Self.insertable.count)], at: at)
      case 2: out[at] = Self.insertable[rng.below(Self.insertable.count)]
      case 3: out.removeSubrange(at...)
      default: out.insert(contentsOf: out[at..<min(out.count, at + rng.below(8))], at: at)
      }
      if out.isEmpty { return }
    }
  }
}
