import Testing

@testable import ModqScreening

/// The sixteenth session's blind batch u44: shoppers writing English as a second language or
/// fast on a phone ("I never receive the poles", "I am working in Northpeak store since 2
/// years", "if I change to 5 stars they give 50% money back"). Each form fires, and the
/// nearest innocent text does not.
@Suite struct SecondLanguageTests {
  @Test(arguments: [
    ("escalate.not_received", 1,
      "I never receive the poles, tracking say delivered on 12 of march but nothing in my door."),
    ("escalate.not_received", 1,
      "Order 3 weeks back. Boots still not come to me, tracking not update since 10 days."),
    ("escalate.frustration_cta", 1,
      "Hoodie is much smaller than photo. You give me full refund now or I put 1 star review here and on every site, your choice."),
    ("integrity.extortion", 1,
      "Hoodie is much smaller than photo. You give me full refund now or I put 1 star review here and on every site, your choice."),
    ("escalate.review_tampering", 2,
      "After, seller send me message: if I change to 5 stars they give 50% money back. This is not honest."),
    ("escalate.review_tampering", 3,
      "Somebody from the shop call me and offer a free 3-pack if I delete my first review."),
    ("escalate.account_compromised", 3,
      "After order I receive strange email asking to put my password and card again. I am afraid somebody have my personal data from this shop."),
    ("escalate.damaged", 1,
      "first time use the valve is break and gas is leaking i smell it everywhere turn off quick."),
    ("integrity.insider", 5,
      "I am working in Northpeak store since 2 years so I know all jackets, this one is the best."),
    ("irrelevant.not_used_yet", 4,
      "I am receive the tent yesterday, not open the bag yet because weather is raining all week."),
    ("price.actual", 5, "Very light poles. I pay 89 dolars in black friday, is worth every cent."),
    ("profanity", 1, "Kurwa mać, the sole come off after 2 weeks of running."),
  ])
  func fires(id: String, rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test(arguments: [
    ("profanity", 5, "Super kurtka, very warm and light, my husband like it"),
    ("escalate.wrong_item", 5, "I order the large every time, it fits perfect"),
    ("escalate.not_received", 5, "I never receive so many compliments on a jacket"),
    ("integrity.insider", 5, "I am working in my garden with these boots every day"),
    ("escalate.review_tampering", 5, "If I change to the bigger size they give free shipping"),
    ("escalate.account_compromised", 5, "Someone have my old boots, these are better"),
    ("service.damage_minor", 5, "The frame is break-resistant, loved it from first use"),
    ("irrelevant.not_used_yet", 5, "It is not open yet but I looked at the bag, nice"),
  ])
  func doesNotFire(id: String, rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains(id))
  }
}
