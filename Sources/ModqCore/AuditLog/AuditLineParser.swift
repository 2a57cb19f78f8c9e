import Foundation

/// Where one top-level member of a line sits (byte indices into the buffer).
struct AuditMemberRange {
  /// Key bytes between the quotes.
  var keyStart: Int
  var keyEnd: Int
  /// Value bytes (a string value includes its quotes).
  var valueStart: Int
  var valueEnd: Int
  /// Index of the comma before this member's key; -1 for the first member.
  var commaBefore: Int
}

/// A strict, allocation-free JSON scanner for one audit line of printable ASCII. It records
/// the top-level members' ranges and never builds Strings.
struct AuditLineParser {
  var members: [AuditMemberRange] = []

  init() { members.reserveCapacity(16) }

  /// Parses `p[start..<end]` as one JSON object. Returns false if it is not valid JSON.
  mutating func parse(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Bool {
    members.removeAll(keepingCapacity: true)
    var i = Self.skipSpace(p, start, end)
    guard i < end, p[i] == UInt8(ascii: "{") else { return false }
    i = Self.skipSpace(p, i + 1, end)
    if i < end, p[i] == UInt8(ascii: "}") {
      return Self.skipSpace(p, i + 1, end) == end
    }
    var comma = -1
    while true {
      guard i < end, p[i] == UInt8(ascii: "\""), let keyEnd = Self.scanString(p, i, end) else {
        return false
      }
      var j = Self.skipSpace(p, keyEnd, end)
      guard j < end, p[j] == UInt8(ascii: ":") else { return false }
      j = Self.skipSpace(p, j + 1, end)
      guard let valueEnd = Self.scanValue(p, j, end, depth: 0) else { return false }
      members.append(
        AuditMemberRange(
          keyStart: i + 1, keyEnd: keyEnd - 1, valueStart: j, valueEnd: valueEnd,
          commaBefore: comma))
      j = Self.skipSpace(p, valueEnd, end)
      guard j < end else { return false }
      if p[j] == UInt8(ascii: "}") { return Self.skipSpace(p, j + 1, end) == end }
      guard p[j] == UInt8(ascii: ",") else { return false }
      comma = j
      i = Self.skipSpace(p, j + 1, end)
    }
  }

  /// Index of the member named `key`, or nil.
  func index(of key: StaticString, in p: UnsafeRawBufferPointer) -> Int? {
    for (n, m) in members.enumerated() where Self.equals(p, m.keyStart, m.keyEnd, key) {
      return n
    }
    return nil
  }

  static func equals(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int, _ key: StaticString) -> Bool {
    let count = key.utf8CodeUnitCount
    guard e - s == count else { return false }
    let k = key.utf8Start
    for n in 0..<count where p[s + n] != k[n] { return false }
    return true
  }

  /// An integer value (optional minus, at most 18 digits), or nil.
  static func int(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Int? {
    var i = s
    var negative = false
    if i < e, p[i] == UInt8(ascii: "-") {
      negative = true
      i += 1
    }
    guard i < e, e - i <= 18 else { return nil }
    var value = 0
    while i < e {
      let d = p[i] &- 48
      guard d < 10 else { return nil }
      value = value * 10 + Int(d)
      i += 1
    }
    return negative ? -value : value
  }

  static func skipSpace(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Int {
    var i = start
    while i < end, p[i] == 0x20 { i += 1 }
    return i
  }

  /// `p[start]` is `"`; returns the index after the closing quote. Fast path: 8 plain bytes
  /// at a time (SWAR, inline: most strings are short, so a memchr call per string cost more
  /// than the scan); any quote, backslash, control or non-ASCII byte ends it.
  static func scanString(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Int? {
    var i = start + 1
    while i < end {
      // Jump straight to the first byte that may be special (no byte loop to mispredict).
      while i + 8 <= end {
        let word = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        let special = JSONCursor.specialBytes(word)
        if special == 0 {
          i += 8
          continue
        }
        i += special.trailingZeroBitCount >> 3
        break
      }
      guard i < end else { return nil }
      let b = p[i]
      if b == UInt8(ascii: "\"") { return i + 1 }
      if b < 0x20 { return nil }
      if b == UInt8(ascii: "\\") {
        guard i + 1 < end else { return nil }
        switch p[i + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
          UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          i += 2
        case UInt8(ascii: "u"):
          guard i + 6 <= end else { return nil }
          for k in 2..<6 where anyHex(p[i + k]) > 15 { return nil }
          i += 6
        default: return nil
        }
      } else {
        i += 1
      }
    }
    return nil
  }

  /// 0...15 for a hex digit of either case, 255 otherwise.
  static func anyHex(_ b: UInt8) -> UInt8 {
    switch b {
    case 48...57: b &- 48
    case 65...70: b &- 55
    case 97...102: b &- 87
    default: 255
    }
  }

  static func scanValue(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int, depth: Int) -> Int? {
    guard start < end, depth < 32 else { return nil }
    switch p[start] {
    case UInt8(ascii: "\""): return scanString(p, start, end)
    case UInt8(ascii: "{"), UInt8(ascii: "["): return scanContainer(p, start, end, depth: depth)
    case UInt8(ascii: "t"): return literal(p, start, end, "true")
    case UInt8(ascii: "f"): return literal(p, start, end, "false")
    case UInt8(ascii: "n"): return literal(p, start, end, "null")
    default: return scanNumber(p, start, end)
    }
  }

  private static func literal(
    _ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int, _ word: StaticString
  ) -> Int? {
    let n = word.utf8CodeUnitCount
    guard start + n <= end, equals(p, start, start + n, word) else { return nil }
    return start + n
  }

  private static func scanContainer(
    _ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int, depth: Int
  ) -> Int? {
    let isObject = p[start] == UInt8(ascii: "{")
    let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
    var i = skipSpace(p, start + 1, end)
    if i < end, p[i] == close { return i + 1 }
    while true {
      if isObject {
        guard i < end, p[i] == UInt8(ascii: "\""), let k = scanString(p, i, end) else { return nil }
        i = skipSpace(p, k, end)
        guard i < end, p[i] == UInt8(ascii: ":") else { return nil }
        i = skipSpace(p, i + 1, end)
      }
      guard let v = scanValue(p, i, end, depth: depth + 1) else { return nil }
      i = skipSpace(p, v, end)
      guard i < end else { return nil }
      if p[i] == close { return i + 1 }
      guard p[i] == UInt8(ascii: ",") else { return nil }
      i = skipSpace(p, i + 1, end)
    }
  }

  private static func scanNumber(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Int? {
    var i = start
    if i < end, p[i] == UInt8(ascii: "-") { i += 1 }
    guard i < end, isDigit(p[i]) else { return nil }
    if p[i] == UInt8(ascii: "0") { i += 1 } else { while i < end, isDigit(p[i]) { i += 1 } }
    if i < end, p[i] == UInt8(ascii: ".") {
      i += 1
      guard i < end, isDigit(p[i]) else { return nil }
      while i < end, isDigit(p[i]) { i += 1 }
    }
    if i < end, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
      i += 1
      if i < end, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
      guard i < end, isDigit(p[i]) else { return nil }
      while i < end, isDigit(p[i]) { i += 1 }
    }
    return i
  }

  @inline(__always)
  private static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
}
