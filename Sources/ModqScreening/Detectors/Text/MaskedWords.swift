/// One-word list entries matched against words with letters masked by stars: "f***ing"
/// is "fucking", "a**hole" is "asshole". A masked word starts with a letter, has at least
/// two letters and one star, and is at least 4 characters long ("a*" and "*****" are not
/// words); each star stands for exactly one letter.
struct MaskedWords: Sendable {
  /// Normalised entries (no star of their own) by length.
  private let byLength: [Int: [[UInt8]]]

  init(_ entries: [String]) {
    var table: [Int: [[UInt8]]] = [:]
    for entry in entries {
      let field = TextField(field: .body, text: entry)
      guard field.tokens.count == 1, let token = field.tokens.first else { continue }
      let bytes = Array(field.normalizedBytes(of: token))
      guard bytes.count >= 4, !bytes.contains(MaskedWords.star) else { continue }
      table[bytes.count, default: []].append(bytes)
    }
    byLength = table
  }

  private static let star = UInt8(ascii: "*")

  /// The field's masked words that stand for an entry (`entry` is -1: not a list index).
  func matches(in field: TextField) -> [PhraseMatch] {
    guard !byLength.isEmpty else { return [] }
    var result: [PhraseMatch] = []
    for (i, token) in field.tokens.enumerated() where token.has(.leet) {
      let word = field.normalizedBytes(of: token)
      guard let candidates = byLength[word.count], isMasked(word) else { continue }
      if candidates.contains(where: { fits(word, $0) }) {
        result.append(PhraseMatch(
          entry: -1, tokens: i..<(i + 1), byteRange: token.byteRange, isJoined: false))
      }
    }
    return result
  }

  private func isMasked(_ word: ArraySlice<UInt8>) -> Bool {
    guard let first = word.first, first != MaskedWords.star else { return false }
    let stars = word.reduce(0) { $0 + ($1 == MaskedWords.star ? 1 : 0) }
    return stars >= 1 && word.count - stars >= 2
  }

  private func fits(_ word: ArraySlice<UInt8>, _ entry: [UInt8]) -> Bool {
    zip(word, entry).allSatisfy { $0 == MaskedWords.star || $0 == $1 }
  }
}
