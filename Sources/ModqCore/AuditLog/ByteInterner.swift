import Foundation

/// Maps byte strings to dense integer ids (0, 1, 2...) without making Strings.
/// Open addressing over FNV-1a hashes; the keys live in one flat arena.
struct ByteInterner: Sendable {
  private var arena: [UInt8] = []
  private var starts: [Int] = [0]
  /// Per slot: high 32 bits of the hash, low 32 bits id + 1; 0 when empty. Comparing the tag
  /// first avoids touching the arena for most probes.
  private var table: [UInt64] = Array(repeating: 0, count: 1024)

  var count: Int { starts.count - 1 }

  /// The id of `p[s..<e]`, adding it when `insert` is true. Nil if absent and not inserted.
  mutating func id(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int, insert: Bool) -> Int? {
    id(p, s, e, hash: Self.hash(p, s, e), insert: insert)
  }

  /// The first table entry probed for hash `h`. Batch callers read it for several keys
  /// before inserting any, so the cache misses of a large table overlap instead of queueing.
  @inline(__always)
  func firstProbe(_ h: UInt64) -> UInt64 {
    table[Int(truncatingIfNeeded: h) & (table.count - 1)]
  }

  /// Makes room for `n` keys without growing the table again.
  mutating func reserve(_ n: Int) {
    starts.reserveCapacity(n + 1)
    var size = table.count
    while n * 2 > size { size *= 2 }
    if size > table.count { rehash(size) }
  }

  /// `id(p, s, e, insert:)` with `h == ByteInterner.hash(p, s, e)` already computed.
  mutating func id(
    _ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int, hash h: UInt64, insert: Bool
  ) -> Int? {
    let mask = table.count - 1
    var slot = Int(truncatingIfNeeded: h) & mask
    let tag = h & 0xFFFF_FFFF_0000_0000
    while true {
      let entry = table[slot]
      if entry == 0 { break }
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let n = Int(entry & 0xFFFF_FFFF) - 1
        if equal(n, p, s, e) { return n }
      }
      slot = (slot + 1) & mask
    }
    guard insert else { return nil }
    let n = count
    arena.append(contentsOf: UnsafeRawBufferPointer(rebasing: p[s..<e]))
    starts.append(arena.count)
    table[slot] = tag | UInt64(n + 1)
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
    guard e > s else { return true }
    return arena.withUnsafeBytes { q in
      guard let qb = q.baseAddress, let pb = p.baseAddress else { return false }
      return memcmp(qb + a, pb + s, e - s) == 0
    }
  }

  private mutating func grow() { rehash(table.count * 2) }

  /// Rebuilds the table at `size` slots, hashing the keys again from the arena (rare: the
  /// fold reserves ahead; keeping every hash instead cost 8 bytes and a store per key).
  private mutating func rehash(_ size: Int) {
    var fresh = Self.zeroedTable(size)
    let mask = size - 1
    arena.withUnsafeBytes { keys in
      for n in 0..<count {
        let h = Self.hash(keys, starts[n], starts[n + 1])
        var slot = Int(truncatingIfNeeded: h) & mask
        while fresh[slot] != 0 { slot = (slot + 1) & mask }
        fresh[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(n + 1)
      }
    }
    table = fresh
  }

  /// A zeroed table; a large one asks for transparent huge pages first (probes are random,
  /// and 4 KB pages make each one a TLB miss too, expensive in a VM).
  static func zeroedTable(_ count: Int) -> [UInt64] {
    [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
      #if canImport(Glibc)
        let bytes = count * 8
        if bytes >= 4 << 20, let base = buffer.baseAddress {
          let huge = 2 << 20
          let start = (Int(bitPattern: base) + huge - 1) / huge * huge
          let end = (Int(bitPattern: base) + bytes) / huge * huge
          if end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) {
            madvise(aligned, end - start, Int32(MADV_HUGEPAGE))
          }
        }
      #endif
      buffer.initialize(repeating: 0)
      initialized = count
    }
  }

  /// 8 bytes at a time, multiply-xorshift mixing. The last 1...7 bytes form one
  /// little-endian word, read with one load when the buffer has 8 bytes there (the bytes
  /// past `e` are masked off), so the value depends on `p[s..<e]` alone.
  @inline(__always)
  static func hash(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(e - s)
    var i = s
    while i + 8 <= e {
      h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 32
      i += 8
    }
    let k = e - i
    var tail: UInt64 = 0
    if k > 0 && i + 8 <= p.count {
      let word = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      tail = word & (UInt64.max >> UInt64(64 - 8 * k))
    } else if k > 0 && e >= 8 {
      let word = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: e - 8, as: UInt64.self))
      tail = word >> UInt64(64 - 8 * k)
    } else {
      var shift: UInt64 = 0
      while i < e {
        tail |= UInt64(p[i]) << shift
        shift += 8
        i += 1
      }
    }
    h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return h ^ (h >> 29)
  }
}
