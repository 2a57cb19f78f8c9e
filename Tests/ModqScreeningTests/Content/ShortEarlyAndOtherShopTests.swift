import Testing

@testable import ModqScreening

/// The nineteenth session's blind batches: u93, an ordinary Friday's queue; u94, very short
/// reviews ("Love it!!" at 1 star, "total junk" at 5); u95, reviews written before or right
/// after first use ("Feels solid ... Haven't had it out yet", "wrapped under the tree"); u96,
/// other shops and brands ("GearHub's cards ... I'd gift one of those instead"). Each form
/// fires, and the nearest innocent text does not.
@Suite struct ShortEarlyAndOtherShopTests {
  @Test(arguments: [
    // A review that is one strong opinion and nothing else needs one sentiment word.
    ("consistency.rating_mismatch", 1, "SKU-301", "Love it!!"),
    ("consistency.rating_mismatch", 5, "SKU-601", "total junk"),
    ("consistency.rating_mismatch", 1, "SKU-601", "10/10 would buy again"),
    // "don't bother" warns other buyers; it is no negated bother.
    ("consistency.rating_mismatch", 5, "SKU-102",
      "Hip belt digs into my hips, the frame is way too short for my torso and it squeaks every step. Honestly miserable to carry, don't bother."),
    ("irrelevant.not_used_yet", 5, "SKU-201", "havent even set it up yet"),
    // "Feels solid" out of the box is an impression, like a look, after a denial of use.
    ("irrelevant.not_used_yet", 5, "SKU-501",
      "Just came in today! Feels solid and the strap looks comfy. Haven't had it out yet, going camping next weekend so I'll update after 🤞"),
    ("irrelevant.not_used_yet", 5, "SKU-501",
      "still in the package lol. camping trip is in june. 5 stars for now"),
    ("irrelevant.not_used_yet", 5, "SKU-301",
      "Bought this for our Iceland trip in April. Haven't had a chance to wear it yet but will update after we get back!"),
    ("irrelevant.not_used_yet", 5, "SKU-302",
      "Christmas present for my dad, it's wrapped under the tree. Hope he likes it!"),
    ("escalate.wrong_item", 2, "SKU-202",
      "Ordered the Basecamp 4P for a trip in 3 weeks and there was a 2 person tent in the box instead. Need the right one swapped out before we leave please."),
    ("price.generic_only", 5, "SKU-402", "Great deal on sale!! 🙌 couldn't beat it"),
    ("irrelevant.shipping_service", 5, "SKU-101",
      "Arrived in 2 days, box was well padded and everything was wrapped nicely. Great service!"),
    // A competitor's name in the possessive is the competitor.
    ("competitor.mention", 2, "GC-TM-50",
      "It's a TrailMart gift card, it works. But GearHub's cards can be used online and in their stores, so honestly I'd gift one of those instead."),
    ("other_product.similar_brand", 3, "SKU-101",
      "My old RidgeLine's straps were softer than these."),
    ("consistency.wrong_product", 5, "SKU-601",
      "The high mode lights up the whole trail, and the red mode is perfect so I don't blind everyone in camp. Headband is comfy even over a hat."),
    ("integrity.incentivized", 5, "SKU-801",
      "Kestrel's rep hooked me up with a pair after I agreed to post my thoughts here, so here goes: super light, they collapse small."),
    ("unclear.cynical", 1, "SKU-301",
      "Wow, a rain jacket that turns into a sponge the minute it drizzles. Exactly what I was hoping for. Truly groundbreaking stuff, bravo 👏"),
    ("legal.harassment", 5, "SKU-801",
      "Whoever said these collapse under weight is either an idiot or never figured out the flick locks."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // Weak or mixed short texts are no clear opinion against the stars.
    ("consistency.rating_mismatch", 2, "SKU-301", "good"),
    ("consistency.rating_mismatch", 5, "SKU-301", "meh"),
    ("consistency.rating_mismatch", 5, "SKU-301", "Not bad"),
    ("consistency.rating_mismatch", 5, "SKU-301", "No complaints"),
    ("consistency.rating_mismatch", 2, "SKU-301", "Love the color but it runs small"),
    ("consistency.rating_mismatch", 5, "SKU-301", "Love it. Don't bother with the others."),
    ("irrelevant.not_used_yet", 5, "SKU-501",
      "Feels solid, wore it on two night hikes already and the strap is comfy."),
    ("irrelevant.not_used_yet", 5, "SKU-201", "Set it up in the backyard, then two nights at the lake."),
    ("irrelevant.shipping_service", 5, "SKU-101",
      "Well padded straps and a roomy main pocket. Arrived in 2 days, great service!"),
    // The gift card's own name, in the possessive too.
    ("competitor.mention", 5, "GC-TM-50",
      "TrailMart's gift card is the best present, she redeemed it the same day."),
    ("consistency.wrong_product", 5, "SKU-501",
      "The high mode lights up the whole trail. Headband is comfy even over a hat."),
    ("integrity.incentivized", 3, "SKU-801",
      "After I agreed to pay for the return label they sent a new pair, which lock fine."),
    ("unclear.cynical", 5, "SKU-301", "Exactly what I was hoping for, warm and light."),
    ("legal.harassment", 5, "SKU-801",
      "Whoever designed these locks is either a genius or got lucky, zero slips in 12 days."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
