import Testing

@testable import ModqScreening

/// The nineteenth session's sixth round of blind batches: u113, an ordinary Wednesday's
/// queue; u114, reviews only about the parcel, the courier or the support team ("Package came
/// a day ahead of the estimate and the courier even knocked"); u115, shoppers mixing another
/// language into their English; u116, defects and safety ("heard hissing and could smell
/// gas", "Is mine one of the affected ones?"). Each form fires, and the nearest innocent text
/// does not.
@Suite struct ServiceOnlyAndSafetyTests {
  @Test(arguments: [
    ("irrelevant.shipping_service", 5, "SKU-601",
      "Package came a day ahead of the estimate and the courier even knocked instead of just dumping it. nice."),
    ("irrelevant.shipping_service", 5, "SKU-601", "Came in plain recyclable paper, no plastic at all. Love that 👍"),
    ("irrelevant.shipping_service", 4, "SKU-402",
      "Return was painless. Printed the label at home, dropped it off at the post office, money back in about 5 days."),
    ("irrelevant.shipping_service", 5, "SKU-601",
      "Arrived 2 days after I ordered, packed with paper instead of plastic, and the delivery driver even put it behind the gate out of the rain. 10/10"),
    ("escalate.not_received", 1, "SKU-402",
      "ordered these on the 2nd for a race on the 20th. tracking still says label created. it's the 22nd. no shoes."),
    ("escalate.never_again", 1, "SKU-201",
      "They hung up on me. Twice. I'm not buying from Northpeak again, not a tent, not a sock, nothing."),
    ("escalate.frustration_cta", 1, "SKU-801",
      "Returned the poles 3 weeks ago, the return shows as received on your end, still no refund on my card. When is it coming back??"),
    ("escalate.damaged", 1, "SKU-901",
      "First time I threaded it onto a brand new canister I heard hissing and could smell gas immediately, knob was turned all the way off."),
    ("escalate.damaged", 1, "SKU-901",
      "lit it for the very first time on the back porch and a huge yellow flame jumped up about a foot, singed the hair on my knuckles."),
    ("escalate.damaged", 1, "SKU-501",
      "Brand new batteries, pressed the button every which way, nothing. Not even a flicker. Opened it today and it's just dead"),
    ("escalate.frustration_cta", 2, "SKU-901",
      "Saw on a forum there's a recall on a batch of these little stoves. Is mine one of the affected ones? How do I even check??"),
    ("competitor.mention", 2, "SKU-301",
      "Seam tape peeled after one season. My partner's jacket from Summit Supply Co is going on 3 years with no issues, just get yours there."),
    // "do not buy" warns other buyers.
    ("consistency.rating_mismatch", 5, "SKU-101",
      "Worst daypack I've ever owned. The seams split after a month, the straps dig into my shoulders, and the zipper jams constantly. DO NOT BUY!!!"),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    ("irrelevant.shipping_service", 5, "SKU-601",
      "Came in plain recyclable paper, and it keeps ice for a full day at the beach. Love that 👍"),
    ("escalate.damaged", 4, "SKU-901",
      "Valve started leaking gas after 14 months of weekend use, the first time I noticed was on a cold morning. Replaced the o-ring."),
    ("consistency.rating_mismatch", 5, "SKU-101",
      "Don't buy the cheap knockoffs, this one is sturdy and the straps are comfy."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
