/// The fixed-size fingerprint of one review for `DuplicateDetector`, as 32-bit words:
/// `[0]` sketch length, `[1...2]` the exact key (normalised word sequence), then `bands`
/// band keys, then up to `sketchSize` sketch values (ascending). With the default sketch of 48
/// that is 63 words (252 bytes) per review, whatever the review's length.
///
/// - The sketch keeps the `sketchSize` smallest distinct shingle hashes (top 32 bits of a
///   64-bit hash, so order is kept): a bottom-k MinHash whose Jaccard estimate is exact for
///   texts of fewer shingles than the sketch.
/// - A shingle's hash: each word's key mixed once, rotated by its place in the shingle, XORed,
///   mixed again (two mixes a shingle of two words, not three).
/// - The band keys come from a one-permutation MinHash (`bands * rows` bins, empty bins
///   filled by rotation): two texts of Jaccard similarity J share at least one band key with
///   probability 1 - (1 - J^4)^12 (0.99 at J = 0.75), and unrelated texts almost never do.
struct DuplicateFingerprint {
  static let bands = 12
  static let rows = 4
  static let bins = bands * rows
  static let sketchOffset = 3 + bands

  let sketchSize: Int

  var width: Int { DuplicateFingerprint.sketchOffset + sketchSize }

  /// Fills `row` from the review's token keys (title then body), contractions and number
  /// words read as `DuplicateWords` says.
  func write(
    _ keys: UnsafeBufferPointer<UInt64>, shingleSize: Int,
    into row: UnsafeMutableBufferPointer<UInt32>
  ) {
    if let canonical = DuplicateWords.shared.canonical(keys) {
      canonical.withUnsafeBufferPointer { write(words: $0, shingleSize: shingleSize, into: row) }
    } else {
      write(words: keys, shingleSize: shingleSize, into: row)
    }
  }

  private func write(
    words keys: UnsafeBufferPointer<UInt64>, shingleSize: Int,
    into row: UnsafeMutableBufferPointer<UInt32>
  ) {
    var exact: UInt64 = 0xcbf2_9ce4_8422_2325
    for key in keys { exact = (exact ^ key) &* 0x0000_0100_0000_01b3 }
    row[1] = UInt32(truncatingIfNeeded: exact)
    row[2] = UInt32(truncatingIfNeeded: exact >> 32)
    let size = min(shingleSize, keys.count)
    let k = sketchSize
    let bins = DuplicateFingerprint.bins
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: k + bins + keys.count) { scratch in
      var sketchCount = 0
      let binBase = k
      for b in 0..<bins { scratch[binBase + b] = UInt64.max }
      // Each word is mixed once; a shingle XORs its words' mixes, rotated by position so
      // order counts, and mixes that once more. That one hash picks the bin (high bits) and
      // is the bin's value (one-permutation hashing), and goes into the bottom-k sketch.
      let wordBase = k + bins
      for (j, key) in keys.enumerated() { scratch[wordBase + j] = DuplicateFingerprint.mix(key) }
      for start in 0...(keys.count - size) {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for j in 0..<size { h ^= DuplicateFingerprint.rotate(scratch[wordBase + start + j], j) }
        h = DuplicateFingerprint.mix(h)
        let bin = binBase + Int(((h >> 32) &* UInt64(bins)) >> 32)
        if h < scratch[bin] { scratch[bin] = h }
        // Bottom-k: keep the k smallest distinct values, sorted (the place by binary search,
        // the larger values moved up by one memmove).
        if sketchCount == k && h >= scratch[k - 1] { continue }
        var low = 0
        var high = sketchCount
        while low < high {
          let mid = (low &+ high) >> 1
          if scratch[mid] < h { low = mid + 1 } else { high = mid }
        }
        if low < sketchCount && scratch[low] == h { continue }
        let moved = min(sketchCount, k - 1) - low
        if moved > 0 {
          let base = scratch.baseAddress! + low
          (base + 1).update(from: base, count: moved)
        }
        scratch[low] = h
        if sketchCount < k { sketchCount += 1 }
      }
      row[0] = UInt32(sketchCount)
      for i in 0..<sketchCount {
        row[DuplicateFingerprint.sketchOffset + i] = UInt32(truncatingIfNeeded: scratch[i] >> 32)
      }
      densify(UnsafeMutableBufferPointer(rebasing: scratch[binBase..<(binBase + bins)]))
      for band in 0..<DuplicateFingerprint.bands {
        var h: UInt64 = UInt64(band) &+ 0x51_7CC1_B727_220A
        for r in 0..<DuplicateFingerprint.rows {
          h = DuplicateFingerprint.mix(h ^ scratch[binBase + band * DuplicateFingerprint.rows + r])
        }
        row[3 + band] = UInt32(truncatingIfNeeded: h >> 32)
      }
    }
  }

  /// Fills every empty bin from the next non-empty bin to its right (circularly), mixed
  /// with the distance, so equal sets always get equal bins.
  private func densify(_ bins: UnsafeMutableBufferPointer<UInt64>) {
    let n = bins.count
    guard let any = bins.firstIndex(where: { $0 != UInt64.max }) else { return }
    var next = any
    var i = any
    repeat {
      i = (i + n - 1) % n
      if bins[i] == UInt64.max {
        let distance = (next - i + n) % n
        // `next` stays at the donor, so every filled bin derives from a real value.
        bins[i] = DuplicateFingerprint.mix(bins[next] &+ UInt64(distance))
      } else {
        next = i
      }
    } while i != any
  }

  /// The sketch of a row.
  static func sketch(_ row: UnsafeBufferPointer<UInt32>) -> UnsafeBufferPointer<UInt32> {
    UnsafeBufferPointer(rebasing: row[sketchOffset..<(sketchOffset + Int(row[0]))])
  }

  /// The exact key of a row.
  static func exactKey(_ row: UnsafeBufferPointer<UInt32>) -> UInt64 {
    UInt64(row[1]) | UInt64(row[2]) << 32
  }

  /// `x` rotated left by 23 bits per position `j` (a word's place in its shingle).
  @inline(__always)
  static func rotate(_ x: UInt64, _ j: Int) -> UInt64 {
    let bits = UInt64((j &* 23) & 63)
    return bits == 0 ? x : (x << bits) | (x >> (64 - bits))
  }

  @inline(__always)
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
