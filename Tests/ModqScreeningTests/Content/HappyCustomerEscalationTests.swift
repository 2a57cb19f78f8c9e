import Testing

@testable import ModqScreening

/// A happy customer who still needs the store: at 4-5 stars an order problem with an ask for
/// a fix, an ask after where the parcel went, or dismay at the damage is an escalation; the
/// same stars with a wish for the range, a delay looked forward to, or damage played down are
/// not. Also "first time" someone did something, in the damage's sentence, as first use, and
/// a half size ("i ordered 10.5") as a size.
@Suite struct HappyCustomerEscalationTests {
  @Test(arguments: [
    ("escalate.not_received", 5,
      "Love this headlamp, it's been on every trip since spring. Ordered another as a birthday present for my brother. It's been almost 3 weeks and it hasn't turned up. Would really appreciate someone checking where it went, thanks!"),
    ("escalate.not_received", 5,
      "Best socks I've owned. Sent a pack to my mom, tracking says it was left at her door on the 9th but she's looked everywhere, nothing. Can you see where it actually went?"),
    ("escalate.wrong_item", 5,
      "Ordered the green in small, got a black XL. The hoodie is SO soft and warm. Would love to get the one I ordered"),
    ("escalate.wrong_item", 4, "Ordered a medium, got a large. Can I swap it for the medium please? Super soft though."),
    ("escalate.damaged", 5,
      "Five stars for the design. Ours arrived with a main pole split along the side. We spent the first night in the car. Really, really disappointed."),
    ("escalate.damaged", 5,
      "Best fitting pack I've worn. Sadly the hipbelt buckle arrived snapped. How do we exchange it for a new one?"),
    ("escalate.damaged", 1, "Sadly the hipbelt buckle snapped the first time I cinched it down with a loaded pack."),
    ("escalate.damaged", 3, "first time my wife wore it two buttons just fell off"),
    ("escalate.wrong_item", 1,
      "Got a 2 person tent instead of the 4 person one I paid for. Please get me the right tent ASAP."),
    ("escalate.never_again", 1, "whole order was a nightmare start to finish. wont ever buy from this store again"),
    // A half size needs no "a" or "size" before it.
    ("escalate.wrong_item", 1, "The box had a size 9 in it and i ordered 10.5."),
  ])
  func fires(id: String, rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test(arguments: [
    // A delay looked forward to, and asks that are not about where the parcel went.
    ("escalate.not_received", 5,
      "Love this headlamp. Ordered another as a gift for my brother. It hasn't arrived yet, can you let me know when it ships?"),
    ("escalate.not_received", 4,
      "Tracking says delivered but it was at my neighbour's. Works great, can you make a red one?"),
    ("escalate.not_received", 5,
      "Love this headlamp. The second one I ordered hasn't turned up, but no worries, can you believe how bright it is?"),
    // The wrong size kept, and wishes for more of the range.
    ("escalate.wrong_item", 5,
      "Ordered a medium, got a large, and honestly I love the roomy fit so I'm keeping it. Could I get a discount code for my next order lol"),
    ("escalate.wrong_item", 5,
      "I ordered the grey and the black came, but I like the black better. Would love to order the green too."),
    ("escalate.damaged", 5, "Arrived with a scratch on the lid. Please send more colours, I want a red one too!"),
    ("escalate.damaged", 4,
      "The box was crushed on arrival but the stove was fine. Could you use better packaging? Would love to see that fixed."),
    // Dismay played down, or about something else.
    ("escalate.damaged", 4, "A strap arrived a bit frayed, a bit disappointed but it works fine and I trimmed it."),
    ("escalate.damaged", 5,
      "Arrived with a pole bent, but I straightened it easily. My kids were upset it took a week to arrive lol."),
    // "First time" in another sentence than the damage, or a knock.
    ("service.damage_minor", 4,
      "Loved it the first time I saw it in the shop. The zipper broke after three seasons, which is fair."),
    ("escalate.damaged", 4,
      "Loved it the first time I saw it in the shop. The zipper broke after three seasons, which is fair."),
    ("escalate.damaged", 3, "The pegs bent the first time we hit rocky ground, bring better ones."),
    ("escalate.frustration_cta", 4, "Checkout was a bit slow. Love the headlamp, can you sort out more colours?"),
    // The broader asks and fixes are read only after an order problem, not in a harsh review.
    ("escalate.frustration_cta", 2,
      "Can I just say the replacement was even worse than the original. Sole peeled in a week."),
    ("escalate.frustration_cta", 1,
      "I returned the first pair for a tear. Please note the second one has the same flaw, the sole peels."),
    ("escalate.frustration_cta", 2,
      "Would love to send it back but the return window closed. Seams leak after a month."),
    ("escalate.never_again", 5, "I won't ever buy from another brand, these are perfect."),
    // Not a half size when a unit follows, nor a run of digits (which must not overflow).
    ("escalate.wrong_item", 1, "The box had a size 9 in it and i ordered 10.5 kg of gear in total."),
    ("escalate.wrong_item", 1, "The box had a size 9 in it and i ordered 99999999999999999999999999.5"),
  ])
  func doesNotFire(id: String, rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains(id))
  }
}
