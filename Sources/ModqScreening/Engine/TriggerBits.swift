/// A bit set over word keys with no false negatives (a one-hash Bloom filter): `PhraseMatcher`
/// asks it before probing its hash tables for a token, since most tokens start no entry. The
/// bits of a list fit in the first-level cache (at most 8 KiB) where its tables often do not,
/// so a "no" costs one load that hits instead of a probe that misses.
struct TriggerBits: Sendable {
  private let words: [UInt64]
  private let mask: Int

  /// Bits for `keys`: about 16 bits per key, from 512 to 65,536 bits.
  init(_ keys: [UInt64]) {
    var bits = 512
    while bits < keys.count * 16 && bits < 1 << 16 { bits <<= 1 }
    var words = [UInt64](repeating: 0, count: bits / 64)
    let mask = bits - 1
    for key in keys {
      let bit = TriggerBits.bit(key, mask)
      words[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    self.words = words
    self.mask = mask
  }

  @inline(__always)
  private static func bit(_ key: UInt64, _ mask: Int) -> Int {
    Int(slot(of: key)) & mask
  }

  /// A key's bit in the largest set (65,536 bits); a smaller set keeps its low bits. A field
  /// stores each token's slot once (`TextField.triggerSlots`) for every list to read.
  @inline(__always)
  static func slot(of key: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: (key >> 17) ^ (key >> 41)) & 0xFFFF
  }

  /// Calls `body` with the index of every slot that may be a trigger: its bit is set, or it
  /// carries `TextField.otherKeysMark` (the token has more keys than its slot tells).
  @inline(__always)
  func forEachCandidate(in slots: UnsafeBufferPointer<UInt32>, _ body: (Int) -> Void) {
    let mask = UInt32(self.mask)
    words.withUnsafeBufferPointer { words in
      for i in 0..<slots.count {
        let s = slots[i]
        let bit = s & mask
        if s >= TextField.otherKeysMark || words[Int(bit >> 6)] & (1 << UInt64(bit & 63)) != 0 {
          body(i)
        }
      }
    }
  }

  /// False when `key` is certainly not one of the keys; true when it may be.
  @inline(__always)
  func mayContain(_ key: UInt64) -> Bool {
    let bit = TriggerBits.bit(key, mask)
    return words.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
  }
}
