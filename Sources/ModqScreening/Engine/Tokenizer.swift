/// Splits a field's UTF-8 bytes into normalised word tokens in one pass (see `Token`).
struct Tokenizer {
  private enum ByteClass: UInt8 {
    case separator, upper, lower, digit, apostrophe, leet, sentenceEnd, newline, nonASCII
  }

  /// Byte -> class, as a pointer that lives for the whole run (no bounds check or retain per
  /// byte in the loops that read it).
  nonisolated(unsafe) private static let classTable: UnsafePointer<ByteClass> = {
    let table = UnsafeMutablePointer<ByteClass>.allocate(capacity: 256)
    table.initialize(repeating: .separator, count: 256)
    for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = .upper }
    for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = .lower }
    for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = .digit }
    for b in "@$!*".utf8 { table[Int(b)] = .leet }
    table[Int(UInt8(ascii: "'"))] = .apostrophe
    table[Int(UInt8(ascii: "."))] = .sentenceEnd
    table[Int(UInt8(ascii: "?"))] = .sentenceEnd
    table[Int(UInt8(ascii: "\n"))] = .newline
    for b in 0x80...0xFF { table[b] = .nonASCII }
    return UnsafePointer(table)
  }()

  /// Leetspeak digit -> letter (0 = not mapped).
  private static let leetDigit: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 10)
    table[0] = UInt8(ascii: "o")
    table[1] = UInt8(ascii: "i")
    table[3] = UInt8(ascii: "e")
    table[4] = UInt8(ascii: "a")
    table[5] = UInt8(ascii: "s")
    table[7] = UInt8(ascii: "t")
    return table
  }()

  var tokens: [Token] = []
  /// The normalised bytes written so far (`run(_:into:)`'s buffer, valid during the run).
  private var out: UnsafeMutablePointer<UInt8>
  private var outCapacity = 0
  /// Bytes of `out` written.
  private(set) var outCount = 0
  var sentence: Int32 = 0
  var isASCII = true
  /// Whether any byte was an ASCII digit (full mode).
  private(set) var sawDigit = false
  /// Keys-only mode (`WordKeyReader`): `end` appends each token's key to `keys` and drops
  /// its normalised bytes; no `Token` is built. Same state machine, so the same keys.
  private let keysOnly: Bool
  var keys: [UInt64] = []
  private let shorthand: Shorthand.Table

  // State of the token being built.
  private var inToken = false
  private var start = 0
  private var normStart = 0
  private var letters = 0
  private var uppers = 0
  private var firstUpper = false
  private var flags: TokenFlags = []
  /// The token's key so far, and the run of its last normalised byte (`push`).
  private var hash = WordHash.offset
  private var previous: UInt8 = 0
  private var repeats = 0

  init(capacity: Int) {
    keysOnly = false
    out = Tokenizer.noBuffer
    shorthand = Shorthand.table
    tokens.reserveCapacity(capacity / 5 + 1)
  }

  /// A keys-only tokenizer (see `keys`), reusable across texts with `resetKeys`.
  init(keysOnly capacity: Int) {
    keysOnly = true
    out = Tokenizer.noBuffer
    shorthand = Shorthand.table
    keys.reserveCapacity(capacity)
  }

  /// Forgets the keys and state of earlier texts, keeping the buffers (keys-only mode).
  mutating func resetKeys() {
    keys.removeAll(keepingCapacity: true)
    sentence = 0
    isASCII = true
    inToken = false
  }

  /// Where `out` points outside a run (never written: `outCapacity` is 0 then).
  nonisolated(unsafe) private static let noBuffer =
    UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

  /// The most normalised bytes a text of `count` bytes can give: an ASCII byte gives at most
  /// one, and a non-ASCII letter at most one and a half times its own length (U+023A "Ⱥ", two
  /// bytes, lower-cases to a three-byte letter); `scalar` checks the room anyway.
  static func normalizedCapacity(_ count: Int) -> Int { count * 2 + 16 }

  /// Tokenizes `b`, writing its normalised bytes to `buffer` (at least
  /// `normalizedCapacity(b.count)` bytes) from `outCount` on; returns the new `outCount`.
  mutating func run(
    _ b: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    // The ASCII paths write without a check: room for a byte a byte of the text is the rule.
    precondition(buffer.count - outCount >= b.count, "Tokenizer: normalised buffer too small")
    out = buffer.baseAddress ?? Tokenizer.noBuffer
    outCapacity = buffer.count
    run(b)
    out = Tokenizer.noBuffer
    outCapacity = 0
    return outCount
  }

  /// Keys-only mode: tokenizes `b` with a scratch buffer for the normalised bytes (which
  /// `endKey` drops token by token).
  mutating func runKeys(_ b: UnsafeBufferPointer<UInt8>) {
    let capacity = Tokenizer.normalizedCapacity(b.count)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) {
      outCount = 0
      _ = run(b, into: $0)
    }
  }

  private mutating func run(_ b: UnsafeBufferPointer<UInt8>) {
    let n = b.count
    let classes = Tokenizer.classTable
    var i = 0
    while i < n {
      let c = b[i]
      let cls = classes[Int(c)]
      if keysOnly && !inToken && (cls == .lower || cls == .upper),
        let next = plainWordKey(b, from: i)
      {
        i = next
        continue
      }
      switch cls {
      case .lower:
        // A run of lower-case ASCII letters (most of any text): copied and hashed in one loop.
        begin(at: i)
        if letters == 0 { firstUpper = false }
        var j = i
        var h = hash
        var last = previous
        var run = repeats
        var stretched = false
        var o = outCount
        repeat {
          let c = b[j]
          out[o] = c
          o += 1
          h = WordHash.mix(h, c)
          run = c == last ? run + 1 : 1
          stretched = stretched || run == 3
          last = c
          j += 1
        } while j < n && b[j] &- UInt8(ascii: "a") < 26
        if stretched { flags.insert(.stretched) }
        hash = h
        previous = last
        repeats = run
        outCount = o
        letters += j - i
        i = j
      case .upper:
        appendLetter(c | 0x20, upper: true, at: i)
        i += 1
      case .digit:
        begin(at: i)
        push(c)
        flags.insert(.hasDigit)
        sawDigit = true
        i += 1
      case .apostrophe:
        if !(inToken && i + 1 < n && isLetterByte(b[i + 1])) { end(at: i) }
        i += 1
      case .leet:
        i = leet(c, b, i)
      case .sentenceEnd:
        end(at: i)
        if i + 1 >= n || b[i + 1] == 0x20 || b[i + 1] == 0x0A || b[i + 1] == 0x0D { sentence += 1 }
        i += 1
      case .newline:
        end(at: i)
        sentence += 1
        i += 1
      case .separator:
        end(at: i)
        i += 1
      case .nonASCII:
        i = scalar(b, i)
      }
    }
    end(at: n)
  }

  /// Keys-only fast path for the commonest token, a run of ASCII letters ended by a separator,
  /// a sentence end or the end of the text: its key is hashed straight from the text (the
  /// bytes the general path would have put in `normalized`, folded to lower case) and the
  /// index after the run is returned. Any other ending (apostrophe, digit, leetspeak,
  /// non-ASCII) returns nil and the general path tokenizes the word from its start.
  @inline(__always)
  private mutating func plainWordKey(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let n = b.count
    var hash = WordHash.offset
    var j = start
    while j < n {
      let c = b[j] | 0x20
      guard c &- UInt8(ascii: "a") < 26 else { break }
      hash = WordHash.mix(hash, c)
      j += 1
    }
    if j < n {
      switch Tokenizer.classTable[Int(b[j])] {
      case .separator, .sentenceEnd, .newline: break
      default: return nil
      }
    }
    keys.append(WordHash.finish(hash))
    return j
  }

  @inline(__always)
  private func isLetterByte(_ c: UInt8) -> Bool {
    let cls = Tokenizer.classTable[Int(c)]
    return cls == .lower || cls == .upper || cls == .nonASCII
  }

  @inline(__always)
  private mutating func begin(at i: Int) {
    if !inToken {
      inToken = true
      start = i
      normStart = outCount
      hash = WordHash.offset
      previous = 0
      repeats = 0
      letters = 0
      uppers = 0
      firstUpper = false
      flags = []
    }
  }

  /// Writes one normalised byte of the token, hashing it and tracking runs of one byte.
  @inline(__always)
  private mutating func push(_ c: UInt8) {
    out[outCount] = c
    outCount += 1
    hash = WordHash.mix(hash, c)
    repeats = c == previous ? repeats + 1 : 1
    if repeats == 3 { flags.insert(.stretched) }
    previous = c
  }

  /// Counts one letter of the token (its bytes are pushed by the caller).
  @inline(__always)
  private mutating func countLetter(upper: Bool, at i: Int) {
    begin(at: i)
    if letters == 0 { firstUpper = upper }
    letters += 1
    if upper { uppers += 1 }
  }

  @inline(__always)
  private mutating func appendLetter(_ c: UInt8, upper: Bool, at i: Int) {
    countLetter(upper: upper, at: i)
    push(c)
  }

  /// `@ $ ! *` inside or at the start of a word are obfuscation ("sh!t", "@ss", "f**k").
  private mutating func leet(_ c: UInt8, _ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let next: UInt8 = i + 1 < b.count ? b[i + 1] : 0
    let nextIsLetter = next != 0 && isLetterByte(next)
    let wordSoFar = inToken && letters > 0
    let keep: Bool
    switch c {
    case UInt8(ascii: "@"): keep = nextIsLetter
    case UInt8(ascii: "$"): keep = wordSoFar || nextIsLetter
    case UInt8(ascii: "!"): keep = wordSoFar && nextIsLetter
    default: keep = wordSoFar && (nextIsLetter || next == UInt8(ascii: "*"))
    }
    guard keep else {
      end(at: i)
      if c == UInt8(ascii: "!") && (next == 0 || next == 0x20 || next == 0x0A) { sentence += 1 }
      return i + 1
    }
    begin(at: i)
    flags.insert(.leet)
    switch c {
    case UInt8(ascii: "@"):
      push(UInt8(ascii: "a"))
      letters += 1
    case UInt8(ascii: "$"):
      push(UInt8(ascii: "s"))
      letters += 1
    case UInt8(ascii: "!"):
      push(UInt8(ascii: "i"))
      letters += 1
    default: push(c)
    }
    return i + 1
  }

  /// A non-ASCII scalar: folded letter, dropped invisible character, or separator.
  private mutating func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    isASCII = false
    let lead = b[i]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, i + length <= b.count else {
      end(at: i)
      return i + 1
    }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for k in 1..<length { value = (value << 6) | (UInt32(b[i + k]) & 0x3F) }
    if LatinFolding.isInvisible(value) { return i + length }
    if value == 0x2019 || value == 0x2018 {
      if !(inToken && i + length < b.count && isLetterByte(b[i + length])) { end(at: i) }
      return i + length
    }
    if let (letter, upper) = LatinFolding.fold(value) {
      appendLetter(letter, upper: upper, at: i)
      flags.insert(.nonASCII)
      return i + length
    }
    if Tokenizer.isCaselessLetter(value) {
      // CJK, kana, hangul: letters with no case, kept as they are (no property lookup and no
      // lower-case String per character).
      countLetter(upper: false, at: i)
      for k in i..<(i + length) { push(b[k]) }
      flags.insert(.nonASCII)
      return i + length
    }
    if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic {
      let lower = scalar.properties.lowercaseMapping.utf8
      // Room for the rest of the text at a byte a byte, as `normalizedCapacity` promised.
      if outCount + lower.count + (b.count - i - length) > outCapacity {
        end(at: i)
        return i + length
      }
      countLetter(upper: scalar.properties.isUppercase, at: i)
      for c in lower { push(c) }
      flags.insert(.nonASCII)
      return i + length
    }
    end(at: i)
    return i + length
  }

  /// Han ideographs (the main block and extension A), hiragana and katakana (not their
  /// punctuation), and hangul syllables: alphabetic, caseless, their own lower case.
  @inline(__always)
  static func isCaselessLetter(_ value: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x3041...0x3096).contains(value) || (0x30A1...0x30FA).contains(value)
      || (0xAC00...0xD7A3).contains(value)
  }

  private mutating func end(at i: Int) {
    guard inToken else { return }
    inToken = false
    if keysOnly {
      endKey()
      return
    }
    let normEnd = outCount
    if letters > 0 { flags.insert(.hasLetter) }
    if !flags.contains(.hasLetter) && flags.contains(.hasDigit) { flags.insert(.allDigits) }
    if firstUpper { flags.insert(.capitalized) }
    if letters >= 2 && uppers == letters { flags.insert(.allUpper) }
    var altKey: UInt64 = 0
    if letters > 0 && flags.contains(.hasDigit) {
      // Digits in a word are leetspeak: map them, then hash and look for runs again.
      var sawOne = false
      var alt = WordHash.offset
      for k in normStart..<normEnd {
        let c = out[k]
        if c >= 0x30 && c <= 0x39 {
          let mapped = Tokenizer.leetDigit[Int(c - 0x30)]
          if c == UInt8(ascii: "1") {
            sawOne = true
            alt = WordHash.mix(alt, UInt8(ascii: "l"))
          } else {
            alt = WordHash.mix(alt, mapped != 0 ? mapped : c)
          }
          if mapped != 0 {
            out[k] = mapped
            flags.insert(.leet)
          }
        } else {
          alt = WordHash.mix(alt, c)
        }
      }
      if sawOne { altKey = WordHash.finish(alt) }
      flags.remove(.stretched)
      hash = WordHash.offset
      var run = 1
      var last: UInt8 = 0
      for k in normStart..<normEnd {
        let c = out[k]
        hash = WordHash.mix(hash, c)
        run = c == last ? run + 1 : 1
        if run == 3 { flags.insert(.stretched) }
        last = c
      }
    }
    // A short word may be chat shorthand ("acct", "pls", "gr8" with the digit it keeps):
    // its other reading.
    if altKey == 0 && normEnd - normStart <= shorthand.maxLength {
      altKey = shorthand.reading(of: WordHash.finish(hash))
      if altKey != 0 { flags.insert(.shorthand) }
    }
    var squeezed: UInt64 = 0
    if flags.contains(.stretched) {
      squeezed = Tokenizer.squeezedKey(
        UnsafeBufferPointer(start: out + normStart, count: normEnd - normStart))
    }
    tokens.append(
      Token(
        start: Int32(start), end: Int32(i), normStart: Int32(normStart), normEnd: Int32(normEnd),
        key: WordHash.finish(hash), altKey: altKey, squeezedKey: squeezed, sentence: sentence,
        flags: flags))
  }

  /// `end` in keys-only mode: the key `end` would give the token (digits read as leetspeak
  /// letters when the token has letters), then the token's bytes are dropped.
  private mutating func endKey() {
    var hash = WordHash.offset
    let mapsDigits = letters > 0 && flags.contains(.hasDigit)
    for k in normStart..<outCount {
      var c = out[k]
      if mapsDigits && c >= 0x30 && c <= 0x39 {
        let mapped = Tokenizer.leetDigit[Int(c - 0x30)]
        if mapped != 0 { c = mapped }
      }
      hash = WordHash.mix(hash, c)
    }
    keys.append(WordHash.finish(hash))
    outCount = normStart
  }

  /// Key of bytes with every run of a repeated byte collapsed to one.
  static func squeezedKey<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash = WordHash.offset
    var previous: UInt8 = 0
    for c in bytes where c != previous {
      hash = WordHash.mix(hash, c)
      previous = c
    }
    return WordHash.finish(hash)
  }
}
