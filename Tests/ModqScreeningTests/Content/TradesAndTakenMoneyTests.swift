import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-first session's first round (blind batches u271-u274: review integrity, reviews
/// that are not reviews, personal details, money). Reviews traded for feedback "like we
/// agreed", written "in return for sharing my thoughts" or under a "tester program", a
/// relative who "runs" the store, a rating held "or it goes to 1 star", a coupon "code didn't
/// work", someone "inside my account", a price "got it for 39.95", a competitor's "members
/// discount", a checkout-only review, and a double charge the store "refunded the duplicate".
@Suite struct TradesAndTakenMoneyTests {
  @Test(arguments: [
    ("integrity.feedback_exchange", 5, "SKU-601",
      "Bottle keeps ice for a whole day. Left 5 stars like we agreed in the chat, now waiting "
        + "on your positive feedback for me as a buyer"),
    ("integrity.feedback_exchange", 5, "SKU-501",
      "small business owner here! I always leave 5 stars for shops that leave 5 stars for "
        + "mine. headlamp is bright btw"),
    ("integrity.incentivized", 5, "SKU-302",
      "Thank you Northpeak for this hoodie in return for sharing my thoughts with you all! "
        + "Cozy and warm"),
    ("integrity.incentivized", 5, "SKU-501",
      "Got this headlamp through the brand's tester program, the only condition was to write "
        + "a review here. Beam is strong."),
    ("integrity.incentivized", 5, "SKU-101",
      "FOUND IT IN A FACEBOOK GROUP WHERE YOU GET THE FULL AMOUNT BACK ON PAYPAL AFTER YOU "
        + "POST 5 STARS SO HERE THEY ARE"),
    ("integrity.incentivized", 5, "SKU-201",
      "here's my review as promised for the free tent, pitches fast and roomy for two"),
    ("integrity.insider", 5, "SKU-701",
      "obviously im biased since my mum runs northpeak's online store but these socks are the "
        + "best"),
    ("integrity.extortion", 2, "SKU-901",
      "Stove is fine I guess. I'll change this to 5 stars if you send me a free fuel canister."),
    ("integrity.extortion", 2, "SKU-402",
      "You charged me return shipping. Refund the return fee or it goes to 1 star."),
    ("escalate.frustration_cta", 2, "SKU-402",
      "You charged me return shipping. Refund the return fee or it goes to 1 star."),
    ("escalate.account_compromised", 1, "SKU-901",
      "I got an order confirmation for a camp stove I never bought. Someone must be inside my "
        + "account. Is my saved card safe??"),
    ("escalate.frustration_cta", 1, "SKU-402",
      "The WELCOME20 code said applied but the total didn't change at all. Can someone please "
        + "credit me the 20%?"),
    ("price.actual", 4, "SKU-501",
      "Got it for 39.95 on black friday. Lumens are as advertised."),
    ("competitor.mention", 4, "SKU-101",
      "nice little daypack. fyi Summit Supply Co has a members discount on these, i'd grab it "
        + "there next time"),
    ("irrelevant.shipping_service", 5, "SKU-501",
      "The website checkout was super smooth, paid with PayPal in like 2 clicks and got the "
        + "confirmation email right away. Tracking updated the whole way."),
    ("irrelevant.not_used_yet", 3, "SKU-201", "Not out of the box yet. Ask me again after Yosemite."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    (5, "SKU-201",
      "Small hiccup: I was charged twice at checkout, but support refunded the duplicate the "
        + "same afternoon, so no complaints there. The tent pitched solo in about 5 minutes."),
    (5, "SKU-701", "Great socks, my mum runs marathons in them and swears by them."),
    (5, "SKU-701", "My mum is a nurse and wears these every shift."),
    (5, "SKU-501", "Got it for my dad on sale. He loves it."),
    (4, "SKU-501", "Lasted for 10.25 hours on low. Got it for my dad."),
    (5, "SKU-501",
      "My friend got a discount at Summit Supply but I bought here and I'm happy."),
    (5, "SKU-301", "Colour matches the website photos exactly. Warm and packable."),
    (4, "SKU-301", "Website said it runs small, so I sized up. Good call."),
    (5, "SKU-201", "Checkout was quick. Tent pitched in 5 minutes and kept us dry."),
    (5, "SKU-402",
      "The code didn't work at first but support applied it by hand. Great shoes."),
    (5, "SKU-201",
      "Returning the favour: my friend recommended this tent and now I recommend it to "
        + "everyone."),
    (5, "SKU-101",
      "My mum gets a discount at work, and I get to borrow her pack after she posts her "
        + "review of it on her blog."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
