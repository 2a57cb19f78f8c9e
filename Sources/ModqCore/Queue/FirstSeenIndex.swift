/// Where each review id was first seen in a queue file, by a 64-bit hash of the id: the
/// 1-based line and the byte offset where that line starts. Both are packed into one word
/// (offset above, line in the low `lineBits` bits), so a slot costs 16 bytes rather than the
/// 24 of a `(line: Int32, start: Int)` value; a line or offset too large to pack is kept in a
/// second table (queues of over 16 million lines or 1 TB).
struct FirstSeenIndex {
  private let lineBits: Int
  private var packed: [UInt64: UInt64] = [:]
  private var unpacked: [UInt64: (line: Int, start: Int)] = [:]
  /// The packed value that sends a lookup to `unpacked`.
  private static let elsewhere = UInt64.max

  init(lineBits: Int = 24) { self.lineBits = lineBits }

  /// Makes room for `count` ids without growing step by step.
  mutating func reserve(_ count: Int) { packed.reserveCapacity(count) }

  subscript(key: UInt64) -> (line: Int, start: Int)? {
    guard let value = packed[key] else { return nil }
    if value == Self.elsewhere { return unpacked[key] }
    return (Int(value & (1 << UInt64(lineBits) - 1)), Int(value >> UInt64(lineBits)))
  }

  /// Records `key` at `line`, `start` (the caller checks it is not there yet).
  mutating func insert(_ key: UInt64, line: Int, start: Int) {
    let lineLimit = 1 << lineBits - 1
    let startLimit = 1 << (64 - lineBits) - 1
    if line >= 0, line < lineLimit, start >= 0, start < startLimit {
      packed[key] = UInt64(start) << UInt64(lineBits) | UInt64(line)
    } else {
      packed[key] = Self.elsewhere
      unpacked[key] = (line, start)
    }
  }
}
