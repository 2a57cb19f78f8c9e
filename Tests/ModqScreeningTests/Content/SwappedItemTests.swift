import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-eighth session's orders gone wrong. A wrong item told as two values of a size or
/// colour ("came in red, i picked black") or as two different products ("ordered socks and
/// got a water bottle??") is escalated; a fit, a packaging colour, a return, a judgement or a
/// second thing bought beside it is not. A parcel sent back or lost on the way is not
/// received, and so is one left at someone else's door that is still nowhere.
@Suite struct SwappedItemTests {
  @Test(arguments: [
    ("escalate.wrong_item", 2, "SKU-302", "came in red, i picked black. can u swap"),
    ("escalate.wrong_item", 2, "SKU-301",
      "picked the green one at checkout, orange showed up. i need the green one"),
    ("escalate.wrong_item", 4, "SKU-302",
      "The hoodie itself is lovely. I ordered a medium in the rust colour and a large in black "
        + "turned up instead. Can I swap it for the medium rust I actually ordered?"),
    ("escalate.wrong_item", 3, "SKU-202",
      "Tent turned up quickly but it's the orange one. We ordered green because we camp a lot "
        + "in places where bright colours aren't welcome. Not the end of the world but we would "
        + "like to exchange it for the green before our August trip."),
    ("escalate.wrong_item", 4, "SKU-301",
      "jacket is lovely. the only thing is i picked forest green and the one that came is "
        + "bright orange. would still really like the green one if it can be swapped"),
    ("escalate.wrong_item", 3, "SKU-601",
      "so this is a 500ml bottle. nice and all, keeps stuff cold, but I ordered the 1L for long "
        + "days on the bike and the small one runs dry by lunch. can you swap it?"),
    ("escalate.wrong_item", 1, "SKU-602",
      "box had a water bottle in it, not the filter. still need my filter"),
    ("escalate.wrong_item", 1, "SKU-701",
      "ordered socks and got a water bottle?? can u send my socks"),
    ("escalate.wrong_item", 1, "SKU-101",
      "my box had a headlamp in it. i ordered the daypack. hoping someone can sort out getting "
        + "me the actual pack"),
    ("escalate.wrong_item", 1, "SKU-101", "got the small daypack not the 45L pack?? pls fix"),
    ("escalate.wrong_item", 2, "SKU-202",
      "Turns out the bag contains the Basecamp 4P, not the Ridge 2P I ordered. Please let me "
        + "know how to exchange it for the Ridge."),
    // What a tag, a box or the shoes inside read is what came (twenty-eighth session's work,
    // landed in the twenty-ninth), and a sentence that restates the order moves the window on.
    ("escalate.wrong_item", 2, "SKU-401",
      "I'd ordered these boots in a 9. Opened the box and the tag says 11 UK. Need them "
        + "swapped before my trip."),
    ("escalate.wrong_item", 2, "SKU-401",
      "ordered a 9. The box says 9 but the boots inside say 11. Please send 9s."),
    ("escalate.wrong_item", 2, "SKU-401",
      "ordered a 10 wide. box says 10 wide. boots inside are a 9 regular. need the right pair "
        + "sent out please"),
    ("escalate.not_received", 1, "SKU-302",
      "I wait for this hoodie almost 4 weeks. Now the tracking say it is returned to sender, "
        + "but nobody call me or ring my door. I don't know what I must do now."),
    ("escalate.not_received", 2, "SKU-901",
      "Can't say anything about the stove, because according to the delivery photo it was "
        + "left at a house with a blue door. Ours is white. We knocked on the two blue doors "
        + "we could find, no luck."),
    ("escalate.not_received", 1, "SKU-302",
      "carrier says left at front door theres no hoodie here"),
    ("escalate.not_received", 1, "SKU-801",
      "where are my poles? the carrier says they got lost in transit."),
    ("escalate.not_received", 2, "SKU-101",
      "So tracking says it was delivered Tuesday at 2:14pm. I've checked the porch, the "
        + "mailroom, behind the bushes, and asked both neighbours. No daypack anywhere."),
    ("escalate.never_again", 2, "SKU-301",
      "Jacket's okay, keeps the drizzle off. Took three weeks to get here and every reply from "
        + "support was the same copy-paste paragraph. This was my first order with Northpeak "
        + "and also my last."),
    ("escalate.never_again", 2, "SKU-401",
      "shoes ok, comfortable. but service very bad, nobody care. i will not buy again in this "
        + "shop, never."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    ("escalate.wrong_item", 2, "SKU-301",
      "Ordered the black, came right on time but the zipper broke on day two."),
    ("escalate.wrong_item", 1, "SKU-302",
      "ordered a medium, it came up more like a large. sleeves way too long, returning"),
    ("escalate.wrong_item", 2, "SKU-302",
      "ordered black. the black faded after one wash, came out grey. disappointed"),
    ("escalate.wrong_item", 2, "SKU-301",
      "Ordered the olive, arrived in a brown box. Seams came apart after a week."),
    ("escalate.wrong_item", 1, "SKU-201",
      "I ordered the orange one. It came in a green stuff sack which was torn, and the pole "
        + "snapped on night one."),
    ("escalate.wrong_item", 2, "SKU-302",
      "Ordered a large, normally wear a medium. The large is still tight on the shoulders."),
    ("escalate.wrong_item", 4, "SKU-302",
      "I picked the grey, my wife got the blue one. Both look great, can you add more colours?"),
    ("escalate.wrong_item", 2, "SKU-302",
      "I ordered a small. Tag says small too but it fits like an XL. Sizing is all over the "
        + "place."),
    ("escalate.wrong_item", 2, "SKU-402",
      "i wear a size 8 everywhere. i ordered the 8 and it was too tight. i sent the 8 back and "
        + "re-ordered in a size 10."),
    ("escalate.wrong_item", 2, "SKU-201",
      "I ordered the tent and got a footprint too, the footprint is fine but the tent leaks."),
    ("escalate.wrong_item", 2, "SKU-901",
      "ordered the stove and got a pot to go with it. stove sputters constantly."),
    ("escalate.wrong_item", 1, "SKU-101",
      "I ordered the daypack, it's a flimsy pack, straps ripped in a week."),
    ("escalate.wrong_item", 2, "SKU-101",
      "It's a decent pack, not the best daypack I've owned, zips stick."),
    ("escalate.wrong_item", 2, "SKU-401",
      "ordered the socks last month and got the boots this week, the boots rub my heel raw"),
    ("escalate.wrong_item", 2, "SKU-901",
      "I bought this little stove for a solo overnight. It boils a mug of water in a couple of "
        + "minutes and folds up small enough to live inside my cook pot."),
    ("escalate.wrong_item", 2, "SKU-201",
      "Not the first tent I ordered from you and the zips are still junk."),
    // The same value again, a value of another kind than the order's, a fit after "but", a
    // score: no wrong item.
    ("escalate.wrong_item", 2, "SKU-401",
      "I ordered a 9. The tag says a 9 too but they run a full size small."),
    ("escalate.wrong_item", 2, "SKU-302",
      "I ordered a large. The label says large too but it's cut like a medium."),
    ("escalate.wrong_item", 2, "SKU-401",
      "Ordered the 11s. They said 11 would be roomy. Not roomy. Returning."),
    ("escalate.wrong_item", 2, "SKU-401",
      "ordered the 10.5. the box says 10.5. the boots say 10.5. they still pinch."),
    ("escalate.wrong_item", 2, "SKU-402",
      "Ordered these in black. The insole is marked 10 but they fit like a 9, tight in the toe."),
    ("escalate.wrong_item", 2, "SKU-401",
      "I ordered a 10 like always. The box says 10 but these run small, my toes hit the front."),
    ("escalate.wrong_item", 2, "SKU-302",
      "I'd say 6 out of 10. ordered the grey, its thinner than I hoped."),
    ("escalate.not_received", 1, "SKU-302",
      "Returned it 5 weeks ago because it was too small. Your site says the return was "
        + "received and I STILL do not have my refund."),
    ("escalate.not_received", 4, "SKU-101",
      "Tracking said delivered to the wrong house. neighbor brought it over 2 days later, and "
        + "the pack is great, roomy and comfy."),
    ("escalate.not_received", 2, "SKU-401",
      "Waterproof? never got them wet enough to tell, but the laces fray already."),
    ("escalate.never_again", 1, "SKU-401",
      "They look good and the leather is nice quality I guess. That's where it ends. Way too "
        + "stiff, still painful after 60+ miles of breaking in."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
