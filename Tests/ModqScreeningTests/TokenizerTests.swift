import ModqCore
import Testing

@testable import ModqScreening

@Suite struct TokenizerTests {
  func words(_ text: String) -> [String] {
    let field = TextField(field: .body, text: text)
    return field.tokens.map { field.normalizedString(of: $0) }
  }

  @Test func foldsCaseAccentsAndApostrophes() {
    #expect(words("Don't LOVE the Café") == ["dont", "love", "the", "cafe"])
  }

  @Test func mapsLeetspeakOnlyInsideWords() {
    #expect(words("sh1t h3ll0 @ss a$$ 20 5") == ["shit", "hello", "ass", "ass", "20", "5"])
    let field = TextField(field: .body, text: "1ame")
    #expect(field.tokens.first?.altKey == WordHash.key(of: Array("lame".utf8)))
  }

  @Test func dropsZeroWidthCharacters() {
    #expect(words("sh\u{200B}it") == ["shit"])
  }

  @Test func rejoinsSeparatedLetters() {
    let field = TextField(field: .body, text: "f.u.c.k this, s h i t")
    let joined = field.joined.map { field.normalizedString(of: $0) }
    #expect(joined == ["fuck", "shit"])
  }

  @Test func spansCountCodePoints() {
    let field = TextField(field: .body, text: "héllo wörld")
    let token = field.tokens[1]
    let span = field.span(byteRange: token.byteRange)
    #expect(span.start == 6 && span.end == 11)
  }

  @Test func phraseMatcherMatchesWholeWordsAndPhrases() {
    let matcher = PhraseMatcher(phrases: ["shit", "piece of shit", "ass"])
    let field = TextField(field: .body, text: "A piece of SHIT. Classy assassin.")
    let found = matcher.matches(in: field).map { matcher.entries[$0.entry] }
    #expect(found.sorted() == ["piece of shit", "shit"])
    let stretched = TextField(field: .body, text: "shiiiit")
    #expect(matcher.occurs(in: stretched))
  }

  /// The caseless-letter fast path agrees with Unicode's properties for every scalar it takes,
  /// and a CJK review tokenizes to its own bytes.
  @Test func caselessLettersAreAlphabeticAndTheirOwnLowerCase() {
    var checked = 0
    for value in UInt32(0x3000)...UInt32(0xD7FF) where Tokenizer.isCaselessLetter(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let p = scalar.properties
      #expect(p.isAlphabetic && !p.isUppercase && p.lowercaseMapping == String(scalar),
        "U+\(String(value, radix: 16))")
      checked += 1
    }
    #expect(checked > 30_000)
    let field = TextField(field: .body, text: "这个背包质量很好 カタカナ 한국어")
    #expect(field.tokens.count == 3)
    #expect(field.tokens.map { String(decoding: field.normalizedBytes(of: $0), as: UTF8.self) }
      == ["这个背包质量很好", "カタカナ", "한국어"])
  }

  /// Letters whose lower case is longer in UTF-8 than they are ("Ⱥ" and "Ⱦ", two bytes each,
  /// lower-case to three-byte letters) fill the normalised buffer past the text's own length:
  /// a long run of them tokenizes whole, with the same bytes Swift's lower case gives.
  @Test func lowerCaseLongerThanTheLetterFitsTheBuffer() {
    for letter in ["\u{23A}", "\u{23E}"] {
      let word = String(repeating: letter, count: 3_000)
      let field = TextField(field: .body, text: word + " ok")
      #expect(field.tokens.count == 2)
      let same = Array(field.normalizedBytes(of: field.tokens[0])) == Array(word.lowercased().utf8)
      #expect(same)
      #expect(field.normalizedString(of: field.tokens[1]) == "ok")
      #expect(field.normalized.count > word.utf8.count)
    }
  }

  /// A word's key is the same however its bytes arrive: typed plainly, in capitals, with
  /// leetspeak digits, or stretched (the tokenizer hashes as it writes, and hashes again only
  /// after mapping digits).
  @Test func keysAgreeAcrossTheWaysAWordIsWritten() {
    let shit = WordHash.key(of: Array("shit".utf8))
    for text in ["shit", "SHIT", "ShIt", "sh1t", "5hit", "$hit"] {
      #expect(TextField(field: .body, text: text).tokens.first?.key == shit, "\(text)")
    }
    let stretched = TextField(field: .body, text: "shiiit sh111t").tokens
    #expect(stretched.allSatisfy { $0.has(.stretched) })
    #expect(stretched[0].squeezedKey == stretched[1].squeezedKey)
    #expect(!TextField(field: .body, text: "shiit 1000").tokens[0].has(.stretched))
    #expect(TextField(field: .body, text: "1000").tokens[0].has(.stretched))
  }
}
