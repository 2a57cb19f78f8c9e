import Foundation

/// One phrase found in a field.
public struct PhraseMatch: Sendable, Hashable {
  /// Index of the phrase in `PhraseMatcher.entries`.
  public var entry: Int
  /// Token indices matched (in `TextField.tokens`, or `TextField.joined` when `isJoined`).
  public var tokens: Range<Int>
  /// Bytes of the original text covered.
  public var byteRange: Range<Int>
  /// Matched on rejoined single letters ("s h i t").
  public var isJoined: Bool
}

/// Whole-word, whole-phrase matching of a word list against a field's normalised tokens: one
/// hash probe per token; multi-word phrases are checked token by token after their first word.
/// Entries go through the same tokenizer as review text, so "Don't", "café" and "f.u.c.k"
/// normalise identically on both sides.
public struct PhraseMatcher: Sendable {
  /// The entries as written in the list (one phrase each).
  public let entries: [String]
  /// Where the entries came from (file names), for messages.
  public let sources: [String]
  /// Every entry's word keys, one after another (`PhraseLink.start` / `length` index it),
  /// so a probe reads flat memory and retains nothing.
  private let keyStore: [UInt64]
  /// First-word key -> the entries starting with it, in entry order.
  private let chains: PhraseChains
  /// Squeezed single-word key -> entry (for "fuuuck", "shiiit").
  private let squeezed: KeyTable
  private let matchesJoined: Bool

  /// Compiles phrases. `matchesJoined`: also match single-word entries against rejoined
  /// single letters ("f u c k"); `stretch`: match words with letters repeated 3+ times.
  public init(
    phrases: [String], sources: [String] = [], matchesJoined: Bool = true, stretch: Bool = true
  ) {
    var kept: [String] = []
    var keys: [[UInt64]] = []
    for phrase in phrases {
      let field = TextField(field: .body, text: phrase)
      guard !field.tokens.isEmpty else { continue }
      kept.append(phrase)
      keys.append(field.tokens.map(\.key))
    }
    var squeezedTable = KeyTable(capacity: stretch ? keys.count : 0)
    var squeezedRuns: [Int32: [Int]] = [:]
    var triggers = Set<UInt64>()
    if stretch {
      for (index, phrase) in kept.enumerated() where keys[index].count == 1 {
        let field = TextField(field: .body, text: phrase)
        if let token = field.tokens.first {
          let bytes = field.normalizedBytes(of: token)
          let key = Tokenizer.squeezedKey(bytes)
          squeezedTable.set(Int32(index), for: key)
          squeezedRuns[Int32(index)] = PhraseMatcher.runLengths(bytes)
          triggers.insert(key)
        }
      }
    }
    self.squeezedRuns = squeezedRuns
    self.entries = kept
    self.sources = sources
    var store: [UInt64] = []
    var starts: [Int32] = []
    for phraseKey in keys {
      starts.append(Int32(store.count))
      store += phraseKey
    }
    self.keyStore = store
    self.chains = PhraseChains(keys: keys, starts: starts)
    self.squeezed = squeezedTable
    self.matchesJoined = matchesJoined
    self.stretch = stretch
    triggers.formUnion(keys.map { $0[0] })
    self.triggers = triggers.sorted()
    self.triggerBits = TriggerBits(self.triggers)
  }

  private let stretch: Bool
  /// Per one-word entry matched by its squeezed key, the length of each run of one letter
  /// ("ass" -> 1, 2): a stretched word matches only when each of its runs is at least as long
  /// ("assss", but not "aaas", which squeezes to the same "as").
  private let squeezedRuns: [Int32: [Int]]

  /// The lengths of the runs of one byte in `bytes`.
  private static func runLengths<C: Collection>(_ bytes: C) -> [Int] where C.Element == UInt8 {
    var runs: [Int] = []
    var previous: UInt8?
    for c in bytes {
      if c == previous { runs[runs.count - 1] += 1 } else { runs.append(1) }
      previous = c
    }
    return runs
  }

  /// True when `bytes` stretches entry `entry`: run for run, never shorter.
  private func stretches(_ bytes: ArraySlice<UInt8>, entry: Int32) -> Bool {
    guard let want = squeezedRuns[entry] else { return false }
    let have = PhraseMatcher.runLengths(bytes)
    return have.count == want.count && !zip(have, want).contains { $0 < $1 }
  }

  /// Every key a match can start on (first words; squeezed one-word entries), for the gate:
  /// a field holding none of them has no match.
  private let triggers: [UInt64]
  /// The triggers as bits, asked before the tables for each token.
  private let triggerBits: TriggerBits

  /// Names and their possessives ("GearHub", "GearHub's"): the tokenizer drops the
  /// apostrophe, so "GearHub's" is one word ("gearhubs") that the name alone never matches.
  public static func withPossessives(_ names: [String]) -> [String] {
    names.flatMap { [$0, $0 + "'s"] }
  }

  /// Reads a list file: one entry a line, `#` starts a comment, blank lines skipped.
  public static func entries(ofListFile url: URL) throws -> [String] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var result: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var entry = Substring(line)
      if let hash = entry.firstIndex(of: "#") { entry = entry[..<hash] }
      let trimmed = ListTrimming.whitespaceAndNewlines(entry)
      if !trimmed.isEmpty { result.append(trimmed) }
    }
    return result
  }

  /// Number of entries.
  public var count: Int { entries.count }

  /// Every match in the field, in text order (joined-letter matches last). `gated: false`
  /// always walks the tokens (tests compare both ways).
  public func matches(in field: TextField, gated: Bool = true) -> [PhraseMatch] {
    var result: [PhraseMatch] = []
    matches(in: field, gated: gated, into: &result)
    return result
  }

  /// Appends the matches in `field` to `result` (a caller matching many fields reuses one
  /// buffer instead of growing a new array for each).
  public func matches(in field: TextField, gated: Bool = true, into result: inout [PhraseMatch]) {
    if gated && wouldGate(field) { return }
    field.tokens.withUnsafeBufferPointer { tokens in
      keyStore.withUnsafeBufferPointer { store in
        chains.links.withUnsafeBufferPointer { links in
          field.triggerSlots.withUnsafeBufferPointer { slots in
            triggerBits.forEachCandidate(in: slots) { i in
              probe(field, tokens, store, links, at: i, into: &result)
            }
          }
        }
      }
    }
    if matchesJoined && !field.joined.isEmpty {
      for (i, token) in field.joined.enumerated() {
        if let entry = singleWordEntry(for: token, in: field) {
          result.append(
            PhraseMatch(
              entry: entry, tokens: i..<(i + 1), byteRange: token.byteRange, isJoined: true))
        }
      }
    }
  }

  /// True when the gate rules out every match: the field holds none of the trigger keys.
  /// Asked only when there are fewer triggers than tokens (one set lookup per trigger is
  /// then cheaper than one probe per token).
  func wouldGate(_ field: TextField) -> Bool {
    triggers.count <= field.tokens.count + field.joined.count
      && !field.keys.containsAny(triggers)
  }

  /// True when any entry occurs in the field.
  public func occurs(in field: TextField) -> Bool { !matches(in: field).isEmpty }

  @inline(__always)
  private func probe(
    _ field: TextField, _ tokens: UnsafeBufferPointer<Token>, _ store: UnsafeBufferPointer<UInt64>,
    _ links: UnsafeBufferPointer<PhraseLink>, at i: Int, into result: inout [PhraseMatch]
  ) {
    let token = tokens[i]
    // Most tokens start no entry: the walk rules them out on the trigger bits before any
    // table probe, and a token with other keys is checked on all of them here. (The squeezed
    // key is looked up only when `stretch`; it is among the triggers then.)
    guard
      triggerBits.mayContain(token.key)
        || (token.altKey != 0 && triggerBits.mayContain(token.altKey))
        || (stretch && token.squeezedKey != 0 && triggerBits.mayContain(token.squeezedKey))
    else { return }
    var run = chains.run(for: token.key)
    // Chat shorthand reads both ways: "pls" starts "pls call" and "please sort it".
    var shorthandRun: (single: Range<Int>, multi: Range<Int>) = (0..<0, 0..<0)
    if token.altKey != 0 {
      if run.single.isEmpty && run.multi.isEmpty {
        run = chains.run(for: token.altKey)
      } else if token.has(.shorthand) {
        shorthandRun = chains.run(for: token.altKey)
      }
    }
    if run.single.isEmpty && run.multi.isEmpty {
      if stretch && token.squeezedKey != 0 {
        let entry = squeezed.value(for: token.squeezedKey)
        if entry >= 0 && stretches(field.normalizedBytes(of: token), entry: entry) {
          result.append(
            PhraseMatch(
              entry: Int(entry), tokens: i..<(i + 1), byteRange: token.byteRange, isJoined: false))
        }
      }
      return
    }
    let first = result.count
    matches(run, tokens, store, links, at: i, into: &result)
    matches(shorthandRun, tokens, store, links, at: i, into: &result)
    // Entry order within one start, as a scan of the entries would give.
    if result.count - first > 1 { result[first...].sort { $0.entry < $1.entry } }
  }

  /// Appends the matches at token `i` of the entries of `run` (one first word's entries).
  @inline(__always)
  private func matches(
    _ run: (single: Range<Int>, multi: Range<Int>), _ tokens: UnsafeBufferPointer<Token>,
    _ store: UnsafeBufferPointer<UInt64>, _ links: UnsafeBufferPointer<PhraseLink>, at i: Int,
    into result: inout [PhraseMatch]
  ) {
    let token = tokens[i]
    for c in run.single {
      if result.isEmpty { result.reserveCapacity((tokens.count - i) / 4 + 4) }
      result.append(
        PhraseMatch(
          entry: Int(links[c].entry), tokens: i..<(i + 1), byteRange: token.byteRange,
          isJoined: false))
    }
    // The longer entries whose second word is the next token's key (or its other key).
    if !run.multi.isEmpty && i + 1 < tokens.count && tokens[i + 1].sentence == token.sentence {
      let next = tokens[i + 1]
      let seconds = PhraseChains.seconds(next.key, in: run.multi, links)
      for c in seconds { longer(tokens, store, links[c], at: i, into: &result) }
      if next.altKey != 0 && next.altKey != next.key {
        for c in PhraseChains.seconds(next.altKey, in: run.multi, links) {
          longer(tokens, store, links[c], at: i, into: &result)
        }
      }
    }
  }

  /// Appends `link`'s match at token `i` when its third word on match the tokens after the
  /// second (which the caller matched).
  @inline(__always)
  private func longer(
    _ tokens: UnsafeBufferPointer<Token>, _ store: UnsafeBufferPointer<UInt64>,
    _ link: PhraseLink, at i: Int, into result: inout [PhraseMatch]
  ) {
    let token = tokens[i]
    let count = Int(link.length)
    let start = Int(link.start)
    var length = 2
    while length < count, i + length < tokens.count {
      let t = tokens[i + length]
      let want = store[start + length]
      guard t.sentence == token.sentence, t.key == want || (t.altKey != 0 && t.altKey == want)
      else { break }
      length += 1
    }
    guard length == count else { return }
    let last = tokens[i + length - 1]
    // Lists of common words match often: grow once, not at 1, 2, 4, 8...
    if result.isEmpty { result.reserveCapacity((tokens.count - i) / 4 + 4) }
    result.append(
      PhraseMatch(
        entry: Int(link.entry), tokens: i..<(i + length),
        byteRange: Int(token.start)..<Int(last.end), isJoined: false))
  }

  private func singleWordEntry(for token: Token, in field: TextField) -> Int? {
    for pass in 0..<2 {
      let key = pass == 0 ? token.key : token.altKey
      if key == 0 { continue }
      if let c = chains.run(for: key).single.first { return Int(chains.links[c].entry) }
    }
    if stretch && token.squeezedKey != 0 {
      let entry = squeezed.value(for: token.squeezedKey)
      if entry >= 0 && stretches(field.normalizedBytes(of: token), entry: entry) {
        return Int(entry)
      }
    }
    return nil
  }
}
