import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirtieth session's second round: parts the order left out, parcels sent back, and the
/// innocent reviews that looked like them. A part missing from the box names the order, so an
/// ask near it escalates; an order "split into 3 parcels", boots "broke them in", a fault after
/// "worked fine for a month" and a wrong colour already exchanged are no escalation; a
/// frustrated sentence may name the store in the sentence after it; product talk in two
/// sentences of its own makes a review.
@Suite struct MissingPartsAndParcelsTests {
  @Test(arguments: [
    ("escalate.frustration_cta", 1, "SKU-601",
      "A bottle with no lid is a cup. There was no lid in the box at all. I've already "
        + "emailed, nobody replied. When will I get the lid??"),
    ("escalate.frustration_cta", 1, "SKU-701",
      "ONLY 2 PAIRS IN A 3-PACK. where is the third pair?? kinda annoyed tbh. either send it "
        + "or refund the difference pls"),
    ("escalate.frustration_cta", 1, "SKU-602",
      "The filter came without the dirty water bag, which is the whole point of a gravity "
        + "filter. This is my third email and no one has responded. When is someone going to "
        + "fix this?"),
    ("escalate.not_received", 1, "SKU-201",
      "My tent got sent back to your warehouse because the courier 'couldn't find the "
        + "address'. I was home all day!! The address on the order is correct."),
    ("escalate.damaged", 2, "SKU-801", "One pole broke it in two on the first descent. Want a replacement."),
    ("escalate.damaged", 1, "SKU-501", "Arrived dead. Would not turn on at all out of the box."),
    ("service.frustration_no_cta", 1, "SKU-301",
      "Honestly so annoying. The chat bot kept sending me the same FAQ link about my order."),
    ("service.frustration_no_cta", 2, "GC-TM-50",
      "So frustrating. I ticked 'gift receipt' at checkout and the full invoice came in the "
        + "box anyway, so my brother saw exactly what I spent on his present. Ugh, Northpeak."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    (5, "SKU-402",
      "Shipping took almost three weeks (tracking sat at 'in transit' in some hub for 10 days "
        + "lol) but the boots are excellent. Broke them in on two short walks, no blisters."),
    (5, "SKU-401", "broke it in over a week of dog walks, now the comfiest boots I own"),
    (4, "SKU-202",
      "We got worried when the order was split into 2 parcels and only the poles showed up, "
        + "but the tent body came the next day. Fits 2 adults, 2 kids + the dog."),
    (4, "SKU-202", "Order was split into 3 parcels, all arrived within a week. Roomy tent, kids love it."),
    (1, "SKU-501",
      "Headlamp arrived on time and worked fine for 2 weeks, then the button stopped "
        + "responding completely. The charging light blinks but it won't turn on."),
    (5, "SKU-401",
      "Got these off a friend who ordered the wrong size (his delivery took forever lol). "
        + "After 20km of break-in they're the most comfortable boots I own. Great ankle "
        + "support on scree."),
    (4, "SKU-601",
      "Tracking said delivered, nothing on the porch, I was about to write an angry email... "
        + "then my roommate handed it to me that evening. Bottle keeps ice a whole day in a hot "
        + "car and the lid seals well. Only complaint, it doesn't fit most cup holders."),
    (5, "SKU-402",
      "First pair came in regular width instead of the wide I picked. Support swapped them "
        + "quickly, the wide fits like a glove."),
    (5, "SKU-302",
      "The first hoodie came in navy instead of the olive I picked but the exchange was done "
        + "within a week and now I have the olive and I love it. Super warm at camp."),
    (5, "SKU-901",
      "Arrived without the manual but I found it online. Great stove, can someone tell me "
        + "where to buy spare canisters?"),
    (4, "SKU-201",
      "The stakes weren't in the box, turned out they were in the pole bag. Pitches in 5 min, "
        + "roomy for two."),
    (4, "SKU-301", "So annoying. The hood toggles keep slipping loose. Otherwise a good shell."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
