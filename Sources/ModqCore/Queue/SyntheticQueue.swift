#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Deterministic, realistic review lines for benchmarks: 200-3000 bytes (or everyday lengths,
/// `BodyLengths`), mixed English, CJK and
/// emoji, JSON escapes, and now and then an email, a phone number, a price or an unknown member.
/// Line `i` depends only on `(seed, i)`, so any slice of a generated queue can be regenerated.
public struct SyntheticQueue: Sendable {
  public let seed: UInt64
  public let bodies: BodyLengths

  /// How long review bodies are.
  public enum BodyLengths: String, Sendable, CaseIterable {
    /// Long, for stress: mostly 150-1,500 bytes, a quarter up to about 2,900 (median about
    /// 1,000). Every benchmark's default.
    case long
    /// The length of everyday reviews: 40-580 bytes, uniform (median and mean about 310 B,
    /// 90th percentile about 525 B), as the 11,326 genuine reviews in `../shared/eval`
    /// (median 304, mean 310, 90th percentile 500 characters).
    case everyday
  }

  public init(seed: UInt64 = 1, bodies: BodyLengths = .long) {
    self.seed = seed
    self.bodies = bodies
  }

  /// Appends review number `index` (0-based; its id is `r-<index+1>`) as one line plus `\n`.
  public func appendLine(_ index: Int, to out: inout [UInt8]) {
    var rng = SeededRandom(seed: seed ^ (UInt64(index) &* 0x2545_F491_4F6C_DD1D))
    let words = SyntheticText.words
    out.append(contentsOf: #"{"id":"r-"#.utf8)
    out.append(contentsOf: String(index + 1).utf8)
    out.append(contentsOf: #"","rating":"#.utf8)
    out.append(UInt8(0x31 + rng.below(5)))
    if !rng.chance(8) {
      out.append(contentsOf: #","title":""#.utf8)
      for w in 0..<(1 + rng.below(6)) {
        if w > 0 { out.append(0x20) }
        out.append(contentsOf: words[rng.below(words.count)])
      }
      out.append(0x22)
    }
    out.append(contentsOf: #","body":""#.utf8)
    appendBody(&rng, to: &out)
    out.append(0x22)
    let product = rng.below(SyntheticText.products.count)
    out.append(contentsOf: #","product":{"id":"SKU-"#.utf8)
    out.append(contentsOf: String(100 + product * 7).utf8)
    out.append(contentsOf: #"","name":""#.utf8)
    out.append(contentsOf: SyntheticText.products[product].utf8)
    out.append(contentsOf: #"","brand":"Northpeak","category":"outdoor"}"#.utf8)
    out.append(contentsOf: #","author":{"name":""#.utf8)
    out.append(contentsOf: SyntheticText.names[rng.below(SyntheticText.names.count)].utf8)
    out.append(contentsOf: #"","id":"c-"#.utf8)
    out.append(contentsOf: String(rng.below(90_000) + 10_000).utf8)
    out.append(contentsOf: #""},"verified_purchase":"#.utf8)
    out.append(contentsOf: (rng.chance(70) ? "true" : "false").utf8)
    out.append(contentsOf: #","submitted_at":"2026-11-"#.utf8)
    out.append(contentsOf: String(10 + rng.below(10)).utf8)
    out.append(contentsOf: #"T10:22:00Z","locale":"en-US","order_id":"o-"#.utf8)
    out.append(contentsOf: String(index &* 7 + 5531).utf8)
    out.append(0x22)
    if rng.chance(5) { out.append(contentsOf: #","helpful_votes":12,"media":["img-1.jpg"]"#.utf8) }
    out.append(contentsOf: "}\n".utf8)
  }

  private func appendBody(_ rng: inout SeededRandom, to out: inout [UInt8]) {
    let target: Int
    switch bodies {
    case .long: target = 150 + rng.below(1350) + (rng.chance(25) ? rng.below(1450) : 0)
    case .everyday: target = 40 + rng.below(540)
    }
    let start = out.count
    let words = SyntheticText.words
    var sentence = 0
    while out.count - start < target {
      switch rng.below(40) {
      case 0: out.append(contentsOf: SyntheticText.cjk[rng.below(SyntheticText.cjk.count)].utf8)
      case 1: out.append(contentsOf: " 👍🎒 ".utf8)
      case 2: out.append(contentsOf: #" \"really\" \\ good\n"#.utf8)
      case 3: out.append(contentsOf: #" caf\u00e9 \ud83d\ude00 "#.utf8)
      case 4: out.append(contentsOf: " mail me at dana.k\(rng.below(99))@example.com ".utf8)
      case 5: out.append(contentsOf: " call 555-\(100 + rng.below(900))-7788 ".utf8)
      case 6: out.append(contentsOf: " only $\(rng.below(300)).99 ".utf8)
      default:
        let n = 4 + rng.below(12)
        for w in 0..<n {
          if w > 0 || sentence > 0 { out.append(0x20) }
          out.append(contentsOf: words[rng.below(words.count)])
        }
        out.append(0x2E)
        sentence += 1
      }
    }
  }

  /// Writes `count` reviews to `path` (replacing it); returns the number of bytes written.
  @discardableResult
  public func write(count: Int, to path: String) throws(QueueOpenError) -> Int {
    guard let file = fopen(path, "wb") else {
      throw QueueOpenError(path: path, reason: String(cString: strerror(errno)))
    }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 21)
    var total = 0
    var failed = false
    for i in 0..<count {
      appendLine(i, to: &buffer)
      if buffer.count >= 1 << 20 || i == count - 1 {
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        failed = failed || written != buffer.count
        total += buffer.count
        buffer.removeAll(keepingCapacity: true)
      }
    }
    failed = fclose(file) != 0 || failed
    if failed { throw QueueOpenError(path: path, reason: "write failed") }
    return total
  }
}
