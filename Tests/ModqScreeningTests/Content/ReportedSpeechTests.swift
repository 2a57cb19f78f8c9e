import Foundation
import Testing

@testable import ModqScreening

/// Words in quotes are often someone else's: a salesman's promise, a sister's vow, another
/// reviewer's complaint. They are left out of the reviewer's sentiment (three words or more)
/// and a vow in them is not the reviewer's (blind batch u67).
@Suite struct ReportedSpeechTests {
  func field(_ text: String) -> TextField { TextField(field: .body, text: text) }

  @Test func quotedRangesPairStraightAndCurlyQuotes() {
    let straight = field("He said \"best tent ever\" and left.")
    #expect(straight.quotedTokenRanges() == [2..<5])
    let curly = field("She wrote \u{201C}runs narrow\u{201D} twice.")
    #expect(curly.quotedTokenRanges() == [2..<4])
    // An unpaired quote and a closing curly quote alone pair with nothing.
    #expect(field("6'2\" and 190 lbs, the L fits").quotedTokenRanges().isEmpty)
    #expect(field("fits \u{201D} well").quotedTokenRanges().isEmpty)
  }

  @Test func aQuotedReviewDoesNotDecideTheRating() throws {
    let quoted = """
      Saw the review calling it "flimsy, collapsed in the first breeze". Ours rode out 40 mph \
      gusts on a ridge last month, stakes held.
      """
    #expect(try !ContentFixture.criteria(quoted, rating: 5).contains("consistency.rating_mismatch"))
    let own = "Flimsy, collapsed in the first breeze. The stakes bent and the fly tore."
    #expect(try ContentFixture.criteria(own, rating: 5).contains("consistency.rating_mismatch"))
  }

  @Test func aSalesmansPraiseDoesNotHideTheReviewersComplaint() throws {
    let text = """
      Salesguy said "best tent you'll ever own, guaranteed". lol no. Condensation dripping on \
      our faces all night, the zipper snagged every time, a pole sleeve ripped. Regret it.
      """
    #expect(try ContentFixture.criteria(text, rating: 5).contains("consistency.rating_mismatch"))
  }

  @Test func oneOrTwoQuotedWordsAreTheReviewers() throws {
    let scare = try SentimentScorerTests().score("The \"terrible\" zipper was fine.")
    let plain = try SentimentScorerTests().score("The terrible zipper was fine.")
    #expect(scare.sum == plain.sum)
    let long = try SentimentScorerTests().score("They said \"terrible awful zipper\" but it was fine.")
    #expect(long.negatives == 0)
  }

  @Test func aVowSomeoneElseSwore() throws {
    let sister = """
      My sister swore "I'm never shopping at Northpeak again" after some drama last year, so I \
      almost didn't try these. Glad I did.
      """
    #expect(try !ContentFixture.criteria(sister, rating: 5).contains("escalate.never_again"))
    let own = """
      I told the rep "I'm never shopping at Northpeak again" and I meant it.
      """
    #expect(try ContentFixture.criteria(own, rating: 1).contains("escalate.never_again"))
    let unquoted = "I'm never shopping at Northpeak again."
    #expect(try ContentFixture.criteria(unquoted, rating: 1).contains("escalate.never_again"))
  }
}
