import Testing

@testable import ModqScreening

/// `TriggerBits` is asked before `PhraseMatcher`'s tables for every token, so a false
/// negative would silently drop a match: every key put in must answer "may contain", and
/// most keys left out must answer "no" (or the filter saves nothing).
struct TriggerBitsTests {
  static func keys(_ count: Int, seed: UInt64) -> [UInt64] {
    var generator = SplitMix(seed: seed)
    return (0..<count).map { _ in generator.next() | 1 }
  }

  @Test(arguments: [0, 1, 40, 2_000, 9_000])
  func everyKeyPutInMayBeContained(count: Int) {
    let keys = Self.keys(count, seed: UInt64(count) + 3)
    let bits = TriggerBits(keys)
    #expect(keys.allSatisfy(bits.mayContain))
  }

  /// About 16 bits per key, so under 1 in 10 of other keys pass; a list of 9,000 keys
  /// reaches the cap of 65,536 bits, about 7 a key: under 1 in 5.
  @Test(arguments: [(1, 10), (40, 10), (2_000, 10), (4_000, 10), (9_000, 5)])
  func mostKeysLeftOutAreRuledOut(count: Int, oneIn: Int) {
    let bits = TriggerBits(Self.keys(count, seed: 5))
    let others = Self.keys(20_000, seed: 99)
    let maybe = others.filter(bits.mayContain).count
    #expect(maybe < others.count / oneIn, "\(maybe) of \(others.count)")
  }

  /// Real words: the word keys of common review words and of list entries, which share
  /// prefixes and suffixes, rule each other out too.
  @Test func wordKeysOfOtherWordsAreMostlyRuledOut() {
    let words = ["great", "love", "size", "small", "large", "fit", "color", "return", "order",
      "quality", "fabric", "comfortable", "would", "recommend", "shirt", "dress"]
    let listed = ["shit", "damn", "crap", "hell", "bastard", "idiot", "stupid", "moron"]
    let keysOf = { (text: String) in TextField(field: .body, text: text).tokens.map(\.key) }
    let bits = TriggerBits(listed.flatMap(keysOf))
    #expect(listed.flatMap(keysOf).allSatisfy(bits.mayContain))
    #expect(words.flatMap(keysOf).filter(bits.mayContain).count <= 2)
  }
}
