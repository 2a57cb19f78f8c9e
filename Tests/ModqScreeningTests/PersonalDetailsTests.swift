import Testing

@Suite struct PersonalDetailsTests {
  @Test(arguments: [
    "card 4111 1111 1111 1111 was charged", "my card 5500-0000-0000-0004", "4111111111111111",
    "amex 3782 822463 10005",
    // An expiry date after the number, in the same grouping (u17).
    "straps comfy on my bike commute. 4929 1376 0255 8314 09/28",
  ])
  func cards(_ text: String) {
    #expect(Fixture.fired(text).contains("pii.card_number"))
  }

  @Test(arguments: [
    "Order #4111111111111111 never came", "tracking 4111 1111 1111 1111",
    "card 4111 1111 1111 1112", "1234567890123",
    "4929 1376 0255 8315 09/28", "order 4929 1376 0255 8314 09",
  ])
  func notCards(_ text: String) {
    #expect(!Fixture.fired(text).contains("pii.card_number"))
  }

  @Test(arguments: [
    "write me at jane.doe@example.com", "jane at gmail dot com", "trailnerd at example dot com",
    "email me: bob_smith at yahoo.com",
  ])
  func emails(_ text: String) {
    #expect(Fixture.fired(text).contains("pii.email"))
  }

  @Test(arguments: [
    "Not at all what I expected", "looks great at night, dot pattern", "@northpeak on insta",
    "Arrived at home. Com'on",
  ])
  func notEmails(_ text: String) {
    #expect(!Fixture.fired(text).contains("pii.email"))
  }

  @Test(arguments: [
    "Call me at (555) 201-7788", "555-201-7788", "+44 20 7946 0958", "555.201.7788",
    "text me 555 201 7788", "1-800-555-1234", "07700 900 123", "call 201-7788",
    "desk: +1-903-140-4508x769",
    // Spelled in words, "oh" as zero inside the run, digits mixed in.
    "text me at five five five, two one three, oh four four seven",
    "my cell is 555 two oh one seven seven eight eight",
    // Short national numbers after "answering at" and "registered" (synthetic PII data).
    "They're not answering at 78 651 450", "no message on my registered 668 5702",
  ])
  func phones(_ text: String) {
    #expect(Fixture.fired(text).contains("pii.phone"))
  }

  @Test(arguments: [
    "Trail Runner 3", "I'm 38-30-40", "34-26-36 and a medium fits", "arrived 2026-11-19",
    "arrived 11/19/2026", "order #12345678", "cost $129.99", "20L pack, 2 person tent",
    "SSN 123-45-6789", "server 192.168.10.100",
    "one or two people asked. I bought two, one for me. oh two more things",
    // A house number before a street name and suffix (synthetic PII data).
    "The office is at 17031 2202 Rissik St Apt. 050", "03262 2437 Main St Suite 442",
    "Size nine, two pairs, three colours, four stars", "one two three four five six",
    "registered for the 10 km race, ran 42 35 in the cold", "not answering at 38-30-40 either",
  ])
  func notPhones(_ text: String) {
    #expect(!Fixture.fired(text).contains("pii.phone"))
  }

  @Test(arguments: [
    "Send it to 1423 Maple Street, Springfield, IL 62704", "ship to PO Box 4471",
    "I live at 12 oak lane", "221B Baker St.", "Koskikatu 25", "Rua João Pessoa 1636",
    // A unit without a street suffix, a cue and a number, US military post.
    "The address of Persint is 9554 62 Rue Gafsa Apt. 981", "3037 ul. Północna 73\n Apt. 946",
    "91211 Koepenicker Str. 74 Suite 980 Reichenbach", "Cendrillon lives at 333 Golfskálinn 78",
    "Kevin had given Alma his address: 5049 Harjukuja 54, SEINÄJOKI",
    "The Avalara office is at PSC 0413, Box 8144 APO AA 42323", "Send it to USNS Mahler FPO AA 65728",
    // Particles inside a prefixed street name (u20).
    "I walk from my home in Calle de Alcalá 123, 28009 Madrid", "Rua da Prata 45, Lisboa",
    "I live at Calle de la Paz 5, Madrid",
  ])
  func addresses(_ text: String) {
    #expect(Fixture.fired(text).contains("pii.address"))
  }

  @Test(arguments: [
    "I have a 26 waist", "size 8 petite", "arrived in 3 days", "walked 2 miles down the road",
    "5 Stars Way better than my old one", "gave it 4 stars",
    "Sleeps 4 Adults, Room 2 is the vestibule", "Bought 2 Packs, Unit 3 had a torn strap",
    "I live at 5000 Feet Elevation and it handles 20 Degrees", "the APO team at 12345 Main",
    "Size 10 Wide, Suite of colours", "I live in 2 different climates",
    "Via the app, 2 days later it came", "Via de la 3 times a week",
  ])
  func notAddresses(_ text: String) {
    #expect(!Fixture.fired(text).contains("pii.address"))
  }

  @Test(arguments: [
    "SSN 123-45-6789", "123-45-6789", "my passport number is X12345678",
    "driver's license number so here it is: D123-4567-8901",
  ])
  func idNumbers(_ text: String) {
    #expect(Fixture.fired(text).contains("pii.id_number"))
  }

  @Test(arguments: [
    "Model 3 of the stove", "000-12-3456", "my ID was checked at pickup", "passport holder fits",
  ])
  func notIDNumbers(_ text: String) {
    #expect(!Fixture.fired(text).contains("pii.id_number"))
  }

  @Test(arguments: [
    "My name is Jane Doe and I love it.", "Great boots. Thanks, Maria Gonzalez",
    "Ask for Mike Johnson at the desk.", "Love it!\n- Jane Doe", "I'm Jane Doe",
    "and Derek Olsen in your customer service team sorted it",
    "Great pack. - John Smith, Denver", "Warm and light.\nMaria Lopez, Austin TX",
    "Review by Jennifer Walsh, Boise ID",
    // A phone number after the signature (u5).
    "Kind regards, Dorothea Whitcombe-Hale, 612 555 0188",
    // A staff member named in full at the start of a sentence, by where they work (u12).
    "Marisol Okafor on your chat spent like 20 min helping me pick a tent.",
  ])
  func fullNames(_ text: String) {
    #expect(Fixture.fired(text).contains("pii.full_name"))
  }

  @Test(arguments: [
    "Thanks Mike for the help!", "The Trail Runner 3 from Northpeak is great.",
    "I am Very Happy", "Love it - Highly Recommend", "Love it - Jane D.",
    "Love it - Highly Recommend, Northpeak", "Bought it for Jane, Denver trip",
    "This Is The Best Dress Ever", "My name is Jane.",
    // A postal code after a place on a new line is no phone number.
    "Suite 638\nHania Bazid, 43 73313",
    "Cedar Ridge on a clear morning is the best hike around.",
    "Trail Angels at the support tent handed out water.",
  ])
  func notFullNames(_ text: String) {
    #expect(!Fixture.fired(text).contains("pii.full_name"))
  }

  @Test func authorFieldsAreNotRead() throws {
    let engine = try #require(Fixture.engine)
    let review = ModqCoreReview.make(authorEmail: "jane@example.com", authorName: "Jane Doe")
    #expect(!engine.screen(review).findings.contains { $0.criterion.hasPrefix("pii.") })
  }
}
