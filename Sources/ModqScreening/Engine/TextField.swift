import ModqCore

/// One field's text prepared once per review: the string, its UTF-8 bytes, its normalised
/// word tokens, and single letters rejoined for obfuscation matching ("f.u.c.k", "s h i t").
/// A final class of constants: detectors pass fields around and keep them in arrays, and a
/// copy is then one retain, not one per array the field holds.
public final class TextField: Sendable {
  /// Which review field this is (spans point into it).
  public let field: ReviewField
  public let text: String
  /// The UTF-8 bytes of `text`.
  public let bytes: [UInt8]
  /// Words in order.
  public let tokens: [Token]
  /// Runs of 3+ single-letter tokens rejoined into one token (flag `.joined`).
  public let joined: [Token]
  /// Normalised bytes of every token (`Token.normStart..<normEnd`), joined tokens included.
  public let normalized: [UInt8]
  /// True when the text is pure ASCII (then byte offsets are code-point offsets).
  public let isASCII: Bool
  /// True when any byte is an ASCII digit (the PII detectors skip a field without one).
  public let hasDigit: Bool
  /// Every key of `tokens` and `joined`, for `PhraseMatcher`'s one-look gate.
  public let keys: FieldKeys
  /// Per token, its key's `TriggerBits` slot, plus `otherKeysMark` when it has another key
  /// (`altKey`, `squeezedKey`): every list's walk reads these four bytes a token instead of
  /// the token itself.
  let triggerSlots: [UInt32]
  /// Set in a trigger slot whose token has more than one key.
  static let otherKeysMark: UInt32 = 1 << 16
  /// Code points before every 256th byte (empty for ASCII text), so `span` costs O(256).
  private let checkpoints: [Int32]

  public init(field: ReviewField, text: String) {
    self.field = field
    self.text = text
    let bytes = Array(text.utf8)
    self.bytes = bytes
    var tokenizer = Tokenizer(capacity: bytes.count)
    var normalized = [UInt8](
      unsafeUninitializedCapacity: Tokenizer.normalizedCapacity(bytes.count)
    ) { buffer, count in
      count = bytes.withUnsafeBufferPointer { tokenizer.run($0, into: buffer) }
    }
    let tokens = TextField.joiningDottedWords(tokenizer.tokens, bytes: bytes)
    let joined = TextField.rejoin(tokens, bytes: bytes, normalized: &normalized)
    self.joined = joined
    self.tokens = tokens
    self.keys = FieldKeys(tokens, joined)
    self.triggerSlots = tokens.map {
      TriggerBits.slot(of: $0.key)
        | ($0.altKey != 0 || $0.squeezedKey != 0 ? TextField.otherKeysMark : 0)
    }
    self.normalized = normalized
    self.isASCII = tokenizer.isASCII
    self.hasDigit = tokenizer.sawDigit
    self.checkpoints = tokenizer.isASCII ? [] : TextField.checkpoints(bytes)
  }

  /// "Bottle. Arrived. With. A. Big. Dent.": a run of four or more one-word sentences on one
  /// line is one sentence typed with a full stop after every word, so its words are given
  /// one sentence number (and the sentences after it are numbered on from there). Words on
  /// lines of their own ("Pros:\nlight\nwarm") stay apart. The tokens are returned as they
  /// are when there is no such run.
  static func joiningDottedWords(_ tokens: [Token], bytes: [UInt8]) -> [Token] {
    let n = tokens.count
    guard n >= 4 else { return tokens }
    func alone(_ k: Int) -> Bool {
      (k == 0 || tokens[k - 1].sentence != tokens[k].sentence)
        && (k == n - 1 || tokens[k + 1].sentence != tokens[k].sentence)
    }
    func sameLine(_ k: Int) -> Bool {
      !bytes[Int(tokens[k].end)..<Int(tokens[k + 1].start)].contains(0x0A)
    }
    var runs: [ClosedRange<Int>] = []
    var k = 0
    while k < n {
      guard alone(k) else {
        k += 1
        continue
      }
      var j = k
      while j + 1 < n && alone(j + 1) && sameLine(j) { j += 1 }
      if j - k + 1 >= 4 { runs.append(k...j) }
      k = j + 1
    }
    guard !runs.isEmpty else { return tokens }
    var result = tokens
    var shift: Int32 = 0
    var r = 0
    for t in 0..<n {
      if r < runs.count && runs[r].contains(t) {
        let first = tokens[runs[r].lowerBound].sentence
        result[t].sentence = first - shift
        if t == runs[r].upperBound {
          shift += tokens[t].sentence - first
          r += 1
        }
      } else {
        result[t].sentence = tokens[t].sentence - shift
      }
    }
    return result
  }

  private static func checkpoints(_ bytes: [UInt8]) -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(bytes.count / 256 + 1)
    var count: Int32 = 0
    bytes.withUnsafeBufferPointer { b in
      var blockStart = 0
      while blockStart < b.count {
        result.append(count)
        let blockEnd = min(blockStart + 256, b.count)
        for k in blockStart..<blockEnd where b[k] & 0xC0 != 0x80 { count += 1 }
        blockStart = blockEnd
      }
    }
    return result
  }

  /// Code points in bytes 0..<offset.
  private func codePoints(before offset: Int) -> Int {
    let offset = min(max(offset, 0), bytes.count)
    let block = offset >> 8
    guard block < checkpoints.count else { return 0 }
    var count = Int(checkpoints[block])
    for k in (block << 8)..<offset where bytes[k] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// True when the field has no text.
  public var isEmpty: Bool { bytes.isEmpty }

  /// The span (code-point offsets, end exclusive) of a byte range of this field.
  public func span(byteRange: Range<Int>) -> Span {
    if isASCII {
      return Span(field: field, start: byteRange.lowerBound, end: byteRange.upperBound)
    }
    let start = codePoints(before: byteRange.lowerBound)
    let length = codePoints(before: byteRange.upperBound) - start
    return Span(field: field, start: start, end: start + length)
  }

  /// The original text of a byte range (invalid boundaries are repaired, never trapped on).
  public func string(byteRange: Range<Int>) -> String {
    let range = byteRange.clamped(to: 0..<bytes.count)
    return String(decoding: bytes[range], as: UTF8.self)
  }

  /// The original text of tokens `range` (from the first token's start to the last's end).
  public func string(tokens range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return string(
      byteRange: Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
  }

  /// The normalised bytes of a token.
  public func normalizedBytes(of token: Token) -> ArraySlice<UInt8> {
    normalized[Int(token.normStart)..<Int(token.normEnd)]
  }

  /// The normalised text of a token ("Café" -> "cafe", "sh1t" -> "shit").
  public func normalizedString(of token: Token) -> String {
    String(decoding: normalizedBytes(of: token), as: UTF8.self)
  }

  /// Index of the first token whose key is `key` at or after `from`, if any.
  public func firstIndex(ofKey key: UInt64, from: Int = 0) -> Int? {
    var i = from
    while i < tokens.count {
      if tokens[i].key == key { return i }
      i += 1
    }
    return nil
  }

  /// Rejoins runs of 3+ single-letter tokens separated by 1-2 non-newline separator bytes.
  /// A run that opens on "a" or "I" is also rejoined without it ("What a f.u.c.k.i.n.g joke",
  /// u102): those letters are words of their own.
  private static func rejoin(
    _ tokens: [Token], bytes: [UInt8], normalized: inout [UInt8]
  ) -> [Token] {
    var result: [Token] = []
    var i = 0
    while i < tokens.count {
      guard tokens[i].normLength == 1, tokens[i].has(.hasLetter) else {
        i += 1
        continue
      }
      var j = i + 1
      while j < tokens.count, tokens[j].normLength == 1, tokens[j].has(.hasLetter),
        tokens[j].start - tokens[j - 1].end <= 2,
        !bytes[Int(tokens[j - 1].end)..<Int(tokens[j].start)].contains(0x0A)
      {
        j += 1
      }
      if j - i >= 3 {
        result.append(joinedToken(tokens[i..<j], normalized: &normalized))
        let first = normalized[Int(tokens[i].normStart)]
        if j - i >= 4, first == UInt8(ascii: "a") || first == UInt8(ascii: "i") {
          result.append(joinedToken(tokens[(i + 1)..<j], normalized: &normalized))
        }
      }
      i = j
    }
    return result
  }

  /// One token of single letters rejoined, its normalised bytes appended to `normalized`.
  private static func joinedToken(
    _ letters: ArraySlice<Token>, normalized: inout [UInt8]
  ) -> Token {
    let normStart = normalized.count
    var stretched = false
    var run = 1
    for letter in letters {
      let c = normalized[Int(letter.normStart)]
      if let last = normalized.last, normalized.count > normStart, last == c {
        run += 1
        if run == 3 { stretched = true }
      } else {
        run = 1
      }
      normalized.append(c)
    }
    let slice = normalized[normStart...]
    var flags: TokenFlags = [.hasLetter, .joined]
    if stretched { flags.insert(.stretched) }
    return Token(
      start: letters.first!.start, end: letters.last!.end, normStart: Int32(normStart),
      normEnd: Int32(normalized.count), key: WordHash.key(of: slice), altKey: 0,
      squeezedKey: stretched ? Tokenizer.squeezedKey(slice) : 0,
      sentence: letters.first!.sentence, flags: flags)
  }
}
