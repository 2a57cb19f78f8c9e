import Testing

@testable import ModqScreening

/// The nineteenth session's fifth round of blind batches: u109, an ordinary Tuesday's queue;
/// u110, short phone reviews at 1, 2, 4 and 5 stars; u111, integrity told in everyday words
/// ("the deal was I'd post how they hold up", "My son works in the warehouse for this
/// store"); u112, personal details in the formats of other countries ("my father-in-law Klaus
/// Bergmann", "my Personalausweis (L01X00T47)"). Each form fires, and the nearest innocent
/// text does not.
@Suite struct ArrangementsAndDetailsTests {
  @Test(arguments: [
    ("integrity.incentivized", 5, "SKU-301",
      "They sent me this jacket at no cost so I'd write up my thoughts on it here. Stayed dry all week."),
    ("integrity.incentivized", 5, "SKU-402",
      "So the company sent me a pair of these for nothing, the only ask was that I put my thoughts up here after a month."),
    ("integrity.incentivized", 5, "SKU-701",
      "These came free in a box the Northpeak folks mailed me, the deal was I'd post how they hold up."),
    ("integrity.incentivized", 5, "SKU-602",
      "Northpeak is giving store credit to anyone who posts a review of this filter so here's mine lol."),
    ("integrity.incentivized", 5, "SKU-301",
      "My buddy who works at Northpeak slipped me this jacket free as long as I put up a good review."),
    ("integrity.insider", 5, "SKU-801",
      "My son works in the warehouse for this store and he grabbed me a set when I kept complaining about my knees."),
    ("integrity.insider", 5, "SKU-901",
      "I'm on the social media team here at Northpeak and I've been using this little stove on every trip."),
    ("integrity.feedback_exchange", 5, "SKU-602",
      "Good filter, fast flow. Also Dev if you see this, mine's up like we agreed, now your 5 stars on my stove listing please 👍"),
    ("escalate.review_tampering", 4, "SKU-101",
      "Weird thing tho: there was a card inside saying if I'm happy please post 5 stars here, and if I'm not, email them instead and don't post anything."),
    ("escalate.never_again", 1, "SKU-402",
      "shoes are ok i guess but the whole order mess w northpeak was a nightmare. not giving them another dime"),
    ("escalate.damaged", 1, "SKU-201",
      "1st night out one of the pole sections cracked right as i was setting it up. super bummed"),
    ("irrelevant.not_used_yet", 4, "SKU-201",
      "Just showed up this afternoon. Haven't even unrolled it yet but it feels super light in the bag. Going out next weekend!"),
    ("pii.full_name", 4, "SKU-101",
      "Bought it for my father-in-law Klaus Bergmann for his 74th birthday, he does short hikes every weekend."),
    ("pii.id_number", 4, "SKU-201",
      "Delivery to Packstation, I had to show my Personalausweis (L01X00T47) to pick up. The tent is very good."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    ("integrity.incentivized", 5, "SKU-301",
      "I saved up so I'd finally own a real shell, and it kept me dry all week."),
    ("integrity.insider", 5, "SKU-801",
      "My son works in the warehouse for a hardware chain and borrowed these for a trek."),
    ("irrelevant.not_used_yet", 4, "SKU-201",
      "Pitched it twice in the backyard and once at the lake; it feels super light in the bag."),
    ("pii.full_name", 4, "SKU-101", "Bought it for my father-in-law for his 74th birthday."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
