import Testing

@testable import ModqScreening

@Suite struct IntegrityTests {
  @Test(arguments: [
    ("integrity.incentivized", "I received this product free in exchange for my honest review."),
    ("integrity.incentivized", "Got a discount for reviewing it, but it is a solid pack."),
    ("integrity.insider", "I work at Northpeak and this is our best tent."),
    ("integrity.insider", "I'm a rep for Kestrel and these are the lightest poles in their class"),
    ("integrity.insider",
      "full disclosure my sister works on the Northpeak design team, but this is the best shell"),
    ("integrity.incentivized",
      "they sent me a free pair to try if I'd post an honest review, so here it is: comfy"),
    ("integrity.insider", "My brother makes these and they are great."),
    ("integrity.insider", "As the owner I can say this pack is built to last."),
    ("integrity.extortion", "Refund me or I leave 1 star everywhere."),
    ("integrity.extortion", "Unless you send a new one I will post a bad review on every site."),
    ("integrity.feedback_exchange", "5 stars if you leave me 5 stars back!"),
    ("integrity.insider", "My husband is the product manager for this filter at Alpinex."),
    ("integrity.feedback_exchange", "Happy to do review for review, message me."),
    ("integrity.feedback_exchange", "Rate my review 5 stars and I'll rate yours."),
    ("integrity.extortion", "Fix this or I'm writing a 1 star review everywhere."),
    ("integrity.extortion", "Refund me today or my 1-star review goes on every site I can find."),
    ("integrity.extortion", "Fix this or expect a one star review on every platform."),
    ("integrity.feedback_exchange",
      "If you like my review, give it a thumbs up and I'll return the favor on yours."),
    ("integrity.incentivized", "Northpeak gave me a $50 gift card to write this review. Great jacket!"),
    ("integrity.insider", "Our family owns Northpeak and I think this pack is the best thing we make."),
    ("integrity.incentivized", "The brand gave me these at no cost so I could write about them."),
    ("integrity.incentivized", "Got 50% off for agreeing to post a review. Nice pack."),
    ("integrity.incentivized", "Northpeak sent me these for free to review. Love them."),
    ("integrity.incentivized",
      "The store offered me 20% off my next order if I posted a review, so here it is."),
    // A relative's verb with the business or the product after it.
    ("integrity.insider", "My brother-in-law owns the company and these are the best boots."),
    ("integrity.insider", "My dad owns the company that makes these, best boots ever."),
    ("integrity.insider", "My sister owns Northpeak, buy these!"),
    // The misses of a fresh batch (u9).
    ("integrity.incentivized",
      "Northpeak mailed me this daypack at no cost on the condition that I post a review here."),
    ("integrity.incentivized",
      "theres a deals group that reimburses you the whole order once your review goes live"),
    ("integrity.insider", "my mom manages the Northpeak shop downtown and talked me into it"),
    ("integrity.extortion",
      "Parking this at 3 stars. Do that and I'll bump it to 5, don't and it drops to 1."),
    ("integrity.incentivized",
      "I received these free from the brand in exchange for writing an honest review."),
    ("integrity.feedback_exchange", "left ya the 5 stars so go bump my buyer rating up too"),
    ("integrity.incentivized",
      "a card in the box said post a review and they'll mail you a free pair of merino socks"),
    ("integrity.insider",
      "Im one of the packers at the Northpeak warehouse so I handle hundreds of these a week."),
    ("integrity.insider",
      "Full disclosure, I work in Northpeak's warehouse and my team packs these every day."),
  ])
  func fires(id: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: 3).contains(id))
  }

  @Test(arguments: [
    ("integrity.incentivized", "Got it as a gift from my sister, love it."),
    ("integrity.incentivized", "This was not given to me in exchange for a review, I paid for it."),
    ("integrity.insider", "I work outdoors all day and this jacket keeps me dry."),
    ("integrity.insider", "I work at a hospital and these socks survive 12 hour shifts."),
    ("integrity.extortion", "The strap broke, I returned it for a refund."),
    ("integrity.extortion", "If you don't like snug fits, size up."),
    ("integrity.feedback_exchange", "5 stars, would buy again."),
    ("integrity.feedback_exchange", "I'd give 5 stars if it had more pockets."),
    ("integrity.insider", "My husband is the manager of a bank and loves these socks."),
    // A relative who owns a pair, or made someone buy one, is a customer.
    ("integrity.insider", "My brother owns the same boots and loves them, so I got a pair too."),
    ("integrity.insider", "My husband owns three pairs of these, he swears by them."),
    ("integrity.insider", "My dad made me buy these and he was right, warm and dry."),
    ("integrity.insider", "My wife designed her own rain hat but this jacket is better."),
    ("integrity.insider", "My husband made it to the summit in these boots."),
    ("integrity.extortion", "Love it or my money back, that's the guarantee, and I didn't need it."),
    ("integrity.incentivized", "I could write about them all day, best socks."),
    ("integrity.insider", "My wife manages to fit everything in her Northpeak pack."),
    ("integrity.extortion", "Do that and you'll love it: it drops to 40 degrees at night."),
    ("integrity.incentivized", "Shipping was at no cost and it came on the condition promised."),
    ("integrity.feedback_exchange", "Northpeak, I left you the 5 stars you deserve. Fair's fair."),
    ("integrity.incentivized", "I'll post a review and they'll see how warm it is."),
    ("integrity.insider", "I'm a manager at a bank and these socks survive long days."),
    ("integrity.insider", "The manager at Northpeak was really helpful with sizing."),
    ("integrity.insider", "I work in a warehouse and these boots survive 10-hour shifts."),
  ])
  func doesNotFire(id: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: 3).contains(id))
  }
}
