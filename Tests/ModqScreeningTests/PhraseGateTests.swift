import Foundation
import ModqCore
import Testing

@testable import ModqScreening

/// `PhraseMatcher`'s gate (skip the token walk when the field holds none of the matcher's
/// trigger keys) must never change a result: every shipped list, gated and ungated, over the
/// demo queue, the third-party eval data (when present) and hostile text.
struct PhraseGateTests {
  /// Titles and bodies of the demo queue, up to 1,500 eval reviews of each file, and hostile
  /// strings (obfuscation, stretched letters, joined letters, invalid UTF-8, a long review).
  static let texts: [String] = {
    var texts = [
      "f.u.c.k this", "s h i t happens", "fuuuuck yes", "sh1t", "@ss", "b!tch", "f**k",
      "I know where you live", "I'll hurt you", "call me at 555-201-7788 or jane at gmail dot com",
      "Thanks, Jane Doe", "Don\u{2019}t", "caf\u{E9} z\u{200B}ero", "NEVER AGAIN Northpeak",
      "aaa1 bbb1 ccc1 ddd1 eee1 fff1 ggg1 hhh1",
      "pls help my acct got hacked 2 wks ago, pls call me thx", "tho it came thru in 3 hrs",
      String(decoding: [0x00, 0x07, 0x1B, 0xC3, 0x28, 0xFF, 0x41] as [UInt8], as: UTF8.self),
      String(repeating: "fuuuuck 555-201-7788 \u{1b}[2J e\u{301} ", count: 2_000), "", "a",
    ]
    let files = [
      Fixture.root.appendingPathComponent("data/queue/demo.jsonl"),
      Fixture.root.appendingPathComponent("../shared/eval/genuine-apparel-reviews.jsonl"),
      Fixture.root.appendingPathComponent("../shared/eval/pii-synthetic-spans.jsonl"),
    ]
    for file in files {
      guard let data = try? String(contentsOf: file, encoding: .utf8) else { continue }
      for line in data.split(separator: "\n").prefix(1_500) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)),
          let row = object as? [String: Any]
        else { continue }
        for key in ["title", "body", "text"] {
          if let text = row[key] as? String { texts.append(text) }
        }
      }
    }
    return texts
  }()

  /// Every shipped list file (data/lists/*.txt) by name, with its entries.
  static func shippedLists() throws -> [(name: String, entries: [String])] {
    let lists = Fixture.root.appendingPathComponent("data/lists")
    let names = try FileManager.default.contentsOfDirectory(atPath: lists.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map {
      ($0, try PhraseMatcher.entries(ofListFile: lists.appendingPathComponent($0)))
    }
  }

  @Test func gatedMatchesEqualUngatedOnEveryList() throws {
    let lists = try Self.shippedLists()
    #expect(lists.count > 40)
    let fields = Self.texts.map { TextField(field: .body, text: $0) }
    #expect(fields.count > 300)
    var gatedAway = 0
    for (name, entries) in lists {
      for (joined, stretch) in [(true, true), (false, false)] {
        let matcher = PhraseMatcher(phrases: entries, matchesJoined: joined, stretch: stretch)
        for field in fields {
          let gated = matcher.matches(in: field)
          let walked = matcher.matches(in: field, gated: false)
          #expect(gated == walked, "\(name): \(field.text.prefix(80))")
          if gated.isEmpty && matcher.wouldGate(field) { gatedAway += 1 }
        }
      }
    }
    // The gate must actually skip walks, or this test proves nothing about it.
    #expect(gatedAway > 1_000)
  }

  @Test func gateKeepsStretchedJoinedAndLeetMatches() {
    let matcher = PhraseMatcher(phrases: ["fuck", "shit", "ass"])
    for text in ["fuuuuck", "s h i t", "@ss", "f.u.c.k"] {
      let field = TextField(field: .body, text: text)
      #expect(!matcher.matches(in: field).isEmpty, "\(text)")
    }
    #expect(matcher.matches(in: TextField(field: .body, text: "class assassin")).isEmpty)
  }

  /// Tokens with all three keys (a "1" gives the leetspeak key, a run of three letters the
  /// squeezed one) once filled the field's key set, sized by tokens, and its insert probed
  /// forever: `modq screen` hung on an eight-word review.
  @Test func fieldKeysHoldTokensWithAllThreeKeys() {
    for count in [1, 7, 8, 9, 40, 300] {
      let words = (0..<count).map { n in
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let a = letters[n % 26]
        let b = letters[(n / 26) % 26]
        return "\(b)\(a)\(a)\(a)1"
      }
      let field = TextField(field: .body, text: words.joined(separator: " "))
      #expect(field.tokens.count == count)
      #expect(field.tokens.allSatisfy { $0.altKey != 0 && $0.squeezedKey != 0 })
      for token in field.tokens {
        #expect(field.keys.contains(token.key))
        #expect(field.keys.contains(token.altKey))
        #expect(field.keys.contains(token.squeezedKey))
      }
      #expect(!field.keys.contains(TextField(field: .body, text: "zebra").tokens[0].key))
    }
  }
}
