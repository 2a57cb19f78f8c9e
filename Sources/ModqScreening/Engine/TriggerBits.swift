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
    Int(truncatingIfNeeded: (key >> 17) ^ (key >> 41)) & mask
  }

  /// False when `key` is certainly not one of the keys; true when it may be.
  @inline(__always)
  func mayContain(_ key: UInt64) -> Bool {
    let bit = TriggerBits.bit(key, mask)
    return words.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
  }
}
