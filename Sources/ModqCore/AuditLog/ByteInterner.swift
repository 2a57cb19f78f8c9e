/// Maps byte strings to dense integer ids (0, 1, 2...) without making Strings.
/// Open addressing over FNV-1a hashes; the keys live in one flat arena.
struct ByteInterner: Sendable {
  private var arena: [UInt8] = []
  private var starts: [Int] = [0]
  private var table: [Int32] = Array(repeating: -1, count: 1024)
  private var hashes: [UInt64] = []

  var count: Int { starts.count - 1 }

  /// The id of `p[s..<e]`, adding it when `insert` is true. Nil if absent and not inserted.
  mutating func id(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int, insert: Bool) -> Int? {
    let h = Self.hash(p, s, e)
    let mask = table.count - 1
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let entry = table[slot]
      if entry < 0 { break }
      let n = Int(entry)
      if hashes[n] == h, equal(n, p, s, e) { return n }
      slot = (slot + 1) & mask
    }
    guard insert else { return nil }
    let n = count
    arena.append(contentsOf: UnsafeRawBufferPointer(rebasing: p[s..<e]))
    starts.append(arena.count)
    hashes.append(h)
    table[slot] = Int32(n)
    if count * 2 > table.count { grow() }
    return n
  }

  /// Looks up (or inserts) a byte array.
  mutating func id(_ bytes: [UInt8], insert: Bool) -> Int? {
    bytes.withUnsafeBytes { id($0, 0, $0.count, insert: insert) }
  }

  /// The bytes of id `n`.
  func bytes(_ n: Int) -> ArraySlice<UInt8> { arena[starts[n]..<starts[n + 1]] }

  private func equal(_ n: Int, _ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Bool {
    let a = starts[n]
    guard starts[n + 1] - a == e - s else { return false }
    return arena.withUnsafeBytes { q in
      for k in 0..<(e - s) where q[a + k] != p[s + k] { return false }
      return true
    }
  }

  private mutating func grow() {
    table = Array(repeating: -1, count: table.count * 2)
    let mask = table.count - 1
    for n in 0..<count {
      var slot = Int(truncatingIfNeeded: hashes[n]) & mask
      while table[slot] >= 0 { slot = (slot + 1) & mask }
      table[slot] = Int32(n)
    }
  }

  static func hash(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for k in s..<e {
      h = (h ^ UInt64(p[k])) &* 0x100_0000_01b3
    }
    return h ^ (h >> 29)
  }
}
