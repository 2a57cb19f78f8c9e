import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fifth session's fifth round (blind batches u417-u424: big, tall and petite
/// shoppers, first backpacking trips, points and promo codes, winter camping, personal
/// stories, couriers and neighbours, second-hand gear, an ordinary Monday). A review that
/// names its only complaint, an order denied with "a" before the product, a porch in the
/// courier's photo that is not the customer's, points for a review, a signature that says
/// who the writer is beside a number, and the innocent reviews each change was read against.
@Suite struct PointsParcelsAndOnlyComplaintsTests {
  @Test(arguments: [
    ("integrity.incentivized", 5, "SKU-402", "Finally in my size",
      "Northpeak sent me a free pair in exchange for this review since I'm a petite runner "
        + "with size 5 feet. Honestly they're great."),
    ("integrity.incentivized", 5, "SKU-601", "5 stars as promised",
      "Northpeak emailed saying I'd get 500 bonus points for posting a 5-star review, so here "
        + "it is. Bottle keeps stuff cold, it's fine."),
    ("pii.full_name", 5, "SKU-801", "Knees say thanks",
      "Took these on the Presidential traverse and my knees thanked me.\n\n"
        + "- Margaret Okonkwo-Hale, rewards member since 2019"),
    ("pii.full_name", 5, "SKU-301", "",
      "This jacket kept me bone dry and I could actually move my arms to set up the tarp.\n\n"
        + "- Daniel Okafor, proud dad of 3"),
    ("test.review", 3, "SKU-601", "test",
      "testing promo code field + points display, pls ignore - QA"),
    ("service.did_not_order", 1, "SKU-901", "??",
      "A stove turned up addressed to me. I did not order a stove. I don't even camp. Asked "
        + "both neighbours, not theirs either."),
    ("escalate.not_received", 1, "SKU-701", "someone is wearing my socks",
      "Tracking says delivered at 2:14pm, the photo shows a porch that isn't mine. Asked "
        + "everyone on the street, nobody has them."),
    ("service.frustration_no_cta", 2, "SKU-102", "so over it",
      "Honestly I'm just so over this order. Three 'sorry we missed you' cards, two different "
        + "neighbours, one depot 40 minutes away. Whatever. I've got it now."),
    ("service.frustration_no_cta", 3, "SKU-901", "stove is fine. this order was not.",
      "The stove itself is good, lights first try and boils quick. But honestly the whole "
        + "order experience left a bad taste: charged a week before it shipped, two emails "
        + "that never got a reply. Just really disappointed in how it was handled."),
    ("escalate.damaged", 1, "SKU-901", "Arrived flattened",
      "Box looked like the van had reversed over it. The pot supports are bent flat and the "
        + "igniter button has snapped clean off. Doesn't light at all."),
    ("consistency.rating_mismatch", 5, "SKU-501", "Regret",
      "Beam is weak, the red light mode is pointless, and the battery indicator lies to your "
        + "face. My husband laughed at me for buying it instead of just using my phone, and he "
        + "was right. Do not recommend, returning to the drawer of shame."),
    ("profanity", 5, "SKU-402", "got me through the sh*ttiest year of my life",
      "Great grip, held up to daily runs for 8 months. Sorry for the language but it's true."),
    ("price.generic_only", 5, "SKU-701", "Bargain", "Half off in the holiday sale. Steal!!"),
  ])
  func fires(id: String, rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    // A review that names its only complaint beside a father's "terrible instant coffee"
    // (u421-21 was a rating mismatch).
    (4, "SKU-901", "Dad's last trip",
      "My dad was diagnosed last spring and said he wanted one more weekend at the lake where "
        + "he taught me to fish. I got this stove on sale (20% off) and made him his terrible "
        + "instant coffee and pancakes every morning. It boils a pot of water in about 3 "
        + "minutes and folds down small enough for my hip pack. Only complaint is it struggles "
        + "a bit in wind, you need to block it with something. He passed in September. I still "
        + "use it every trip."),
    // A size, or a first order, after "didn't order a" / "never ordered a".
    (5, "SKU-302", "", "I didn't order a size up this time and it fits great."),
    (5, "SKU-302", "", "I never ordered a hoodie online before, and this one fits great."),
    // Squashed packaging, or a product that packs flat.
    (5, "SKU-302", "", "Packs down flat and never gets squashed in my bag, love it."),
    (5, "SKU-601", "", "The box arrived a bit squashed but the bottle is perfect."),
    // A price beside product talk.
    (5, "SKU-302", "", "Half price and it's the warmest hoodie I own."),
  ])
  func publishes(rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
