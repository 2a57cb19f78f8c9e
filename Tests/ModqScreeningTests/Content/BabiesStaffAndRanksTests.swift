import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fifth session's third round (blind batches u401-u408: babies and toddlers,
/// voice-to-text, staff named in reviews, alpine trips, first responders, other websites,
/// rainy trips, an ordinary Thursday). Praise told as "can't recommend enough", "every bit
/// as bright" and "absolutely killed it", staff who "didn't make me feel dumb", a signature
/// after a rank or naming a crew, "the kid" who sold it, a tent sought elsewhere after a
/// cancellation, and the innocent reviews each change was read against.
@Suite struct BabiesStaffAndRanksTests {
  @Test(arguments: [
    ("consistency.rating_mismatch", 1, "SKU-501", "Baby's first camping trip",
      "Best purchase we made for the baby's first camping trip. The red light lets me check "
        + "on her without waking her up and the battery lasted the whole long weekend. Can't "
        + "recommend enough!"),
    ("consistency.rating_mismatch", 1, "SKU-501", "Best headlamp ive owned",
      "Best headlamp I've owned. Saw it recommended on a caving forum and it's every bit as "
        + "bright as they said, battery lasts forever, red mode is great for camp. Highly "
        + "recommend!"),
    ("pii.full_name", 5, "SKU-302", "",
      "So light and so warm. I live in this at camp while the baby is up at dawn.\n\n"
        + "- Megan O'Sullivan, mom of two under three"),
    ("pii.full_name", 4, "SKU-301", "",
      "Bought a dozen of these for our ladder company. Held up through a rainy week of "
        + "hydrant testing.\n\n- Capt. Daniel Okafor, Ladder 9"),
    ("legal.harassment", 2, "SKU-201", "tent ok, salesman not",
      "The Ridge 2P is fine, pitches quick. But the kid who sold it to me, Brandon, is a "
        + "brain-dead idiot who couldn't tell a footprint from a rainfly."),
    ("service.cancelled_or_out_of_stock", 1, "SKU-202", "Cancelled days before our trip",
      "Ordered this three weeks ahead of our week of camping in Cape Breton. Yesterday I got "
        + "an email saying it's out of stock and the order is cancelled. Now we're scrambling "
        + "for a tent with rain in the forecast. Really annoying."),
    ("price.generic_only", 5, "SKU-701", "deal", "Spotted on a deals forum. Great price!!"),
    ("irrelevant.shipping_service", 5, "SKU-701", "Fast to my APO!",
      "Shipped to my APO in 9 days which is basically a miracle out here. Box was packed "
        + "tight and the rep who helped me fix a typo in my address was super nice. Five stars "
        + "for the service."),
  ])
  func fires(id: String, rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    // Slang praise and kind staff at 4-5 stars (u404-19 and u403-48 were rating mismatches).
    (5, "SKU-901", "This little stove absolutely killed it",
      "This little stove absolutely killed it at 4,200 m. Melted snow for 3 of us every night "
        + "for 5 days on one and a half canisters. Simmer control is actually usable, which is "
        + "rare. Slay."),
    (4, "SKU-101", "good for beginers",
      "new to hiking and was kinda intimidated walking into the store. the guy at the front "
        + "(Dev? Dave?) didnt make me feel dumb at all & helped me pick this. holds everything "
        + "for a 6 mi hike. side pockets r a lil tight for my 1L bottle. would reccomend"),
    (5, "SKU-501", "", "Can't recommend enough, brightest lamp I own."),
    // A child of the writer's, not a salesman; a kid who was no target of an insult.
    (5, "SKU-201", "", "My kid is an idiot with zippers but even he can pitch this tent."),
    (5, "SKU-201", "", "The kid next to us at camp was jealous, it's a great tent."),
    // A place and a crew with a number are no signed name.
    (5, "SKU-301", "", "Great jacket, took it up Rainier.\n\n- Mt. Rainier, team 4 summit crew"),
    (5, "SKU-201", "", "Easy to pitch.\n\n- Troop 41, Scoutmaster approved"),
  ])
  func publishes(rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.isEmpty, "\(found)")
  }

  /// "the cold killed it" still tells of a failure at 5 stars.
  @Test func theColdStillKillsIt() throws {
    let score = try ContentFixture.sentiment("The cold killed it in an hour.")
    #expect(score.compound < 0, "\(score.compound)")
  }
}
