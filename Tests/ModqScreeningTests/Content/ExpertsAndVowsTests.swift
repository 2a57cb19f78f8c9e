import Testing

@testable import ModqScreening

/// The nineteenth session's last round of blind batches: u117, an ordinary Thursday's queue;
/// u118, a precision probe (all publish); u119, ratings against text in plain words; u120,
/// reviews from guides, thru-hikers and staff ("I pick and pack in the Northpeak warehouse",
/// "I rep Kestrel lighting"). Each form fires, and the nearest innocent text does not.
@Suite struct ExpertsAndVowsTests {
  @Test(arguments: [
    ("integrity.insider", 5, "SKU-101",
      "Full disclosure I pick and pack in the Northpeak warehouse so I've handled thousands of these lol."),
    ("integrity.insider", 5, "SKU-501",
      "I rep Kestrel lighting to shops around the Rockies so take this with a grain of salt."),
    ("competitor.mention", 4, "SKU-402",
      "GearHub had the exact same pair for less and they give you 60 days for returns, so honestly just grab them over there."),
    ("escalate.frustration_cta", 1, "SKU-202",
      "I sent the tent back 3 weeks ago. Your own tracking shows it got to you on the 4th. Still nothing back on my card. When is that actually going to happen?"),
    ("escalate.never_again", 1, "SKU-402", "Won't be getting another order from me, Northpeak."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // A vow to give up the product is no vow to leave the store.
    ("escalate.never_again", 5, "SKU-402",
      "Lasted about 150 miles before the foam went flat. Won't be getting another pair."),
    // "nowhere near good enough" is no parcel gone missing.
    ("escalate.not_received", 1, "SKU-301",
      "Soaked through at the shoulders in two hours. For a storm shell this is nowhere near good enough."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
