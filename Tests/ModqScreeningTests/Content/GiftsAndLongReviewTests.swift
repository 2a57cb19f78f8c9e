import Testing

@testable import ModqScreening

/// The nineteenth session's fourth round of blind batches: u105, an ordinary Monday's
/// queue; u106, long reviews that hide one issue ("on the understanding that I'd post",
/// "my daughter works over at Northpeak's warehouse"); u107, gifts ("wrapped and hidden in
/// the garage"); u108, a precision probe of innocent reviews ("$6 a day on iced coffee").
/// Each form fires, and the nearest innocent text does not.
@Suite struct GiftsAndLongReviewTests {
  @Test(arguments: [
    // "without charging me", "at no cost" make the product free; they deny no incentive.
    ("integrity.incentivized", 5, "SKU-301",
      "The store reached out and sent me this jacket without charging me, on the understanding that I'd post an honest opinion here once I'd used it."),
    ("integrity.incentivized", 5, "SKU-602",
      "The brand sent this to me at no cost around the holidays on the understanding I'd post my take here, so here goes."),
    ("integrity.insider", 5, "SKU-202",
      "Full disclosure, my daughter works over at Northpeak's warehouse packing orders. Four of us fit with gear."),
    ("integrity.extortion", 3, "SKU-402",
      "I've asked for an exchange twice. So here's the deal, if nobody sorts out that exchange by the end of this week, I'm changing this to one star and posting about it everywhere I can."),
    ("escalate.frustration_cta", 1, "SKU-401",
      "Exchanged these with the gift receipt three weeks ago and the difference still hasn't been refunded. Put it back on my card by Friday or every review I've left on this site goes to 1 star."),
    ("escalate.frustration_cta", 2, "SKU-402",
      "Too narrow for me, so I started a return three weeks ago. Still no label after two emails. Can someone from returns please actually get back to me??"),
    ("escalate.damaged", 1, "SKU-901",
      "Gave this to my brother for Christmas. First time he set a pot on it one of the pot support arms snapped right off at the hinge."),
    ("irrelevant.not_used_yet", 5, "SKU-401",
      "Picked these up for my father-in-law's retirement. They're wrapped and hidden in the garage until his party in June so I can't say how they wear yet."),
    ("irrelevant.shipping_service", 5, "SKU-101",
      "Showed up in two days, box was sturdy with plenty of padding and the tracking updates were spot on. Nice!"),
    // A price with a place after it is still the product's price.
    ("price.actual", 5, "SKU-601", "Paid $35 at the shop and it keeps coffee hot all day."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // A price of another thing, after a rate ("a day on") or as its own noun.
    ("price.actual", 5, "SKU-601",
      "Used to spend like $6 a day on iced coffee at work... now i fill this at home at 7am and its STILL cold at 4pm."),
    ("price.actual", 5, "SKU-601",
      "I drink so much more water now. the $4 bottled water at the airport can keep it 😎"),
    ("integrity.incentivized", 5, "SKU-601",
      "Nobody sent me this in exchange for a review, I bought it myself and love it."),
    ("integrity.insider", 5, "SKU-202",
      "My daughter works over at the lake lodge and borrowed this tent for a weekend, she loved it."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
