import Foundation

/// Word, idiom and emoji valences for `SentimentScorer` (VADER lexicon plus modq's
/// product-review corrections; see data/sentiment/). A class: every review's scorer holds it,
/// and a reference is one retain where a copy of the struct was one per table.
public final class SentimentLexicon: Sendable {
  /// Word key -> index into `valences`.
  private let words: KeyTable
  /// The word keys as bits, asked first: most tokens are not in the lexicon, and its table
  /// (128 KiB of keys) does not stay in the first-level cache.
  private let wordBits: TriggerBits
  private let valences: [Float]
  /// Multi-word idioms ("runs small", "returned it"), scored as one unit.
  let idioms: PhraseMatcher
  let idiomValences: [Float]
  /// Emoji scalar -> valence.
  let emoji: [UInt32: Float]
  /// The first UTF-8 bytes of the emoji in `emoji`: the scorer looks up only scalars that
  /// start with one (a CJK review's letters never do).
  let emojiLeads: [Bool]

  private init(
    words: KeyTable, wordBits: TriggerBits, valences: [Float], idioms: PhraseMatcher,
    idiomValences: [Float], emoji: [UInt32: Float]
  ) {
    self.words = words
    self.wordBits = wordBits
    self.valences = valences
    self.idioms = idioms
    self.idiomValences = idiomValences
    self.emoji = emoji
    var leads = [Bool](repeating: false, count: 256)
    for value in emoji.keys {
      if let scalar = Unicode.Scalar(value), let lead = String(scalar).utf8.first {
        leads[Int(lead)] = true
      }
    }
    self.emojiLeads = leads
  }

  /// Loads `vader-lexicon.txt`, `review-overrides.txt`, `idioms.txt` and `emoji.txt`.
  public static func load(directory: URL) throws -> SentimentLexicon {
    var table: [UInt64: Float] = [:]
    // An entry of more than one word ("son-of-a-bitch", "once-in-a-lifetime") is a phrase:
    // keyed by its first word it would give that word alone its valence ("my son" read as
    // -2.7, "didn't slip once" as negated praise). It is scored as an idiom instead.
    var phrases: [(String, Float)] = []
    for name in ["vader-lexicon.txt", "review-overrides.txt"] {
      for (word, value) in try valuedEntries(directory.appendingPathComponent(name)) {
        let tokens = TextField(field: .body, text: word).tokens
        if tokens.count > 1 {
          phrases.append((word, value))
        } else if let key = tokens.first?.key {
          table[key] = value
        }
      }
    }
    var keys = KeyTable(capacity: table.count)
    let wordBits = TriggerBits(Array(table.keys))
    var valences: [Float] = []
    valences.reserveCapacity(table.count)
    for (key, value) in table {
      keys.set(Int32(valences.count), for: key)
      valences.append(value)
    }
    let idiomEntries =
      phrases + (try valuedEntries(directory.appendingPathComponent("idioms.txt")))
    let matcher = PhraseMatcher(
      phrases: idiomEntries.map(\.0),
      sources: ["vader-lexicon.txt", "review-overrides.txt", "idioms.txt"], matchesJoined: false,
      stretch: false)
    let byPhrase = Dictionary(idiomEntries, uniquingKeysWith: { _, last in last })
    var emoji: [UInt32: Float] = [:]
    for (symbol, value) in try valuedEntries(directory.appendingPathComponent("emoji.txt")) {
      if let first = symbol.unicodeScalars.first { emoji[first.value] = value }
    }
    return SentimentLexicon(
      words: keys, wordBits: wordBits, valences: valences, idioms: matcher,
      idiomValences: matcher.entries.map { byPhrase[$0] ?? 0 }, emoji: emoji)
  }

  /// The valence of a token (0 when the word is not in the lexicon).
  @inline(__always)
  func valence(of token: Token) -> Float {
    guard wordBits.mayContain(token.key) else { return 0 }
    let index = words.value(for: token.key)
    return index >= 0 ? valences[Int(index)] : 0
  }

  /// Reads `entry <TAB> number` lines; `#` lines are comments. Errors name file and line.
  static func valuedEntries(_ url: URL, limit: Float = 4) throws -> [(String, Float)] {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw PolicyError(file: url.path, line: nil, "cannot read sentiment file")
    }
    var result: [(String, Float)] = []
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
      let parts = line.split(separator: "\t")
      guard parts.count >= 2, let value = Float(ListTrimming.whitespace(parts[1])),
        value.isFinite, abs(value) <= limit
      else {
        throw PolicyError(
          file: url.path, line: lineNumber, "expected 'entry<TAB>number' within ±\(limit)")
      }
      result.append((ListTrimming.whitespace(parts[0]), value))
    }
    return result
  }
}
