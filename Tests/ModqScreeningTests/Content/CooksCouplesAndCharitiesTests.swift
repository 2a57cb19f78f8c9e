import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fifth session's sixth round (blind batches u425-u432: camp cooks, couples
/// disagreeing, upset customers, dogs on the trail, charities and donations, quoted product
/// pages, city use, an ordinary Friday night). "Ripped off" as cheated, a stove told by what
/// it cooks beside a tent pitched while waiting, someone else's dislike answered, talk read
/// about in other reviews, threats told by a parking lot or a limp, a condition on a group's
/// reviews, a rescue team after a signature, and the innocent reviews each change was read
/// against.
@Suite struct CooksCouplesAndCharitiesTests {
  @Test(arguments: [
    ("legal.threat", 1, "SKU-901", "Whoever designed this valve...",
      "Stove sputters and dies every time the canister gets half empty. To whoever designed "
        + "this valve: I'll be waiting for you in the parking lot, and you won't be walking out "
        + "of it."),
    ("legal.threat", 4, "SKU-801", "good poles, but",
      "Poles are great, sturdy and light. One note for the guy with the off-leash husky: let "
        + "that dog charge mine one more time and I'll make sure you're the one limping back to "
        + "the parking lot."),
    ("integrity.incentivized", 5, "SKU-101", "Thanks Northpeak!",
      "Northpeak's community outreach team gave our scout group free daypacks on the condition "
        + "that each of us posted a review, so here's mine: comfy straps, lots of pockets."),
    ("pii.full_name", 5, "SKU-501", "Essential in our callout packs",
      "Every member of our team now carries this headlamp. Bright and dependable.\n\n"
        + "- Harold Brenneman, Tri-County Search & Rescue"),
    ("irrelevant.not_used_yet", 3, "SKU-401", "Still in the box",
      "Haven't worn them yet, they're sitting in the box until my August trip. Little nervous "
        + "after reading about the soles in other reviews. I'll come back and update once I've "
        + "actually walked in them."),
    ("irrelevant.not_used_yet", 5, "SKU-402", "can't wait",
      "Just got them out of the box, havent taken them on the trail yet. Planning a big run "
        + "with my pup on Saturday, will update after!"),
    ("service.frustration_no_cta", 2, "SKU-801", "What a headache",
      "Honestly so frustrated with how our charity raffle order was handled. Three weeks of "
        + "back and forth about the nonprofit discount. Exhausting."),
    ("price.generic_only", 5, "SKU-601", "bargain", "Great deal, got a bunch on sale!! 👍"),
    ("escalate.not_received", 1, "SKU-102", "",
      "Tracking says delivered 12 days ago. Nothing at my door."),
    // A strap torn off on the first hike is still damage beside "I feel ripped off".
    ("escalate.damaged", 1, "SKU-101", "",
      "I feel ripped off, the zipper ripped off on the first hike."),
  ])
  func fires(id: String, rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    // Someone else's dislike, answered (u426-5 was a rating mismatch).
    (5, "SKU-402", "Girlfriend bought them, I'm reviewing them",
      "My girlfriend ordered these for me (so it won't say verified) after a year of me "
        + "whining about my old shoes. Light, really grippy on wet rock, drain fast after "
        + "creek crossings. She says they're ugly. She is wrong."),
    (5, "SKU-402", "", "My girlfriend says they're ugly but I love them, grippy and light."),
    // A stove told by what it cooks, beside a tent pitched while waiting (u427-2 was another
    // product).
    (2, "SKU-901", "Boils water... eventually",
      "Boils water eventually. Like, EVENTUALLY. I had time to pitch the tent, argue with my "
        + "husband about how to pitch the tent, and make up before my noodles were ready. Any "
        + "breeze and it's hopeless without a windscreen."),
    // Cheated, not torn (u427-48 was escalated as damage).
    (2, "SKU-101", "Even on sale, meh",
      "Got it 40% off in the spring sale and still feel a bit ripped off. Side pockets are too "
        + "shallow, my bottle fell out twice on the first hike and rolled down a bank. Shoulder "
        + "straps are comfy, that's about it."),
    // Reading about it, then using it; a parking lot with no threat.
    (5, "SKU-402", "",
      "Read about the soles in other reviews and they've held up fine for me after 300 miles."),
    (5, "SKU-201", "",
      "Waiting for you guys in the parking lot at the trailhead sale was worth it, great tent."),
  ])
  func publishes(rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
