import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-fourth session's blind batches (u197, u198, u201, u202): customers who need
/// support told in plain or non-native words (asked again and again, tracking that does not
/// move, a stranger at the card, a box card that steers unhappy buyers away from reviews, a
/// cancellation with no article before "order"), and reviews paid for, traded or written from
/// inside told casually. Each form fires, and the nearest innocent text does not.
@Suite struct PlainAsksTests {
  @Test(arguments: [
    // Asked again and again, with an ask.
    ("escalate.frustration_cta", 1, "SKU-201",
      "I've called 4 times about a return label and every time someone says it'll be emailed within a day. Can a real person please just email me the label?"),
    ("escalate.frustration_cta", 1, "SKU-402",
      "I send back the boots because too small, it is now one month. Nobody say me anything, money not come back on my card. Please write me what is happening."),
    // Tracking that does not move.
    ("escalate.not_received", 1, "SKU-701",
      "I am waiting since one month for the socks. the tracking is not moving from the warehouse since day 2."),
    ("escalate.not_received", 2, "SKU-201",
      "Courier says the tent was 'returned to sender, address incomplete'. The address on my order is complete."),
    // A stranger at the card or the account.
    ("escalate.account_compromised", 2, "SKU-701",
      "got a receipt for socks i didnt order?? did someone get hold of my card"),
    ("escalate.account_compromised", 1, "SKU-302",
      "My login email was changed without me doing anything and now there's an order for a rain jacket on the account."),
    // Vows told without an article, or by the penny.
    ("escalate.never_again", 1, "SKU-402",
      "Shoes sole glue come off after two week. This is last time I buy in Northpeak shop."),
    ("escalate.never_again", 2, "SKU-601",
      "waited 3 wks for this filter while the site kept saying ships tmrw. northpeak wont get another penny outta me"),
    // A box card that asks the happy for stars and the unhappy for an email.
    ("escalate.review_tampering", 4, "SKU-402",
      "inside the shoebox was a little card: love your shoes? leave us 5 stars! not happy? email us directly instead and we'll make it right."),
    // Damage on first fill; a wrong pair asked to be matched; a typed-short order.
    ("escalate.damaged", 1, "SKU-601",
      "The dirty-water bag split along the bottom seam the very first time I filled it at the creek."),
    ("escalate.wrong_item", 3, "SKU-402",
      "left shoe is a 9, right shoe is a 9.5. how does that even happen. want a matching pair please"),
    ("escalate.wrong_item", 2, "SKU-402", "ordrd 10.5 got a 9. cant even get my foot in. need the right size sent asap pls"),
    // Cancellations with no article, and a title naming the cancellation.
    ("service.cancelled_or_out_of_stock", 2, "SKU-302",
      "Hoodie go out of stock after I pay, order cancel automatic. I was want it for my trip."),
    ("service.cancelled_or_out_of_stock", 2, "SKU-202",
      "ordered the 4p tent for our july camping trip, two days later email says order cancelled bc its out of stock."),
    // Round two (u201, u202): vows, strangers, offers and arrangements in other words.
    ("escalate.never_again", 2, "SKU-402",
      "Order sat on 'processing' for 12 days, then got cancelled. Northpeak, that was the last dollar you're ever getting out of me."),
    ("escalate.never_again", 3, "SKU-601", "But I was told express is 'a target, not a promise'. Consider this the end of me being your customer."),
    ("escalate.account_compromised", 4, "SKU-701",
      "about an hour after I checked out I got a text with a login code I never asked for."),
    ("escalate.review_tampering", 3, "SKU-601",
      "Two days later the delivery driver knocks on my door and offers me some cash to delete it."),
    ("escalate.review_tampering", 3, "SKU-201",
      "A woman called saying that they'd ship me a free sleeping pad if I deleted that review."),
    ("escalate.review_tampering", 4, "SKU-901",
      "My buddy messaged them because his lid leaks and they told him to keep it between them and not post anything."),
    ("escalate.frustration_cta", 4, "SKU-402",
      "The code from your newsletter got rejected at checkout. Emailed twice, nothing back. Are you going to honor that code or not?"),
    ("escalate.not_received", 2, "SKU-501",
      "the package came, but inside there was only the crinkly brown paper and the packing slip listing the headlamp. no headlamp."),
    ("escalate.damaged", 1, "SKU-601",
      "Hung it up the very first evening and the dirty-water bag let go along the bottom seam."),
    ("integrity.incentivized", 4, "SKU-501",
      "They sent me this one on the house, the only catch was I had to post my thoughts here, so here goes."),
    ("integrity.feedback_exchange", 5, "SKU-901",
      "me and a guy from my discord made a pact, I give 5 stars to whatever he buys and he does the same for my orders."),
    ("integrity.feedback_exchange", 5, "SKU-401", "Left you five stars like we agreed, now please go rate me as a buyer."),
    ("integrity.insider", 5, "SKU-402", "ok so I pick and pack these at the warehouse every single day and finally grabbed a pair."),
    ("integrity.insider", 5, "SKU-701", "my mom is the head buyer at Northpeak so I've been wearing these since high school."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  /// u13-39: the title "order cancelled" is a cancellation too; the body's product words in
  /// the sentence of the body's own cancellation still tell of the order.
  @Test func cancellationNamedInTheTitle() throws {
    let body =
      "ordered it for our family camping weekend and 3 days later got an email saying the order was cancelled because the tent is out of stock. had to scramble last minute to borrow one from my brother."
    let criteria = try ContentFixture.criteria(
      body, rating: 2, title: "order cancelled", product: "SKU-202")
    #expect(criteria.contains("service.cancelled_or_out_of_stock"))
  }

  @Test(arguments: [
    ("escalate.frustration_cta", 5, "SKU-301",
      "I've washed it three times and it still looks new. I asked twice about sizing before buying and they answered fast, lovely people."),
    ("service.frustration_no_cta", 5, "SKU-201",
      "My kids have asked three times when we're going camping again, that's how much they loved this tent."),
    ("service.frustration_no_cta", 5, "SKU-402",
      "Every time someone says my boots look great I tell them where I got them."),
    ("escalate.frustration_cta", 3, "SKU-302",
      "A real person please design a hood that fits over a helmet, this one doesn't."),
    ("escalate.never_again", 4, "SKU-701", "Last time I buy in bulk though, 3 were too many."),
    ("escalate.damaged", 5, "SKU-402", "The very first time I wore these I knew they were keepers."),
    ("escalate.not_received", 2, "SKU-601",
      "DELIVERED TO THE WRONG HOUSE FIRST. neighbor brought it over 2 days later. the courier photo was of someone elses porch. unreal."),
    ("escalate.review_tampering", 5, "SKU-501",
      "I emailed them instead of leaving a bad review and they sorted it in a day. Great lamp."),
    ("service.cancelled_or_out_of_stock", 4, "SKU-302",
      "First order got cancelled, sold out in my size. The hoodie I got on the second try is lovely and warm."),
    ("integrity.incentivized", 5, "SKU-402",
      "The deal was that I got two pairs for the price of one, can't beat it."),
    ("integrity.incentivized", 5, "SKU-701", "The deal was I would get free shipping over 50 so I added socks."),
    ("integrity.incentivized", 5, "SKU-701", "On the condition I leave it in the sun to dry, it never smells."),
    ("integrity.feedback_exchange", 5, "SKU-201", "Please rate me on how fast I can set it up lol, 4 minutes."),
    ("escalate.review_tampering", 5, "SKU-402", "I told him not to post it back, I'm keeping it, love it."),
    ("escalate.frustration_cta", 5, "SKU-302", "Love it. Would appreciate if they made this in green."),
    // Found in the closing review: each entry narrowed to its ask.
    ("escalate.wrong_item", 3, "SKU-701", "I love wearing a mismatched pair of these socks, so fun."),
    ("escalate.not_received", 3, "SKU-201", "Summer came and went and no rips, but it's heavy for a tent this size."),
    ("escalate.not_received", 3, "SKU-302",
      "I am waiting since March for the green one to come back in stock, the blue is fine."),
    ("escalate.review_tampering", 3, "SKU-701", "Stay away from the reviews that say it runs small, it fits true."),
    ("escalate.account_compromised", 3, "SKU-501",
      "My email address was changed on the order so I missed the shipping notice, my fault, lamp is great."),
    ("escalate.account_compromised", 5, "SKU-302",
      "Wore it in a city I've never lived in before, a Chicago winter, and stayed warm."),
    ("escalate.not_received", 3, "SKU-201", "I returned to sender the wrong size and got the right one fast."),
    ("integrity.feedback_exchange", 5, "SKU-402",
      "My husband wears these and he does the same for my kids boots, waterproofs them every fall."),
    ("integrity.feedback_exchange", 5, "SKU-901", "Five stars as promised to my wife, she picked it."),
    ("integrity.feedback_exchange", 3, "SKU-201", "Gave it 5 stars like we agreed as a family after the trip."),
    ("integrity.incentivized", 5, "SKU-901",
      "The deal was I'd write the trip report and he'd cook, so here is mine: this stove rocks."),
    ("integrity.incentivized", 5, "SKU-501",
      "The deal was that I post the photos and he plans the route, this headlamp made night shots easy."),
    ("integrity.incentivized", 5, "SKU-302",
      "He lent me his on the condition I write my name on the tag, so I bought my own."),
    ("integrity.incentivized", 5, "SKU-302", "The deal was I would post it to my sister after the trip, she loved it."),
    ("integrity.incentivized", 5, "SKU-901", "The only catch was I had to wait two weeks for it to arrive, worth it."),
    ("integrity.incentivized", 4, "SKU-402",
      "The catch was I had to post it back myself when the first one was wrong, second one great."),
    ("integrity.incentivized", 5, "SKU-302",
      "They held it at the counter for a week, that was the arrangement with the seller, great jacket."),
    ("integrity.insider", 5, "SKU-901", "I pick and pack these for every trip, along with my stove."),
    ("escalate.never_again", 4, "SKU-402", "This is last time I buy cheap boots, these are worth every cent."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
