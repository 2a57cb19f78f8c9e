import Foundation

/// Verifies lines in order, carrying the chain state (last seq, head hash, line number) so
/// the appender can resume where it stopped when the file grows.
struct AuditChainChecker {
  let hasher: AuditHasher
  private(set) var lastSeq = 0
  /// The last good event's hash as 64 hex bytes (empty before seq 1).
  private(set) var head: [UInt8] = []
  private(set) var lineNumber = 0
  private(set) var recoveries: [AuditRecoveryNote] = []
  var parser = AuditLineParser()

  /// Members 2...5 of every event, in order.
  static let fixedMembers: [StaticString] = ["ts", "moderator", "type", "prev"]

  init(hasher: AuditHasher) { self.hasher = hasher }

  var headString: String { String(decoding: head, as: UTF8.self) }

  /// Checks the lines of `p` (file offset `base` at index 0; `p` runs to end of file).
  /// Calls `visit(p, lineStart, lineEnd, parser, seq)` for each good event and stops at the
  /// first bad line. A fragment named by the recovery event right after it is accepted.
  mutating func check(
    _ p: UnsafeRawBufferPointer, base: Int,
    visit: (UnsafeRawBufferPointer, Int, Int, AuditLineParser, Int) -> Void
  ) -> AuditFailure? {
    checkLines(p, base: base, flat: false, record: { _ in }, visit: visit)
  }

  /// `check` for the fold: a line in the writer's own layout is checked in one flat pass
  /// (`AuditFlatLine`) and reaches `record` as a fold record (offset `base + lineStart`);
  /// any other line (including claim events and every bad line) takes the general path
  /// and reaches `visit`. Verdicts and failures are those of `check`.
  mutating func check(
    _ p: UnsafeRawBufferPointer, base: Int, record: (AuditFoldRecord) -> Void,
    visit: (UnsafeRawBufferPointer, Int, Int, AuditLineParser, Int) -> Void
  ) -> AuditFailure? {
    checkLines(p, base: base, flat: true, record: record, visit: visit)
  }

  @inline(__always)
  private mutating func checkLines(
    _ p: UnsafeRawBufferPointer, base: Int, flat: Bool, record: (AuditFoldRecord) -> Void,
    visit: (UnsafeRawBufferPointer, Int, Int, AuditLineParser, Int) -> Void
  ) -> AuditFailure? {
    var s = 0
    let n = p.count
    while s < n {
      // The flat path finds the line's end and checks that the line is printable ASCII in one
      // pass: the first byte outside 0x20...0x7E must be its newline. Anything else (a bad
      // byte, a torn tail) is found again below as before.
      let stop = flat ? Self.firstNonPrintable(p, s, n) : n
      let clean = stop < n && p[stop] == 10
      guard let lf = clean ? stop : Self.newline(p, s, n) else {
        // Not counted as a line: recovery re-checks from here once the fragment is named.
        let nul = Self.hasNUL(p, s, n)
        return AuditFailure(
          line: lineNumber + 1, seq: nil, offset: base + s, kind: .tornTail,
          detail: "\(n - s) bytes without a final newline" + (nul ? ", NUL padded" : ""))
      }
      lineNumber += 1
      if clean, let line = flatLine(p, s, lf) {
        record(AuditFoldRecord(p, line, seq: line.seq, offset: base + s))
        s = lf + 1
        continue
      }
      if var failure = checkLine(p, s, lf, base: base) {
        if let span = recoverySpan(p, s, lf, base: base) {
          recoveries.append(
            AuditRecoveryNote(
              line: lineNumber, offset: base + s, length: span.end - s, recoverySeq: span.seq))
          lineNumber += Self.newlines(p, s, span.end)
          s = span.end + 1
          continue
        }
        failure.line = lineNumber
        return failure
      }
      visit(p, s, lf, parser, lastSeq)
      s = lf + 1
    }
    return nil
  }

  /// The fast path for one complete line `p[s..<e]`, already known to be printable ASCII: if
  /// it is in the writer's layout, not a claim event, with the next seq, the head as `prev`
  /// and a matching hash, advances the chain and returns it. Nil leaves everything to
  /// `checkLine`.
  @inline(__always)
  private mutating func flatLine(
    _ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int
  ) -> AuditFlatLine? {
    guard let line = head.withUnsafeBytes({ AuditFlatLine.scan(p, s, e, head: $0) }),
      line.seq == lastSeq + 1, AuditFoldRecord.claimKind(p, line.type) == 0
    else { return nil }
    let hex = UnsafeRawBufferPointer(rebasing: p[(line.hashComma + 9)..<(e - 2)])
    guard hasher.matches(UnsafeRawBufferPointer(rebasing: p[s..<line.hashComma]), hex: hex)
    else { return nil }
    lastSeq = line.seq
    if head.count == hex.count {
      head.withUnsafeMutableBytes { $0.copyMemory(from: hex) }
    } else {
      head = Array(hex)
    }
    return line
  }

  /// Checks one complete line `p[s..<e]`; on success advances the chain.
  private mutating func checkLine(
    _ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int, base: Int
  ) -> AuditFailure? {
    func fail(_ kind: AuditFailureKind, _ seq: Int?, _ detail: String = "") -> AuditFailure {
      AuditFailure(line: lineNumber, seq: seq, offset: base + s, kind: kind, detail: detail)
    }
    if !Self.printable(p, s, e) {
      if Self.hasNUL(p, s, e) { return fail(.nulPadding, nil) }
      let k = (s..<e).first { p[$0] &- 0x20 >= 0x5F } ?? s
      return fail(.notASCII, nil, "byte 0x\(Hex.string([p[k]])) at column \(k - s + 1)")
    }
    guard parser.parse(p, s, e) else { return fail(.badJSON, nil) }
    let m = parser.members
    guard m.count >= 6,
      AuditLineParser.equals(p, m[0].keyStart, m[0].keyEnd, "seq"),
      let seq = AuditLineParser.int(p, m[0].valueStart, m[0].valueEnd)
    else { return fail(.badEvent, nil, "the first member must be an integer \"seq\"") }
    if let i = Self.firstBadFixedMember(p, m) {
      return fail(.badEvent, seq, "member \(i + 2) must be the string \"\(Self.fixedMembers[i])\"")
    }
    let h = m[m.count - 1]
    guard AuditLineParser.equals(p, h.keyStart, h.keyEnd, "hash"), h.valueEnd - h.valueStart == 66
    else { return fail(.badEvent, seq, "the last member must be a 64-digit \"hash\"") }
    let ok = hasher.matches(
      UnsafeRawBufferPointer(rebasing: p[s..<h.commaBefore]),
      hex: UnsafeRawBufferPointer(rebasing: p[(h.valueStart + 1)..<(h.valueEnd - 1)]))
    if !ok { return fail(.edited, seq) }
    let expected = lastSeq + 1
    if seq != expected {
      if seq < expected || nextSeq(p, e + 1) == expected {
        return fail(.reordered, seq, "expected seq \(expected)")
      }
      return fail(.missing, seq, "expected seq \(expected)")
    }
    let prev = m[4]
    let prevLength = prev.valueEnd - prev.valueStart - 2
    var linked = prevLength == head.count
    if linked, prevLength > 0, let base = p.baseAddress {
      let start = base + prev.valueStart + 1
      linked = head.withUnsafeBytes { h in
        h.baseAddress.map { memcmp(start, $0, prevLength) == 0 } ?? false
      }
    }
    if !linked {
      return fail(.brokenLink, seq, "prev does not match line \(lineNumber - 1)'s hash")
    }
    lastSeq = seq
    head.removeAll(keepingCapacity: true)
    head.append(
      contentsOf: UnsafeRawBufferPointer(rebasing: p[(h.valueStart + 1)..<(h.valueEnd - 1)]))
    return nil
  }

  /// Index (0...3) of the first of members 2...5 that is not the string `fixedMembers[i]`.
  @inline(__always)
  private static func firstBadFixedMember(
    _ p: UnsafeRawBufferPointer, _ m: [AuditMemberRange]
  ) -> Int? {
    func ok(_ r: AuditMemberRange, _ name: StaticString) -> Bool {
      AuditLineParser.equals(p, r.keyStart, r.keyEnd, name) && p[r.valueStart] == 0x22
    }
    if !ok(m[1], "ts") { return 0 }
    if !ok(m[2], "moderator") { return 1 }
    if !ok(m[3], "type") { return 2 }
    if !ok(m[4], "prev") { return 3 }
    return nil
  }

  /// The seq of the line starting at `s`, if it parses.
  private func nextSeq(_ p: UnsafeRawBufferPointer, _ s: Int) -> Int? {
    guard s < p.count, let lf = Self.newline(p, s, p.count) else { return nil }
    var other = AuditLineParser()
    guard other.parse(p, s, lf), let first = other.members.first else { return nil }
    return AuditLineParser.int(p, first.valueStart, first.valueEnd)
  }

  /// A recovery may name a fragment of several lines: a torn tail whose own recovery was
  /// interrupted (the `\n` and part of the `recovery` event were written) and then redone.
  static let maxFragmentLines = 8

  /// The end of the fragment starting at `s` (its first line ends at `lf`) and the seq of the
  /// `recovery` event right after it that names it, if there is one.
  private func recoverySpan(
    _ p: UnsafeRawBufferPointer, _ s: Int, _ lf: Int, base: Int
  ) -> (end: Int, seq: Int)? {
    var e = lf
    for _ in 0..<Self.maxFragmentLines {
      if let seq = recoveryNaming(p, s, e, base: base) { return (e, seq) }
      guard let next = Self.newline(p, e + 1, p.count) else { return nil }
      e = next
    }
    return nil
  }

  /// Newlines in `p[s..<e]`.
  static func newlines(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Int {
    var n = 0
    for i in s..<e where p[i] == 10 { n += 1 }
    return n
  }

  /// If the line after `p[s..<e]` is a `recovery` event naming exactly this offset, length and
  /// SHA-256, its seq.
  private func recoveryNaming(
    _ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int, base: Int
  ) -> Int? {
    let next = e + 1
    guard next < p.count, let lf = Self.newline(p, next, p.count) else { return nil }
    var other = AuditLineParser()
    guard other.parse(p, next, lf),
      let t = other.index(of: "type", in: p), let o = other.index(of: "offset", in: p),
      let l = other.index(of: "length", in: p), let h = other.index(of: "sha256", in: p),
      let first = other.members.first
    else { return nil }
    let m = other.members
    guard AuditLineParser.equals(p, m[t].valueStart, m[t].valueEnd, "\"recovery\""),
      AuditLineParser.int(p, m[o].valueStart, m[o].valueEnd) == base + s,
      AuditLineParser.int(p, m[l].valueStart, m[l].valueEnd) == e - s,
      m[h].valueEnd - m[h].valueStart == 66
    else { return nil }
    let plain = AuditHasher(key: nil)
    let named = plain.matches(
      UnsafeRawBufferPointer(rebasing: p[s..<e]),
      hex: UnsafeRawBufferPointer(rebasing: p[(m[h].valueStart + 1)..<(m[h].valueEnd - 1)]))
    return named ? AuditLineParser.int(p, first.valueStart, first.valueEnd) : nil
  }

  /// Whether every byte of `p[s..<e]` is printable ASCII (0x20...0x7E), 8 bytes at a time.
  @inline(__always)
  static func printable(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func bad(_ w: UInt64) -> UInt64 {
      let below = (w &- 0x20 &* ones) & ~w & high
      let del = w ^ (0x7F &* ones)
      return (w & high) | below | ((del &- ones) & ~del & high)
    }
    var i = s
    // Two words per step, one branch: the lines are almost always clean.
    while i + 16 <= e {
      let a = p.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      let b = p.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)
      if bad(a) | bad(b) != 0 { return false }
      i &+= 16
    }
    if i + 8 <= e {
      if bad(p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) != 0 { return false }
      i &+= 8
    }
    while i < e {
      if p[i] &- 0x20 >= 0x5F { return false }
      i += 1
    }
    return true
  }

  /// The index of the first byte of `p[s..<e]` outside 0x20...0x7E, or `e`: 32 bytes per
  /// step with vector compares, then bytes within the step that found one.
  @inline(__always)
  static func firstNonPrintable(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Int {
    let space = SIMD16<UInt8>(repeating: 0x20)
    let span = SIMD16<UInt8>(repeating: 0x5E)
    var i = s
    while i + 32 <= e {
      let a = p.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
      let b = p.loadUnaligned(fromByteOffset: i &+ 16, as: SIMD16<UInt8>.self)
      if any(((a &- space) .> span) .| ((b &- space) .> span)) { break }
      i &+= 32
    }
    while i < e {
      if p[i] &- 0x20 >= 0x5F { return i }
      i &+= 1
    }
    return e
  }

  static func newline(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Int? {
    guard s < e, let base = p.baseAddress else { return nil }
    guard let hit = memchr(base + s, 10, e - s) else { return nil }
    return base.distance(to: UnsafeRawPointer(hit))
  }

  static func hasNUL(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Bool {
    guard s < e, let base = p.baseAddress else { return false }
    return memchr(base + s, 0, e - s) != nil
  }
}
