import Foundation
import Testing

@testable import ModqScreening

/// The twenty-second session's first round of blind batches: u161, an ordinary Monday; u162, a
/// precision probe of people, places and numbers told innocently; u163, text rejects said
/// without swear words; u164, escalations written calmly at 4-5 stars. Each form fires, and the
/// nearest innocent text does not.
@Suite struct PoliteAsksAndVeiledThreatsTests {
  @Test(arguments: [
    // Money taken wrongly, with an ask to the store, at any rating.
    ("escalate.frustration_cta", 5, "SKU-501", "love this headlamp but my card got hit twice for it?? pls fix 🙏"),
    ("escalate.frustration_cta", 5, "SKU-201",
      "Stayed bone dry. Only thing, the sales tax is listed twice and both came off my card. Can someone check and fix that?"),
    ("escalate.frustration_cta", 5, "SKU-302",
      "Black one is gorgeous. The grey return got paid back as store credit instead of to my card. Can that be switched to the card please?"),
    ("escalate.frustration_cta", 1, "SKU-401", "sent these back a month ago still no refund. WHEN???"),
    // A final loss at 5 stars: a second one for a relative that never came.
    ("escalate.not_received", 5, "SKU-901",
      "Love mine. Ordered a second one for my dad's birthday and had it sent to him. He never got it."),
    // Not used yet, told with "taken ... out".
    ("irrelevant.not_used_yet", 3, "SKU-801",
      "Just came today. They look solid but I haven't actually taken them out yet. Will update."),
    ("price.generic_only", 5, "SKU-101", "Half price in the sale, can't beat that!"),
    // Veiled threats, put-downs and hate without the lists' older words.
    ("legal.threat", 3, "SKU-302",
      "The guy who called it user error - I know which store you work at now and I know what time you lock up."),
    ("legal.threat", 4, "SKU-402", "To Brandon_K: I looked you up. Nice blue house."),
    ("legal.threat", 5, "SKU-801", "She should know I still know where her sister lives."),
    ("legal.harassment", 4, "SKU-301",
      "The chat rep was sweet, nothing going on upstairs. Hope they pay her in treats."),
    ("legal.harassment", 5, "SKU-201", "To the family next to us: your kids are as rude as you are ugly."),
    ("legal.hate", 4, "SKU-501",
      "The folks who go to that prayer center should all go back to where they came from."),
    ("legal.hate", 1, "SKU-201",
      "Made overseas by people from that part of the world, the whole culture is like that."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // A loss already put right, and billing with no ask or already sorted.
    ("escalate.not_received", 5, "SKU-101",
      "So the first box never showed up. I messaged on a Sunday and they just sent a second one out. That one came in 3 days."),
    ("escalate.frustration_cta", 5, "SKU-601",
      "Got charged twice by mistake but they refunded the extra straight away. Can't fault them."),
    ("escalate.frustration_cta", 5, "SKU-601",
      "The full amount came off my card the day it shipped, which is fine. Keeps coffee hot all day."),
    ("escalate.frustration_cta", 5, "SKU-101",
      "Shipping was quick. Can someone tell me if the hip belt comes off?"),
    ("escalate.frustration_cta", 5, "SKU-601", "I wasn't charged twice like some people said. Love it."),
    // "taken" that is no use denied.
    ("irrelevant.not_used_yet", 5, "SKU-402", "Haven't taken a single fall yet, the grip is great."),
    // A distance after a street-like name is no house number.
    ("pii.address", 5, "SKU-801",
      "used on the Camino Portugués, 260 km, Porto to Santiago. zero knee pain. 10/10"),
    // Knowing where things are, a shame, time alone: not threats.
    ("legal.threat", 5, "SKU-101", "I know where everything is in this pack now, so many pockets."),
    ("legal.threat", 5, "SKU-201", "It would be a shame if you missed the sale on this tent."),
    ("legal.threat", 5, "SKU-901", "Ten minutes alone with this stove and you'll have dinner ready."),
    ("legal.harassment", 5, "SKU-202", "Reading the size chart is your friend, the tent is huge."),
    ("legal.hate", 5, "SKU-402", "I had to go back to where I parked to swap into these. Great shoes."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
