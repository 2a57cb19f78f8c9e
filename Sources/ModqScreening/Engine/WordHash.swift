/// FNV-1a hashing of normalised word bytes. Every token key and every list entry key comes
/// from here, so a list entry and the text it should match always hash the same way.
public enum WordHash {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  @inline(__always)
  static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* prime
  }

  /// Keys are never 0, so 0 can mean "no key" in tables and optional key fields.
  @inline(__always)
  static func finish(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

  /// The key of already-normalised bytes.
  public static func key<C: Collection>(of bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash = offset
    for byte in bytes { hash = mix(hash, byte) }
    return finish(hash)
  }

  /// The key of a single word as the tokenizer would normalise it ("Don't" -> key of "dont").
  /// Returns 0 when the text holds no word.
  public static func key(ofWord word: String) -> UInt64 {
    TextField(field: .body, text: word).tokens.first?.key ?? 0
  }
}
