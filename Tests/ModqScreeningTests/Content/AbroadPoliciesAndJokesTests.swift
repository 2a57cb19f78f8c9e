import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fifth session's fourth round (blind batches u409-u416: cyclists, hurried phone
/// reviews, retirees, store policies, customers abroad, children and pets named, jokes, an
/// ordinary Tuesday evening). A review in another language whose words only look like English
/// sentiment, "I'd kill for" as praise, a tent not yet "set up", weather not met yet after
/// other use, a size found "in the box", a club after a signature, a "certified clown", and
/// the innocent reviews each change was read against.
@Suite struct AbroadPoliciesAndJokesTests {
  @Test(arguments: [
    ("pii.full_name", 5, "SKU-701", "",
      "Wore these on a 600 km brevet and my feet were the only part of me that didn't hurt. "
        + "- Marcus Oyelaran, Leeds Wheelers CC"),
    ("competitor.mention", 3, "SKU-102", "Check around first",
      "Nice enough pack, fits my back alright. But after I ordered I saw the very same one at "
        + "GearHub for a good bit less. Folks on a fixed income, look there first."),
    ("integrity.incentivized", 5, "SKU-101", "",
      "They took the return shipping fee off my exchange in return for me posting a review, "
        + "so here it is: the daypack is comfy, 5 stars."),
    ("integrity.incentivized", 5, "SKU-901", "full disclosure",
      "Full disclosure: Northpeak covered my import fees in exchange for me writing this "
        + "review. The stove is compact and simmers well."),
    ("escalate.never_again", 1, "SKU-401", "Surprise duties",
      "Duties plus a 'brokerage fee' on delivery that nobody mentioned at checkout. Not "
        + "ordering from Northpeak ever again."),
    ("irrelevant.not_used_yet", 5, "SKU-102", "can't wait!!",
      "Bought this for my grandson's 9th birthday next month. It's wrapped and hidden in the "
        + "closet so I can't say anything yet, will report back once he's tried it!"),
    ("irrelevant.not_used_yet", 4, "SKU-202", "Looks solid so far",
      "Box showed up this evening. Haven't actually set it up yet, just peeked inside and all "
        + "the bits seem to be there. Will update after the camping trip next month!"),
    ("legal.harassment", 4, "SKU-801", "Reviews are a joke here",
      "Poles are solid, light, clamps hold. But to the guy below who gave these 1 star: "
        + "you're a certified clown 🤡 and a brain-dead potato, learn to read a manual."),
    ("irrelevant.shipping_service", 5, "SKU-602", "Fast to Japan",
      "Shipped to Osaka in 5 days, duties were prepaid at checkout so no surprise at the "
        + "door. Packaging was neat too. Thank you!"),
    ("escalate.wrong_item", 2, "SKU-401", "Wrong size in the box",
      "Ordered the women's size 7 and there's a men's 10 in the box. I can't get to the post "
        + "office easily these days, please just send me the right size."),
    ("service.frustration_no_cta", 1, "SKU-401", "",
      "A 30 day return window on hiking boots is a joke. Whoever came up with this policy has "
        + "never hiked a day in their life."),
    // Terse English with no function words is still read as English.
    ("consistency.rating_mismatch", 1, "SKU-301", "",
      "Warm, light, packs small, great value, zipper sturdy, hood roomy, pockets deep. Love it."),
  ])
  func fires(id: String, rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    // German whose "war" and "die" are no English complaint (u413-9 was a rating mismatch).
    (4, "SKU-301", "Dicht wie versprochen",
      "Jacke ist super dicht, war damit eine Woche in Schottland bei Dauerregen unterwegs. "
        + "Der Zoll hat etwas gedauert, aber egal. Einziger Minuspunkt: die Kapuze könnte "
        + "größer sein, mit Mütze drunter wird's eng."),
    (1, "SKU-301", "",
      "Muy buena chaqueta, excelente para la lluvia. Me encanta, la recomiendo mucho."),
    // "I'd kill for" one more (u414-10 was a rating mismatch).
    (5, "SKU-601", "survived my children",
      "My kids destroy EVERYTHING. This bottle has been dropped off a bunk bed, run over by a "
        + "bike and used as a hammer by my 4 year old. A few scratches, still keeps ice "
        + "overnight. Honestly I'd kill for a smaller version just as tough for the little "
        + "one's lunchbox."),
    // Weather and ground not met yet after other use.
    (5, "SKU-202", "",
      "Haven't set it up in the rain yet, but three dry nights in the Sierra and it's perfect."),
    (5, "SKU-202", "",
      "Didn't set it up on sand yet, only dirt, and it pitched fine every time on our week at "
        + "the lake."),
    (5, "SKU-202", "",
      "Haven't used it in the rain yet, but three dry nights in the Sierra and it's perfect."),
    // Something else in the box; "certified" said of no insult.
    (5, "SKU-401", "",
      "Ordered the women's size 7 and there's a spare lace in the box. Fit is perfect."),
    (5, "SKU-801", "", "My dad is a certified guide and he loves these poles."),
    (5, "SKU-801", "",
      "To the guy below: you're a certified legend for that tip, the poles are great."),
  ])
  func publishes(rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
