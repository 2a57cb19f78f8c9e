import Foundation
import Testing

@testable import ModqScreening

@Suite struct SentimentScorerTests {
  func score(_ text: String) throws -> SentimentScore { try ContentFixture.sentiment(text) }

  @Test func positiveAndNegativeWords() throws {
    #expect(try score("I love this jacket, it is perfect").compound > 0.6)
    #expect(try score("Terrible quality, the worst purchase").compound < -0.6)
  }

  /// A lexicon entry of more than one word ("son-of-a-bitch", "once-in-a-lifetime") is a
  /// phrase, not a valence of its first word: "my son" and "didn't move once" are neutral.
  @Test func lexiconPhrasesDoNotScoreTheirFirstWord() throws {
    #expect(try score("my son").sum == 0)
    #expect(try score("it did not move once").sum == 0)
    #expect(try score("a short walk").sum == 0)
    #expect(try score("he is self-confident").sum > 0)
    #expect(try score("a short-sighted design").sum < 0)
    #expect(try score("a once-in-a-lifetime trip").sum > 0)
    #expect(try score("what a son-of-a-bitch").sum < 0)
  }

  @Test func negationFlipsValence() throws {
    #expect(try score("not bad at all").compound > 0.2)
    #expect(try score("not great").compound < 0)
    #expect(try score("it never worked").compound < -0.3)
  }

  @Test func intensifiersAndDampeners() throws {
    let plain = try score("the fabric is good").sum
    #expect(try score("the fabric is extremely good").sum > plain)
    #expect(try score("the fabric is slightly good").sum < plain)
  }

  @Test func contrastWeighsTheClauseAfterBut() throws {
    let mixed = try score("I love the color but it runs small and feels cheap")
    #expect(mixed.hasContrast)
    #expect(mixed.positives >= 1 && mixed.negatives >= 1)
  }

  @Test func contrastWeightsOnlyFieldsWithAContrastWord() throws {
    let plain = try score("the fabric is good. the zip is bad")
    #expect(!plain.hasContrast)
    let weighed = try score("the fabric is good but the zip is bad")
    #expect(weighed.hasContrast)
    let plainGood = try #require(plain.contributions.first { $0.valence > 0 }).valence
    let plainBad = try #require(plain.contributions.first { $0.valence < 0 }).valence
    let good = try #require(weighed.contributions.first { $0.valence > 0 }).valence
    let bad = try #require(weighed.contributions.first { $0.valence < 0 }).valence
    #expect(abs(good - plainGood * 0.5) < 1e-5)
    #expect(abs(bad - plainBad * 1.5) < 1e-5)
  }

  @Test func reviewIdiomsAndHedges() throws {
    #expect(try score("runs small").sum == 0)
    #expect(try score("I returned it").sum < 0)
    let hedge = try score("I really wanted to love this dress")
    #expect(hedge.hasMixedCue)
    #expect(hedge.positives == 0)
  }

  @Test func capsExclamationsAndEmoji() throws {
    #expect(try score("GREAT boots, I love them").sum > score("great boots, i love them").sum)
    #expect(try score("great boots!!!").sum > score("great boots").sum)
    #expect(try score("arrived today 😍").compound > 0.3)
    #expect(try score("arrived today 😡").compound < -0.3)
  }

  /// Emoji count wherever they sit among other non-ASCII text (the scan steps over letters
  /// whose first byte starts no emoji), and letters alone score nothing.
  @Test func emojiAmongOtherScripts() throws {
    #expect(try score("这个背包质量很好").sum == 0)
    #expect(try score("这个背包 😍").compound > 0.3)
    #expect(try score("café ☹").sum < 0)
    #expect(try score("カタカナ 😡 한국어").sum < 0)
    #expect(try score("great! boots!! ok!").sum > score("great boots ok").sum)
  }
}
