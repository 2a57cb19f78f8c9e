#if canImport(Glibc)
import Glibc
#endif

/// Byte-level character tests for the detectors (ASCII only; non-ASCII is "other").
enum ByteClass {
  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
    (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
  }
  @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isLetter(c) }
  @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
  }
}

extension UnsafeBufferPointer where Element == UInt8 {
  /// The index of the first `byte` at or after `start`, found with `memchr` (a Swift byte
  /// loop over a long review costs thousands of instructions); nil when there is none.
  @inline(__always)
  func index(ofByte byte: UInt8, from start: Int) -> Int? {
    guard let base = baseAddress, start < count,
      let found = memchr(base + start, Int32(byte), count - start)
    else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }
}

extension Array where Element == UInt8 {
  /// The index of the first ASCII digit at or after `start`, or `count` when there is none:
  /// the digit scanners jump over the words between numbers with it, reading each byte once
  /// through a pointer instead of once per scanner through the array.
  func firstDigit(from start: Int) -> Int {
    withUnsafeBufferPointer { b in
      var i = Swift.max(start, 0)
      while i < b.count && b[i] &- 0x30 >= 10 { i += 1 }
      return i
    }
  }

  /// The index of the first `byte` at or after `start` (`memchr`), nil when there is none.
  func index(ofByte byte: UInt8, from start: Int) -> Int? {
    withUnsafeBufferPointer { $0.index(ofByte: byte, from: start) }
  }

  /// True when `byte` occurs.
  func contains(byte: UInt8) -> Bool { index(ofByte: byte, from: 0) != nil }

  /// How many times `byte` occurs, counted from one `memchr` hit to the next.
  func count(ofByte byte: UInt8) -> Int {
    var count = 0
    var i = 0
    while let found = index(ofByte: byte, from: i) {
      count += 1
      i = found + 1
    }
    return count
  }
}

extension TextField {
  /// Index of the last token that ends at or before byte `offset`, if any.
  func tokenIndex(endingAtOrBefore offset: Int) -> Int? {
    var low = 0
    var high = tokens.count - 1
    var found: Int?
    while low <= high {
      let mid = (low + high) / 2
      if Int(tokens[mid].end) <= offset {
        found = mid
        low = mid + 1
      } else {
        high = mid - 1
      }
    }
    return found
  }

  /// Index of the first token that starts at or after byte `offset`, if any.
  func tokenIndex(startingAtOrAfter offset: Int) -> Int? {
    var low = 0
    var high = tokens.count - 1
    var found: Int?
    while low <= high {
      let mid = (low + high) / 2
      if Int(tokens[mid].start) >= offset {
        found = mid
        high = mid - 1
      } else {
        low = mid + 1
      }
    }
    return found
  }

  /// True when the bytes between two offsets are only the given separators.
  func gapIsOnly(_ range: Range<Int>, _ allowed: (UInt8) -> Bool) -> Bool {
    guard range.lowerBound <= range.upperBound else { return false }
    for k in range where !allowed(bytes[k]) { return false }
    return true
  }
}

/// A set of word keys (normalised), for small closed word classes in detectors.
struct WordSet: Sendable {
  private let table: KeyTable

  init(_ words: [String]) {
    var table = KeyTable(capacity: words.count)
    for word in words {
      let key = WordHash.key(ofWord: word)
      if key != 0 { table.set(1, for: key) }
    }
    self.table = table
  }

  @inline(__always) func contains(_ token: Token) -> Bool {
    table.value(for: token.key) >= 0 || (token.altKey != 0 && table.value(for: token.altKey) >= 0)
  }

  @inline(__always) func contains(key: UInt64) -> Bool { table.value(for: key) >= 0 }
}
