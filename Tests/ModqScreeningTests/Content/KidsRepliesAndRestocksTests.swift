import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fifth session's first round (blind batches u385-u392: parents buying for kids,
/// replies to other reviewers, fishing and paddling trips, calls and chats with the store,
/// prices and restocks, numbers and specs, festivals and car camping, an ordinary Sunday).
/// A signature that says who the writer is, a sold name in the possessive, a test that asks
/// to be ignored, a product read off its box or named in a question, a threat told after
/// "and", delivery stories with a reaction or a reply in them, and the innocent reviews each
/// change was read against.
@Suite struct KidsRepliesAndRestocksTests {
  @Test(arguments: [
    ("pii.full_name", 5, "SKU-901", "",
      "The stove was great, small enough that they can pack it themselves.\n\n"
        + "- Rebecca Okafor, proud and slightly smoky mom"),
    ("integrity.insider", 5, "SKU-102", "",
      "Disclaimer, my wife is on Northpeak's design team so I'm a little biased, but this "
        + "pack carried 35 lb on a 3 day trip without any shoulder pain."),
    ("test.review", 5, "SKU-101", "reply test",
      "testing reply threading on product page - please ignore"),
    ("irrelevant.not_used_yet", 4, "SKU-202", "can't wait",
      "Still in the box till our August trip. Box says 4P and 8.9 lb packed weight, which "
        + "sounds right. Will update after we actually set it up!"),
    ("irrelevant.not_used_yet", 5, "SKU-302", "shhh",
      "Still wrapped and hidden under my bed till Christmas morning. The color looks "
        + "gorgeous in the photos! Will report back after my daughter opens it"),
    // A look at a part of it after a denial is no use either (this was a published probe
    // until the thirty-fifth session; criteria.md: "has not opened or used the product yet").
    ("irrelevant.not_used_yet", 3, "SKU-402", "",
      "Not out of the box yet, but the stitching looks solid."),
    ("irrelevant.not_used_yet", 4, "SKU-401", "will get back to u",
      "can't help with the sizing question yet sorry, box is still sealed on my porch lol. "
        + "will report back after the weekend!"),
    ("irrelevant.not_used_yet", 4, "SKU-202", "",
      "Got it today for our family canoe trip. Havent even pulled it out of the bag yet but "
        + "it looks HUGE lol. Will report back after the trip!"),
    ("legal.threat", 2, "SKU-901", "",
      "Trent, I hope you read this, because I'm going to come down to that office and break "
        + "your fingers so you can't type another canned email."),
    ("escalate.never_again", 1, "SKU-301", "I'm done",
      "Spent an hour on hold trying to sort out my son's jacket exchange and got passed "
        + "around four times. Northpeak has lost this family's business for good."),
    ("service.frustration_no_cta", 1, "SKU-102", "...",
      "Third email. Third copy-paste reply that answers nothing. I'm so tired of this."),
    ("consistency.rating_mismatch", 1, "SKU-302", "she won't take it off",
      "My daughter hasn't taken it off since her birthday. Warm, light, packs into its own "
        + "pocket so it lives in her school bag. She says it's the comfiest thing she owns. "
        + "Love it."),
    ("consistency.rating_mismatch", 5, "SKU-302", "agree with the 1 star folks",
      "Agree with every 1-star review here. It's cold below 40F, the baffles are thin, the "
        + "fit is boxy and the cuffs let wind straight in. Really disappointed."),
    ("consistency.wrong_product", 5, "SKU-601", "backyard campout hit",
      "Set it up in the backyard in about 10 minutes and the kids slept out in it all "
        + "weekend. Rainfly kept them dry Saturday night when it poured."),
    ("irrelevant.shipping_service", 5, "SKU-701", "Lifesavers",
      "Ordered Sunday night in a total panic before camp and it was on the porch Tuesday. "
        + "Packaging was neat and the chat person answered me in like two minutes. Thank you!!"),
    ("irrelevant.shipping_service", 5, "SKU-301", "fast shipping even on sale week",
      "Shipped the same day even with the sale rush, box was packed really well and it was "
        + "on my porch in 2 days. Impressed."),
    ("irrelevant.shipping_service", 5, "SKU-202", "delivery times since people asked",
      "Somebody asked how long shipping takes. Mine took 4 days to Oregon, came double "
        + "boxed, driver even put it behind the planter out of the rain."),
    ("irrelevant.shipping_service", 5, "SKU-101", "Fast!",
      "Box showed up Sunday morning which surprised me, and the driver even tucked it "
        + "behind the planter out of the rain. Quick and easy, thanks!"),
    ("price.generic_only", 4, "SKU-302", "re the question above", "yep it was on sale. good deal."),
  ])
  func fires(id: String, rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    // Wear after 250 miles, not damage on arrival (u390-7 was escalated).
    (2, "SKU-402", "",
      "Super comfy out of the box, zero break in, 9.5 fits true. But the outsole started "
        + "peeling off at the toe around mile 250 and the lugs on the forefoot are basically "
        + "flat now. Expected at least 400."),
    // A pack's bottle sleeve is the pack's (u391-20 was another product).
    (4, "SKU-101", "last minute festival save",
      "Came next day which was lucky. Great size for a day on site, the bottle sleeve fits "
        + "a 1L bottle, and it doesn't scream hiking bag which I liked."),
    // "agree" is no longer scored as strong praise, and "less annoying" is praise (u100-31).
    (4, "SKU-602", "",
      "Found this after watching @saltyhikerdan's gear video where he used it in the Winds. "
        + "Agree with him, it's way less annoying than squeezing pouches. Only complaint is "
        + "the dirty bag's clip feels flimsy."),
    (5, "SKU-302", "", "Agree with the other reviews, warm and light. Love it."),
    (5, "SKU-302", "she won't take it off",
      "My daughter hasn't taken it off since her birthday. Warm, light. Love it."),
    // A race is no threat; a plan after "and" needs a person hurt.
    (5, "SKU-401", "", "I will hike the loop with my brother and beat him to the top."),
    (5, "SKU-401", "", "I'm going to take them up Rainier next month and break them in properly."),
    // A test word without the ask to ignore it, or an ask about something else.
    (5, "SKU-402", "",
      "Tested them on a 3-day trip. Please ignore the one-star reviews, they fit great."),
    // A possessive store name with no role at it.
    (5, "SKU-102", "", "My wife is on Northpeak's mailing list so we caught the sale. Best 45L."),
    (5, "SKU-401", "", "My brother is a manager at a bank and loves Northpeak's boots."),
    // Looks, questions and the new filler words beside use of the product.
    (5, "SKU-302", "", "Used it all week, the color looks great and it kept me warm."),
    (5, "SKU-401", "",
      "Can't answer the sizing question, but I've worn them 200 miles and love them."),
    (5, "SKU-301", "", "Surprised how warm it is, box showed up Sunday."),
    (5, "SKU-701", "", "Ordered before camp, the socks kept my kid's feet dry all week."),
    (5, "SKU-701", "", "yep, these are the best socks, warm and dry."),
    (5, "SKU-402", "",
      "Sold out in my size so I got the half size up, fits great, super comfy on long runs."),
    (5, "SKU-201", "", "The kids slept out in it all weekend and the rainfly kept them dry."),
  ])
  func publishes(rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.isEmpty, "\(found)")
  }

  /// A beating told as harm still fires; a race does not make every "beat him" one.
  @Test func beatingsStillFire() throws {
    let ground = try ContentFixture.criteria(
      "I will beat him to the ground if he delivers another box like this.", rating: 1,
      product: "SKU-401")
    #expect(ground.contains("legal.threat"), "\(ground)")
    let up = try ContentFixture.criteria(
      "I'm going to find the driver and beat him up the next time.", rating: 1,
      product: "SKU-401")
    #expect(up.contains("legal.threat"), "\(up)")
  }
}
