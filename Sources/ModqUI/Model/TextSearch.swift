/// Case-insensitive (ASCII letters) substring search on UTF-8 bytes, for `/` over a whole
/// queue: no per-review lowercasing, `contains`, or regular expressions.
public struct TextSearch: Sendable, Hashable {
  /// The needle, ASCII letters folded to lowercase.
  let needle: [UInt8]

  /// Nil for an empty query.
  public init?(_ query: String) {
    guard !query.isEmpty else { return nil }
    needle = query.utf8.map(TextSearch.fold)
  }

  @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// Whether `text` contains the needle.
  public func matches(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { matches(bytes: $0) }
  }

  /// Whether `bytes` contain the needle.
  public func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = needle.count
    guard n > 0, bytes.count >= n else { return n == 0 }
    let first = needle[0]
    var i = 0
    let last = bytes.count - n
    while i <= last {
      if TextSearch.fold(bytes[i]) == first {
        var j = 1
        while j < n && TextSearch.fold(bytes[i + j]) == needle[j] { j += 1 }
        if j == n { return true }
      }
      i += 1
    }
    return false
  }
}
