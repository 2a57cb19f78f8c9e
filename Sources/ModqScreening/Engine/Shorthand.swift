/// Chat shorthand read as the word it stands for ("acct" as "account", "pls" as "please"):
/// the tokenizer gives such a token the full word's key as its `altKey`, so every list and
/// word set matches "someone got into my acct" as it matches "someone got into my account".
/// Only spellings with one common reading are here: "u", "ur", "r" and "w" are left alone
/// ("U-lock", "ur" for "your" or "you're", "800 W").
enum Shorthand {
  static let readings: [(short: String, word: String)] = [
    ("acct", "account"), ("accts", "accounts"), ("pls", "please"), ("plz", "please"),
    ("msg", "message"), ("msgs", "messages"), ("msgd", "messaged"), ("rcvd", "received"),
    ("recd", "received"), ("pkg", "package"), ("pkgs", "packages"), ("wk", "week"),
    ("wks", "weeks"), ("hrs", "hours"), ("mins", "minutes"), ("thx", "thanks"),
    ("ppl", "people"), ("tho", "though"), ("thru", "through"), ("cuz", "because"),
    ("bc", "because"), ("nvr", "never"), ("yr", "year"), ("yrs", "years"), ("rly", "really"),
    ("abt", "about"), ("pics", "pictures"), ("gr8", "great"), ("wknd", "weekend"),
    // A dropped letter of a negation ("havnt had a chance to set it up yet", u334-29).
    ("havnt", "havent"),
  ]

  /// The readings by key. A tokenizer keeps its own copy (asking a global for each token
  /// costs a lazy-initialisation check a token).
  struct Table: Sendable {
    private let shorts: KeyTable
    private let words: [UInt64]
    /// The longest shorthand spelling, in bytes: longer tokens are never looked up.
    let maxLength: Int

    fileprivate init() {
      var shorts = KeyTable(capacity: Shorthand.readings.count)
      for (index, reading) in Shorthand.readings.enumerated() {
        shorts.set(Int32(index), for: WordHash.key(of: Array(reading.short.utf8)))
      }
      self.shorts = shorts
      words = Shorthand.readings.map { WordHash.key(of: Array($0.word.utf8)) }
      maxLength = Shorthand.readings.map(\.short.utf8.count).max() ?? 0
    }

    /// The key of the word `key` is shorthand for, or 0.
    @inline(__always)
    func reading(of key: UInt64) -> UInt64 {
      let index = shorts.value(for: key)
      return index >= 0 ? words[Int(index)] : 0
    }
  }

  static let table = Table()
}
