import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-third session's third round (blind batches u325-u332: quotes, long use, money,
/// a rainy week, harsh but fair, other people's names, reviews about reviews, shopping for
/// others and for work). Rewards for a review told in new words, ratings raised for a free
/// product, a buyer's rating traded, staff of a rival shop or a brand's rep, threats made as
/// promises, and the innocent reviews each entry was read against.
@Suite struct ReviewsAboutReviewsAndMoneyTests {
  @Test(arguments: [
    ("integrity.incentivized", 4, "SKU-701",
      "northpeak sent a 15% coupon for writing this so ok here it is. socks r comfy"),
    ("integrity.incentivized", 4, "SKU-901", "got a store credit for posting this. stove works"),
    ("integrity.incentivized", 5, "SKU-801",
      "writing this for the store credit they promised everyone who reviews lol. poles are decent"),
    ("integrity.incentivized", 5, "SKU-101",
      "Northpeak's outreach team sent our school 12 free daypacks and asked us to leave reviews "
        + "in return. The packs are great."),
    ("integrity.incentivized", 5, "SKU-602",
      "Alpinex gave our youth ministry two free filters in return for us writing reviews. It "
        + "works great."),
    ("integrity.incentivized", 5, "SKU-201",
      "got paid through one of those review gig apps to post this. tent is good"),
    ("integrity.incentivized", 4, "SKU-701",
      "The card in the box said \"post a review and get 20% off your next order\", so here you "
        + "go: nice socks, warm."),
    ("integrity.extortion", 4, "SKU-201",
      "Tent is good, solid 4 stars. I'll happily bump it to 5 if you guys mail me a free "
        + "footprint for it."),
    ("integrity.extortion", 4, "SKU-701",
      "My review goes to 5 stars the day a free extra 3-pack shows up in my mailbox."),
    ("integrity.extortion", 5, "SKU-602",
      "I'll keep this review at 5 stars as long as Northpeak sends me the 1L bottle for free."),
    ("integrity.feedback_exchange", 5, "SKU-101",
      "Seller said if I rate them 5 stars they'll rate me 5 stars as a buyer. Done."),
    ("integrity.feedback_exchange", 5, "SKU-601",
      "I give five star here, please you give me good rating as buyer, we help each other ok."),
    ("integrity.insider", 2, "SKU-302",
      "I manage the apparel section at a rival outdoor shop across town. The baffles leak "
        + "feathers."),
    ("integrity.insider", 5, "SKU-401",
      "Full disclosure I'm the regional sales rep for Alpinex so yeah, I'm biased."),
    ("integrity.insider", 5, "SKU-601",
      "We're a little outfitter up in the valley and we carry this bottle. Come see us in store, "
        + "we've got all the colors!"),
    ("competitor.mention", 4, "SKU-701",
      "friend show me Summit Supply have same 3-pack much more cheap, next time i buy there."),
    ("legal.threat", 1, "SKU-202",
      "if anyone from your company was standing in front of me right now I'd put my fist "
        + "through their face."),
    ("legal.threat", 1, "SKU-801",
      "I know who your CEO is and I know what car he drives. he should be very careful when he "
        + "walks to that car."),
    ("legal.threat", 1, "SKU-601",
      "to the reviewer who swears it keeps ice for 24h: I will find out who you are and you will "
        + "be sorry, I promise you that."),
    ("legal.harassment", 4, "SKU-201",
      "to Greg R. who says it floods: you're either lying or too incompetent to stake a fly, "
        + "what a pathetic little man."),
    ("escalate.frustration_cta", 1, "SKU-901",
      "The stove igniter died after a month and nobody has replied to three emails. Who do I "
        + "actually contact to get a replacement? Please answer."),
    ("escalate.damaged", 1, "SKU-501",
      "Parcel was dumped on my porch with no cover during a storm. The headlamp has water inside "
        + "and the lens is cracked right across, it won't turn on at all."),
    ("price.actual", 5, "SKU-801", "got them for 2.499 kr on my trip to Oslo, flick locks hold"),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    (5, "SKU-101",
      "I read the reviews before buying, and I'll update my review after a month of use."),
    (5, "SKU-101", "Next time you'll be sorry if you don't pack a rain cover, trust me."),
    (5, "SKU-701", "Bought these for resale? No, just for me, but they are great."),
    (4, "SKU-601", "My buddy said I'd be sorry I didn't buy two. He was right, great bottle."),
    (5, "SKU-402", "The rep for Alpinex at the expo let me try them on, super comfy."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
