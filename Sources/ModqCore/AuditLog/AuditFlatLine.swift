import Foundation

/// One audit line in the writer's own layout, read in a single flat pass: no member array,
/// no Strings. The fixed members are matched as literal bytes (`{"seq":N,"ts":"..",
/// "moderator":"..","type":"..","prev":"..` with no spaces), `prev` is compared with the
/// expected head in place, and only the members the fold reads are kept.
///
/// `scan` returns nil for anything it does not recognise (spaces, an unusual member order,
/// a second `type`, a claim event, a bad hash, a broken link...). It never decides that a
/// line is bad: the caller then runs the general parser and checks, which accept the line or
/// name exactly what is wrong, so the verdicts and messages are those of the general path.
/// A line `scan` accepts is valid JSON that the general path accepts with the same fold.
struct AuditFlatLine {
  var seq = 0
  /// Where `,"hash":"` starts: the hashed bytes are `s..<hashComma`.
  var hashComma = 0
  /// Value ranges (a string's range includes its quotes); empty when absent.
  var moderator = 0..<0
  var type = 0..<0
  var id = 0..<0
  var review = 0..<0
  var final = 0..<0
  var target = 0..<0

  /// `,"hash":"` + 64 digits + `"}`.
  static let suffixLength = 75

  /// Reads `p[s..<e]` (one line without its newline, already known to be printable ASCII)
  /// whose `prev` must equal `head` (empty for the first event).
  @inline(__always)
  static func scan(
    _ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int, head: UnsafeRawBufferPointer
  ) -> AuditFlatLine? {
    var line = AuditFlatLine()
    let hashComma = e - suffixLength
    guard hashComma > s, literal(p, hashComma, #","hash":""#), p[e - 2] == 0x22, p[e - 1] == 0x7D,
      literal(p, s, #"{"seq":"#)
    else { return nil }
    line.hashComma = hashComma
    // seq: 1 to 18 digits, no leading zero (the general parser's rules for a valid seq).
    var i = s + 7
    guard i < hashComma, p[i] &- 0x31 < 9 else { return nil }
    var seq = 0
    let digitsStart = i
    while i < hashComma, p[i] &- 0x30 < 10 {
      seq = seq &* 10 &+ Int(p[i] &- 0x30)
      i += 1
    }
    guard i - digitsStart <= 18 else { return nil }
    line.seq = seq
    guard literal(p, i, #","ts":"#) else { return nil }
    guard let ts = string(p, i + 6, hashComma) else { return nil }
    guard literal(p, ts, #","moderator":"#) else { return nil }
    guard let moderator = string(p, ts + 13, hashComma) else { return nil }
    line.moderator = (ts + 13)..<moderator
    guard literal(p, moderator, #","type":"#) else { return nil }
    guard let type = string(p, moderator + 8, hashComma) else { return nil }
    line.type = (moderator + 8)..<type
    guard literal(p, type, #","prev":""#) else { return nil }
    // prev is compared with the head in place (hex digits: nothing to unescape).
    i = type + 9
    guard i + head.count < hashComma, let base = p.baseAddress, p[i + head.count] == 0x22
    else { return nil }
    if let h = head.baseAddress, memcmp(base + i, h, head.count) != 0 { return nil }
    i += head.count + 1
    while i < hashComma {
      guard p[i] == 0x2C, i + 1 < hashComma, p[i + 1] == 0x22 else { return nil }
      let keyStart = i + 2
      guard let keyEnd = string(p, i + 1, hashComma), keyEnd < hashComma, p[keyEnd] == 0x3A
      else { return nil }
      let valueStart = keyEnd + 1
      guard valueStart < hashComma else { return nil }
      let valueEnd: Int
      if p[valueStart] == 0x22 {
        guard let end = string(p, valueStart, hashComma) else { return nil }
        valueEnd = end
      } else {
        guard let end = value(p, valueStart, hashComma, depth: 0) else { return nil }
        valueEnd = end
      }
      let value = valueStart..<valueEnd
      switch keyEnd - 1 - keyStart {
      case 2 where AuditLineParser.equals(p, keyStart, keyEnd - 1, "id"): line.id = value
      case 4 where AuditLineParser.equals(p, keyStart, keyEnd - 1, "type"): return nil
      case 5 where AuditLineParser.equals(p, keyStart, keyEnd - 1, "final"): line.final = value
      case 6 where AuditLineParser.equals(p, keyStart, keyEnd - 1, "review"): line.review = value
      case 6 where AuditLineParser.equals(p, keyStart, keyEnd - 1, "target"): line.target = value
      default: break
      }
      i = valueEnd
    }
    return i == hashComma ? line : nil
  }

  /// The end of the JSON value at `p[start]` (nil past `end`): strings with `string`, objects
  /// and arrays without spaces here (`{"verdict":"publish","criteria":[]}`), anything else
  /// (numbers, literals, deeper nesting) with the general scanner, which decides it. Whatever
  /// this accepts the general scanner accepts with the same end; it may only give up more.
  static func value(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int, depth: Int) -> Int? {
    let first = p[start]
    if first == 0x22 { return string(p, start, end) }
    guard (first == 0x5B || first == 0x7B) && depth < 4 else {
      return AuditLineParser.scanValue(p, start, end, depth: depth)
    }
    let isObject = p[start] == 0x7B
    let close: UInt8 = isObject ? 0x7D : 0x5D
    var i = start + 1
    guard i < end else { return nil }
    if p[i] == close { return i + 1 }
    while true {
      if isObject {
        guard i < end, p[i] == 0x22, let k = string(p, i, end), k < end, p[k] == 0x3A else {
          return nil
        }
        i = k + 1
      }
      guard i < end, let v = value(p, i, end, depth: depth + 1), v < end else { return nil }
      if p[v] == close { return v + 1 }
      guard p[v] == 0x2C else { return nil }
      i = v + 1
    }
  }

  /// Whether `p[at...]` starts with `word` (the caller keeps `at + word.count` in the line).
  @inline(__always)
  static func literal(_ p: UnsafeRawBufferPointer, _ at: Int, _ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard at >= 0, at + n <= p.count, let base = p.baseAddress else { return false }
    return memcmp(base + at, word.utf8Start, n) == 0
  }

  /// `p[start]` is `"` of a string in a printable-ASCII line: the index after its closing
  /// quote (nil past `end`). Plain strings are scanned 8 bytes at a time for `"` or `\`; a
  /// string with escapes is handed to the general scanner, which validates them.
  @inline(__always)
  static func string(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Int? {
    var i = start + 1
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    while i + 8 <= end {
      let w = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      let quote = w ^ (ones &* 0x22)
      let slash = w ^ (ones &* 0x5C)
      let found = (((quote &- ones) & ~quote) | ((slash &- ones) & ~slash)) & high
      if found != 0 {
        i += found.trailingZeroBitCount >> 3
        return p[i] == 0x22 ? i + 1 : AuditLineParser.scanString(p, start, end)
      }
      i += 8
    }
    while i < end {
      if p[i] == 0x22 { return i + 1 }
      if p[i] == 0x5C { return AuditLineParser.scanString(p, start, end) }
      i += 1
    }
    return nil
  }
}
