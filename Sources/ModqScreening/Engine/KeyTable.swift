/// Open-addressing hash table from a non-zero `UInt64` key to an `Int32` value. Keys are
/// already well-mixed hashes, so the low bits index the table directly; load stays <= 50 %.
struct KeyTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int

  init(capacity: Int) {
    var size = 8
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  /// The value stored for `key`, or -1.
  @inline(__always)
  func value(for key: UInt64) -> Int32 {
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while true {
      let stored = keys[slot]
      if stored == key { return values[slot] }
      if stored == 0 { return -1 }
      slot = (slot + 1) & mask
    }
  }

  /// Stores `value` for `key` (replacing any previous value).
  mutating func set(_ value: Int32, for key: UInt64) {
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
    keys[slot] = key
    values[slot] = value
  }
}
