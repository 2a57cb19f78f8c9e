/// Every word key a field's tokens can be looked up by (`key`, `altKey`, `squeezedKey`, of
/// its tokens and its rejoined single letters), as one open-addressing set built once per
/// field. A `PhraseMatcher` whose trigger keys (its entries' first words) are fewer than the
/// field's tokens asks this set first and skips the token walk when none is present: exact,
/// since a match must start on a token whose key is one of the triggers.
public struct FieldKeys: Sendable {
  private let slots: [UInt64]
  private let mask: Int

  init(_ tokens: [Token], _ joined: [Token]) {
    // Up to three keys a token: size for the keys there are, so the table is at most half
    // full (a table sized by tokens alone filled up on "aaa1 bbb1 ... hhh1", whose tokens
    // each have all three, and the insert probed forever).
    func keys(of token: Token) -> Int {
      1 + (token.altKey != 0 ? 1 : 0) + (token.squeezedKey != 0 ? 1 : 0)
    }
    var keyCount = 0
    for token in tokens { keyCount += keys(of: token) }
    for token in joined { keyCount += keys(of: token) }
    var size = 16
    while size < keyCount * 2 { size <<= 1 }
    var slots = [UInt64](repeating: 0, count: size)
    let mask = size - 1
    slots.withUnsafeMutableBufferPointer { table in
      for token in tokens { FieldKeys.insertKeys(of: token, into: table, mask: mask) }
      for token in joined { FieldKeys.insertKeys(of: token, into: table, mask: mask) }
    }
    self.slots = slots
    self.mask = mask
  }

  @inline(__always)
  private static func insertKeys(
    of token: Token, into table: UnsafeMutableBufferPointer<UInt64>, mask: Int
  ) {
    insert(token.key, into: table, mask: mask)
    if token.altKey != 0 { insert(token.altKey, into: table, mask: mask) }
    if token.squeezedKey != 0 { insert(token.squeezedKey, into: table, mask: mask) }
  }

  @inline(__always)
  private static func insert(
    _ key: UInt64, into table: UnsafeMutableBufferPointer<UInt64>, mask: Int
  ) {
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while table[slot] != 0 && table[slot] != key { slot = (slot + 1) & mask }
    table[slot] = key
  }

  /// True when some token of the field has `key` (as its key, alternative or squeezed key).
  @inline(__always)
  public func contains(_ key: UInt64) -> Bool {
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while true {
      let stored = slots[slot]
      if stored == key { return true }
      if stored == 0 { return false }
      slot = (slot + 1) & mask
    }
  }

  /// True when any of `keys` is in the field.
  public func containsAny(_ keys: [UInt64]) -> Bool {
    for key in keys where contains(key) { return true }
    return false
  }
}
