import Foundation
import ModqCore
import Testing

@testable import ModqScreening

/// `PhraseMatcher`'s index (first-word runs with the second word in each link) against a
/// plain reference matcher written from the rules: every shipped list, and all of them merged
/// (long runs of entries sharing a first word), on the texts `PhraseGateTests` gathers.
struct PhraseIndexTests {
  /// The rules, plainly: a phrase starts on a token whose key (or, when no entry starts with
  /// that key, its other reading) is the phrase's first word, and a chat shorthand starts the
  /// entries of both its readings ("pls" and "please"); later words match by key or
  /// alternative key within the sentence; a token starting no entry may match a one-word
  /// entry by its squeezed key (the last such entry wins); rejoined single letters match
  /// the first one-word entry of their key, then alternative key, then squeezed key.
  struct Reference {
    let keys: [[UInt64]]
    let byFirst: [UInt64: [Int]]
    let squeezed: [UInt64: Int]
    let joined: Bool
    let stretch: Bool

    init(_ phrases: [String], joined: Bool, stretch: Bool) {
      var keys: [[UInt64]] = []
      var squeezed: [UInt64: Int] = [:]
      for phrase in phrases {
        let field = TextField(field: .body, text: phrase)
        guard let first = field.tokens.first else { continue }
        if stretch && field.tokens.count == 1 {
          squeezed[Tokenizer.squeezedKey(field.normalizedBytes(of: first))] = keys.count
        }
        keys.append(field.tokens.map(\.key))
      }
      var byFirst: [UInt64: [Int]] = [:]
      for (index, phrase) in keys.enumerated() { byFirst[phrase[0], default: []].append(index) }
      self.keys = keys
      self.byFirst = byFirst
      self.squeezed = stretch ? squeezed : [:]
      self.joined = joined
      self.stretch = stretch
    }

    func matches(in field: TextField) -> [PhraseMatch] {
      var result: [PhraseMatch] = []
      let tokens = field.tokens
      for (i, token) in tokens.enumerated() {
        var candidates = byFirst[token.key] ?? []
        if candidates.isEmpty && token.altKey != 0 {
          candidates = byFirst[token.altKey] ?? []
        } else if token.has(.shorthand) {
          candidates = (candidates + (byFirst[token.altKey] ?? [])).sorted()
        }
        if candidates.isEmpty {
          if token.squeezedKey != 0, let entry = squeezed[token.squeezedKey] {
            result.append(
              PhraseMatch(entry: entry, tokens: i..<(i + 1), byteRange: token.byteRange, isJoined: false))
          }
          continue
        }
        for entry in candidates {
          let words = keys[entry]
          guard i + words.count <= tokens.count else { continue }
          let fits = (1..<words.count).allSatisfy { k in
            let t = tokens[i + k]
            return t.sentence == token.sentence
              && (t.key == words[k] || (t.altKey != 0 && t.altKey == words[k]))
          }
          if fits {
            result.append(
              PhraseMatch(
                entry: entry, tokens: i..<(i + words.count),
                byteRange: Int(token.start)..<Int(tokens[i + words.count - 1].end), isJoined: false))
          }
        }
      }
      guard joined else { return result }
      for (i, token) in field.joined.enumerated() {
        let single = { (key: UInt64) in
          key == 0 ? nil : (self.byFirst[key] ?? []).first { self.keys[$0].count == 1 }
        }
        let entry = single(token.key) ?? single(token.altKey)
          ?? (token.squeezedKey != 0 ? squeezed[token.squeezedKey] : nil)
        if let entry {
          result.append(
            PhraseMatch(entry: entry, tokens: i..<(i + 1), byteRange: token.byteRange, isJoined: true))
        }
      }
      return result
    }
  }

  @Test func everyListAndAllMergedMatchAsTheReference() throws {
    var allLists = try PhraseGateTests.shippedLists().map(\.entries)
    #expect(allLists.count > 40)
    allLists.append(allLists.flatMap { $0 })
    let fields = PhraseGateTests.texts.map { TextField(field: .body, text: $0) }
    var found = 0
    for entries in allLists {
      for (joined, stretch) in [(true, true), (false, false)] {
        let matcher = PhraseMatcher(phrases: entries, matchesJoined: joined, stretch: stretch)
        let reference = Reference(entries, joined: joined, stretch: stretch)
        #expect(matcher.count == reference.keys.count)
        for field in fields {
          let got = matcher.matches(in: field, gated: false)
          #expect(got == reference.matches(in: field), "\(field.text.prefix(80))")
          found += got.count
        }
      }
    }
    #expect(found > 10_000)
  }
}
