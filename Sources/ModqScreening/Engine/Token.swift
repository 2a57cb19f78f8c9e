/// Facts about a token, set by the tokenizer.
public struct TokenFlags: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// At least one letter.
  public static let hasLetter = TokenFlags(rawValue: 1 << 0)
  /// At least one ASCII digit in the original text.
  public static let hasDigit = TokenFlags(rawValue: 1 << 1)
  /// Only ASCII digits.
  public static let allDigits = TokenFlags(rawValue: 1 << 2)
  /// The first letter is upper case ("Jane", "McDonald", "NASA").
  public static let capitalized = TokenFlags(rawValue: 1 << 3)
  /// Two or more letters, all upper case ("NASA", "WORST").
  public static let allUpper = TokenFlags(rawValue: 1 << 4)
  /// A leetspeak character was mapped to a letter (0->o, @->a, $->s ...).
  public static let leet = TokenFlags(rawValue: 1 << 5)
  /// Contains non-ASCII text.
  public static let nonASCII = TokenFlags(rawValue: 1 << 6)
  /// Built by rejoining single letters separated by spaces or punctuation ("f.u.c.k").
  public static let joined = TokenFlags(rawValue: 1 << 7)
  /// A run of 3 or more identical letters ("fuuuck", "sooo"); `squeezedKey` is set.
  public static let stretched = TokenFlags(rawValue: 1 << 8)
  /// Chat shorthand ("acct", "pls"): `altKey` is the word it stands for (`Shorthand`).
  public static let shorthand = TokenFlags(rawValue: 1 << 9)
}

/// One word of a field: where it is (bytes of the original text) and its normalised form
/// (case-folded, accents removed, leetspeak mapped, apostrophes and zero-width characters
/// dropped), hashed for one-probe list lookup.
public struct Token: Sendable, Hashable {
  /// Byte offsets into `TextField.bytes`, end exclusive.
  public var start: Int32
  public var end: Int32
  /// Byte offsets into `TextField.normalized`, end exclusive.
  public var normStart: Int32
  public var normEnd: Int32
  /// `WordHash` key of the normalised bytes.
  public var key: UInt64
  /// The token's other reading: its key with every `1` read as `l` instead of `i`, or the
  /// key of the word a chat shorthand stands for ("acct": "account", `Shorthand`); 0 when
  /// it has none.
  public var altKey: UInt64
  /// Key with runs of a repeated letter collapsed to one (0 unless `.stretched`).
  public var squeezedKey: UInt64
  /// Sentence number in the field (0-based): `.`, `!`, `?` before a space, or a newline, ends one.
  public var sentence: Int32
  public var flags: TokenFlags

  /// Byte range in the original text.
  public var byteRange: Range<Int> { Int(start)..<Int(end) }
  /// Normalised length in bytes.
  public var normLength: Int { Int(normEnd - normStart) }
  public func has(_ flag: TokenFlags) -> Bool { flags.contains(flag) }
}
