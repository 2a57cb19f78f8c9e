/// A run of digit groups in text ("(555) 201-7788", "+44 20 7946 0958", "4111 1111 1111
/// 1111"), read at a start byte with single separators between groups.
struct DigitGroups {
  /// Byte range covered (including a leading `+` or `(`).
  var start: Int
  var end: Int
  /// Digit runs, in order.
  var groups: [Range<Int>] = []
  /// The separator byte before each group after the first (`(` for a parenthesised group).
  var separators: [UInt8] = []
  var plus = false
  var parenthesized = false
  var digitCount = 0

  var lengths: [Int] { groups.map(\.count) }

  /// The digits only.
  func digits(_ b: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(digitCount)
    for group in groups { result.append(contentsOf: b[group]) }
    return result
  }

  /// Reads groups starting at `i` (a digit, or `+`/`(` when `phoneSyntax`). Separators are
  /// one byte from `separators`; with `phoneSyntax` a group may be in parentheses.
  static func read(
    _ b: [UInt8], at i: Int, separators: [UInt8], phoneSyntax: Bool, maxDigits: Int = 20
  ) -> DigitGroups? {
    var run = DigitGroups(start: i, end: i)
    var p = i
    if phoneSyntax && p < b.count && b[p] == UInt8(ascii: "+") {
      run.plus = true
      p += 1
    }
    var pendingSeparator: UInt8 = 0
    while p < b.count, run.groups.count < 8 {
      var parenthesized = false
      var q = p
      if phoneSyntax && b[q] == UInt8(ascii: "(") {
        parenthesized = true
        q += 1
      }
      let groupStart = q
      while q < b.count, ByteClass.isDigit(b[q]) { q += 1 }
      if q == groupStart { break }
      if parenthesized {
        guard q < b.count, b[q] == UInt8(ascii: ")") else { break }
        run.parenthesized = true
      }
      if !run.groups.isEmpty {
        run.separators.append(parenthesized ? UInt8(ascii: "(") : pendingSeparator)
      }
      run.groups.append(groupStart..<q)
      run.digitCount += q - groupStart
      if run.digitCount > maxDigits { return nil }
      p = parenthesized ? q + 1 : q
      run.end = p
      // A separator followed by another group?
      var s = p
      pendingSeparator = 0
      if s < b.count, separators.contains(b[s]) {
        pendingSeparator = b[s]
        s += 1
      } else if parenthesized {
        pendingSeparator = UInt8(ascii: " ")
      }
      guard s < b.count, ByteClass.isDigit(b[s]) || (phoneSyntax && b[s] == UInt8(ascii: "(")),
        pendingSeparator != 0 || parenthesized
      else { break }
      p = s
    }
    return run.groups.isEmpty ? nil : run
  }

  /// Luhn checksum of the digits.
  static func luhnValid(_ digits: [UInt8]) -> Bool {
    var sum = 0
    for (k, c) in digits.reversed().enumerated() {
      var d = Int(c) - 48
      if k % 2 == 1 {
        d *= 2
        if d > 9 { d -= 9 }
      }
      sum += d
    }
    return sum % 10 == 0
  }
}
