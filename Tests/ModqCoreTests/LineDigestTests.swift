import Crypto
import Testing

@testable import ModqCore

/// The allocation-free SHA-256 used by verify agrees with swift-crypto's `SHA256`.
@Suite struct LineDigestTests {
  @Test func agreesWithSwiftCryptoOnEveryLengthUpTo300() {
    var rng = SeededRandom(seed: 3)
    var bytes: [UInt8] = []
    for length in 0...300 {
      let expected = Array(SHA256.hash(data: bytes))
      let got = bytes.withUnsafeBytes { LineDigest.withSHA256(of: $0) { Array($0) } }
      #expect(got == expected, "length \(length)")
      bytes.append(UInt8(truncatingIfNeeded: rng.below(256)))
    }
  }

  @Test func matchesComparesTheHexOfThatDigest() {
    let line = Array(#"{"seq":1,"ts":"t","moderator":"a","type":"skip","prev":"","id":"x""#.utf8)
    let hex = Array(Hex.string(SHA256.hash(data: line)).utf8)
    var wrong = hex
    wrong[10] = wrong[10] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
    let hasher = AuditHasher(key: nil)
    line.withUnsafeBytes { p in
      #expect(hex.withUnsafeBytes { hasher.matches(p, hex: $0) })
      #expect(!wrong.withUnsafeBytes { hasher.matches(p, hex: $0) })
    }
  }
}
