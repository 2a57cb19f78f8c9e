import Foundation
import ModqCore
import Testing

@testable import ModqScreening

/// The fingerprint pass's keys-only tokenizer must give exactly the keys of the full
/// tokenizer's tokens, title then body, on the demo queue, the eval data and hostile text;
/// reused from review to review, nothing of one review may leak into the next.
struct WordKeyReaderTests {
  static func fullKeys(_ review: Review) -> [UInt64] {
    TextField(field: .title, text: review.title).tokens.map(\.key)
      + TextField(field: .body, text: review.body).tokens.map(\.key)
  }

  static let hostile: [String] = [
    "h3ll0 w0rld 1337 sh1t b1tch 4ss l0l 911 a1b2", "@ss $hit sh!t f**k f*ck !!! $$$ @@@ *",
    "it's Don't don\u{2019}t \u{2018}quoted\u{2019} rock'n'roll ' '' 'a", "end. Next? yes!no\nnew",
    "Caf\u{E9} NA\u{EF}VE \u{C5}ngstr\u{F6}m stra\u{DF}e \u{130}stanbul \u{391}\u{3B8}\u{3AE}\u{3BD}\u{3B1}",
    "z\u{200B}ero wid\u{200D}th \u{FEFF}bom soft\u{AD}hyphen e\u{301}", "\u{1F600}\u{1F44D} emoji\u{1F525}fire",
    "\u{43F}\u{440}\u{438}\u{432}\u{435}\u{442} \u{4E2D}\u{6587}\u{5B57} \u{627}\u{644}\u{639}\u{631}\u{628}\u{64A}\u{629}",
    String(decoding: [0x61, 0xC3, 0x28, 0x62, 0xFF, 0xE2, 0x82, 0x63, 0xF0, 0x9F, 0x41] as [UInt8], as: UTF8.self),
    "fuuuuuck sooooo gooood AAAAARGH", "f.u.c.k s h i t", "x" + String(repeating: "y", count: 5_000),
    String(repeating: "w0rd ", count: 3_000), "", " ", "a", "1", "'", "\u{2019}", "$", "@",
    // The plain-word fast path: letters ended by every kind of byte, and at the text's end.
    "word. word, WoRd\tword\nword?word!word abc3 abc'd abc@x abc$ abc*x e.g. i.e.",
    "Zebra[x]{y}`a`^b_c~d|e\\f/g:h;i<j>k=l(m)n\"o-p+q#r%s&t", "caf\u{E9} na\u{EF}ve end",
  ]

  @Test func keysEqualTheFullTokenizersOnEveryText() {
    var reader = WordKeyReader()
    var texts = PhraseGateTests.texts + Self.hostile
    texts += Self.hostile.map { $0.uppercased() }
    var checked = 0
    for (k, body) in texts.enumerated() {
      let title = texts[(k * 7 + 3) % texts.count]
      let review = Review(id: "r\(k)", rating: 3, title: title, body: body)
      let keys = reader.withKeys(of: review) { Array($0) }
      #expect(keys == Self.fullKeys(review), "title \(title.prefix(40)) body \(body.prefix(40))")
      checked += 1
    }
    #expect(checked == texts.count)
    #expect(checked > 40)
  }

  @Test func keysOfEveryDemoQueueReview() throws {
    let url = Fixture.root.appendingPathComponent("data/queue/demo.jsonl")
    let file = try QueueFile(path: url.path)
    var reader = WordKeyReader()
    var checked = 0
    _ = file.forEachRow(size: 64, threads: 1) { entries, _, _ in
      for entry in entries {
        let keys = reader.withKeys(of: entry.review) { Array($0) }
        #expect(keys == Self.fullKeys(entry.review), "\(entry.review.id)")
        checked += 1
      }
    }
    #expect(checked > 100)
  }
}
