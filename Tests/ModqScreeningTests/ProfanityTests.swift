import Testing

@Suite struct ProfanityTests {
  @Test(arguments: [
    "What a piece of shit.", "f.u.c.k this tent", "s h i t quality", "fuuuuck",
    "sh1t zipper", "this is bullsh!t", "F*CK", "a$$hole seller", "sh\u{200B}it",
    "SHÏT quality", "What a piece of f-ing junk",
    // Stars for letters, one a star.
    "Bottle is f***ing useless", "the seller is an a**hole", "what a b**ch of a zipper",
    // Every letter run at least as long as the word's own.
    "what an assss", "kiss my aaasss",
  ])
  func fires(_ text: String) {
    #expect(Fixture.fired(text).contains("profanity"))
  }

  @Test(arguments: [
    "An assassin of a jacket", "Great class of boot", "cocktail dress", "Made in Scunthorpe",
    "Reads like Dickens", "Cooked shitake on the stove", "this stove kills it",
    "the nude colour is lovely", "great for busty figures", "the crotch seam held up",
    "maxi length", "cute pussy bow blouse", "Summa cum laude of jackets",
    "This jacket is garbage and the zipper is trash.", "Killer deal",
    "The f in the logo is ing... weird font but great jacket",
    // Squeezes to "as" like "ass", but its "s" is single: batteries, not profanity.
    "Does it take AAAs? works great", "needs aaas",
    // Stars that mask no listed word, or rate: "*****", "a*", "10/10 *****".
    "Rated it ***** of course", "Grade a* jacket", "Solid 10/10 *****",
    "c**l jacket, warm",
  ])
  func passes(_ text: String) {
    #expect(!Fixture.fired(text).contains("profanity"))
  }

  @Test func spanPointsAtTheWordInCodePoints() throws {
    let finding = try #require(Fixture.finding("profanity", "Très bien, but shit zipper"))
    #expect(finding.spans.first?.start == 15)
    #expect(finding.spans.first?.end == 19)
    #expect(finding.evidence == "shit")
  }
}
