import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-first session's second round (blind batches u275-u277: stars against the text,
/// strong language, damage). Damage told plainly ("Arrived with a long tear along the side
/// seam", "Shoes arrive with the sole half unglued", "Opened the stuff sack and one of the
/// main poles is snapped clean in half"), a box dented or caved in across a comma with the
/// product fine ("the tent inside was perfect"), "WHEN will this
/// be sorted??", "Don't waste your time" and "it wont light" against 4-5 stars, a group named
/// in the title and pointed at in the body, "deserves a good beating", a bat after "one more
/// time", and another reviewer told "nobody cares about your dumb opinion".
@Suite struct DamageToldPlainlyAndWarningsTests {
  @Test(arguments: [
    ("escalate.damaged", 2, "SKU-301", "Arrived with a long tear along the side seam."),
    ("escalate.damaged", 2, "SKU-402",
      "Shoes arrive with the sole half unglued on the left one, it is opening at the toe."),
    ("escalate.damaged", 1, "SKU-201",
      "Opened the stuff sack and one of the main poles is snapped clean in half. Can't pitch "
        + "the tent at all."),
    ("escalate.damaged", 1, "SKU-201",
      "I am receive the tent yesterday and when I open the box one pole is broken in two "
        + "piece. Cannot set up the tent at all."),
    ("escalate.frustration_cta", 1, "SKU-201",
      "tent door zipper broke halfway through our 2nd week camping. i asked for a refund at "
        + "the start of the month and still havent heard a thing. WHEN will this be sorted??"),
    ("consistency.rating_mismatch", 4, "SKU-501",
      "Don't waste your time. Battery dies in under an hour on the medium setting, the button "
        + "is so stiff I need two hands, and the strap lost all its stretch in a week."),
    ("legal.threat", 1, "SKU-402",
      "Anyone at Northpeak who thinks this sizing is acceptable deserves a good beating, and "
        + "I'd happily be the one to do it."),
    ("legal.threat", 2, "SKU-402",
      "If the courier chucks my parcel in a puddle one more time he'll find me waiting at the "
        + "gate with a baseball bat."),
    ("legal.harassment", 3, "SKU-302",
      "@hikerjen you clearly have no clue what you're talking about. nobody cares about your "
        + "dumb opinion. the hoodie is warm."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test func aGroupNamedInTheTitleIsPointedAtInTheBody() throws {
    let found = try ContentFixture.criteria(
      "Sole started peeling after a month. Typical, those people are lazy cheats who can't "
        + "make anything properly, every single one of them.",
      rating: 1, title: "made in china, what did I expect", product: "SKU-402")
    #expect(found.contains("legal.hate"), "\(found)")
    let kind = try ContentFixture.criteria(
      "Those people at the factory did a great job, the stitching is neat.", rating: 5,
      title: "Made in Vietnam", product: "SKU-301")
    #expect(kind.isEmpty, "\(kind)")
  }

  /// A parcel's damage told across a comma, with the product said to be fine after it, is
  /// the parcel's; the product's own damage beside it still escalates.
  @Test func aParcelDamagedWithTheProductFine() throws {
    let fine = try ContentFixture.criteria(
      "The box looked like it had been dropped off the back of a truck, one corner totally "
        + "caved in. Was worried but the tent inside was perfect. Pitched it in about 5 "
        + "minutes.", rating: 5, product: "SKU-201")
    #expect(fine.isEmpty, "\(fine)")
    for body in [
      "The box looked like it had been dropped, one pole was snapped. The tent itself was fine "
        + "otherwise.",
      "The box looked like it had been dropped, one corner totally caved in and the pole was "
        + "bent. Everything else inside was fine.",
      "Box looked rough, the lid arrived cracked. Contents were fine.",
    ] {
      let found = try ContentFixture.criteria(body, rating: 2, product: "SKU-201")
      #expect(found.contains("escalate.damaged"), "\(body): \(found)")
    }
  }

  @Test(arguments: [
    (5, "SKU-201", "The box had one corner totally caved in. The tent inside was perfect."),
    (5, "SKU-501",
      "Bright, light and it won't turn on by accident in my pack thanks to the lock. Love it."),
    (4, "SKU-901", "Boils fast. If the igniter won't light, just use a match. Great stove."),
    (5, "SKU-501", "Don't waste your money on the cheap ones, this is worth it."),
    (5, "SKU-402",
      "Don't waste your time with other brands, these are the best boots I've owned."),
    (5, "SKU-301",
      "Got it for my dad. He'll find me waiting at the trailhead with coffee, this jacket "
        + "keeps him warm."),
    (3, "SKU-302", "I know your opinion differs, but I found the hoodie warm."),
    (4, "SKU-102",
      "Opened the stuff sack to check everything before the trip, all there and in perfect "
        + "shape."),
    (5, "SKU-402", "They arrive with laces already threaded, nice touch. Comfy from day one."),
    (4, "SKU-301",
      "There's a long tear-away tag on the sleeve, annoying but the jacket is great."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
