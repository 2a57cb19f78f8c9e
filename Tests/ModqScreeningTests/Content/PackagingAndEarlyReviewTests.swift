import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-ninth session's third round: damage, money and trust, reviews that are not yet
/// reviews. Damage to the box or envelope alone is no damage of the product, and a fault the
/// customer found was their own is none either; a sole peeled away or a stove that would not
/// light out of the box is. A job in the store's design office is insider; a "review for
/// refund" deal is incentivized. "now I can't stand" my other shoes is praise.
@Suite struct PackagingAndEarlyReviewTests {
  @Test(arguments: [
    ("escalate.damaged", 1, "SKU-901",
      "It would not light. Brand new out of the box, new canister, tried for half an hour."),
    ("escalate.damaged", 1, "SKU-501", "Headlamp was dead right out of the box."),
    ("escalate.damaged", 1, "SKU-402",
      "Right shoe came with the sole half peeled away from the toe. Didnt even get one run in "
        + "them."),
    ("escalate.damaged", 1, "SKU-601",
      "Box was crushed and the lid is cracked, it leaks everywhere. Want a replacement."),
    ("service.damage_minor", 4, "SKU-601",
      "Box was crushed on one corner and the bottle has a tiny dent near the bottom. Honestly "
        + "no biggie, doesnt leak and everything works."),
    ("escalate.never_again", 2, "SKU-601",
      "this time it came in a torn envelope with the bottle rolling around loose. Bottle's "
        + "fine I guess. But I'm done. Not giving Northpeak Outfitters another dollar."),
    ("integrity.insider", 5, "SKU-402",
      "I worked in Northpeak's design office when these were developed so I know what went "
        + "into them, and they're the best value runner out there."),
    ("integrity.incentivized", 5, "SKU-901",
      "I got this stove through a 'review for refund' deal in the seller's facebook group: "
        + "buy it, post a review, they refund you the full amount."),
    ("irrelevant.not_used_yet", 3, "SKU-201",
      "still in the plastic. planning the camino in may, will let u know"),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    ("service.damage_minor", 4, "SKU-601",
      "the outer box was dented and the tape ripped open but the bottle itself was in perfect "
        + "shape. keeps coffee hot till lunch"),
    ("service.damage_minor", 5, "GC-TM-50",
      "Got this for my brother and he spent it at TrailMart the same week. It came in a bent "
        + "envelope but the card worked fine."),
    ("service.damage_minor", 4, "SKU-401",
      "shoebox was torn, boots perfect. comfy from day one"),
    ("service.damage_minor", 5, "SKU-901",
      "Almost sent it back after the first try because it wouldn't light... turns out I hadn't "
        + "screwed the canister all the way down. Now it lights on the first click."),
    ("escalate.damaged", 2, "SKU-901",
      "Almost sent it back after the first try because it wouldn't light... turns out I hadn't "
        + "screwed the canister all the way down."),
    ("integrity.insider", 5, "SKU-302",
      "I worked in retail for years and this is the best hoodie I have sold or owned."),
    ("consistency.rating_mismatch", 5, "SKU-402",
      "I hate these shoes because now I can't stand running in any of my other ones. Grippiest "
        + "thing I've owned, light, and they drain fast after creek crossings."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
