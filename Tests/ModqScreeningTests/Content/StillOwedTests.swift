import Testing

@testable import ModqScreening

/// What the customer is "still" without: money not given back ("the money still isn't back on
/// my card", with an ask to the store) and a parcel not come ("still no filter. its been a
/// month since i ordered"), against "still" in praise and comparisons.
@Suite struct StillOwedTests {
  @Test(arguments: [
    ("escalate.frustration_cta", 5,
      "Jacket is great. The money for my return still isn't back on my card after 4 weeks. Who do I talk to about this?"),
    ("escalate.frustration_cta", 2,
      "Sent the extra one back 4 weeks ago and I still haven't seen a refund. When is my money coming back?"),
    ("escalate.not_received", 1, "still no filter. its been a month since i ordered"),
  ])
  func fires(id: String, rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test(arguments: [
    ("escalate.frustration_cta", 5, "Still not sure it was worth the money? Trust me it is."),
    ("escalate.frustration_cta", 5,
      "I still haven't found a bottle this good for the money. Can you make a bigger one?"),
    ("escalate.frustration_cta", 5,
      "Got store credit from a return and used it on this. The difference still isn't noticeable between this and my old one. Can you believe it?"),
    ("escalate.not_received", 5,
      "Still no filter on the market beats it. It's been a month since I ordered and I use it daily."),
    ("escalate.not_received", 2,
      "Still no jacket fits me like my old one did. Weeks later I'm still trying it on, it's too boxy."),
  ])
  func doesNotFire(id: String, rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains(id))
  }
}
