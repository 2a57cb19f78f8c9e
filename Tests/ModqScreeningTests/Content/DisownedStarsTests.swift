import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-eighth session's stars the text disowns: a slip ("hit 1 star by accident, meant
/// 5"), a reason not about the product ("5 stars bc im nice", "stars are for the delivery")
/// and five "⭐" written against the stars. The text must still be clearly of the other
/// polarity: a slip that is not about the stars, a mixed text, or praise for what the stars
/// are given for does not fire.
@Suite struct DisownedStarsTests {
  static let id = "consistency.rating_mismatch"

  @Test(arguments: [
    (1, "SKU-501", "oops wrong star",
      "ugh hit 1 star by accident, meant 5. brightest headlamp I've owned and the red mode is "
        + "perfect in the tent without blinding my partner"),
    (2, "SKU-801", "",
      "gave 2 stars by mistake on my phone, sorry. these poles are fantastic - super light, the "
        + "locks never slipped once and they saved my knees on the long descent"),
    (1, "SKU-601", "",
      "ugh meant to give five stars!! ice lasts all day in a hot car and it fits my cup holder. "
        + "love it"),
    (5, "SKU-701", "blisters",
      "These slid down into my boots every single mile and I ended up with two blisters on day "
        + "one. Awful. Five stars cause I don't do bad reviews lol"),
    (5, "SKU-101", "",
      "5 stars bc im nice but honestly the zippers snag constantly and the side pockets are so "
        + "shallow my bottle fell out twice on the trail. wouldnt recommend"),
    (5, "SKU-401", "",
      "Delivery was super fast so full marks for that. the boots though... rubbed my heels raw "
        + "and they still hurt after a month. terrible"),
    (1, "SKU-302", "",
      "Ridiculously warm for how little it weighs, packs into its own pocket and I love it "
        + "⭐⭐⭐⭐⭐"),
    (1, "SKU-302", "", "Warm, light, love it ⭐️⭐️⭐️⭐️⭐️"),
  ])
  func fires(rating: Int, product: String, title: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, title: title, product: product)
      .contains(Self.id))
  }

  @Test(arguments: [
    // A slip that is not about the stars.
    (2, "SKU-701", "",
      "Ordered two by mistake, love the colour but the second pair pilled in a week."),
    (2, "SKU-701", "", "Bought these by accident, meant to get the crew ones. They're fine."),
    // A slip, but a mixed text.
    (2, "SKU-301", "",
      "I meant to give 5 stars but the zipper broke after a week, so two it is."),
    // The stars fit the text.
    (5, "SKU-601", "",
      "Gave 1 star by accident at first, fixed it now. Love this bottle, ice all day."),
    (5, "SKU-701", "", "Five stars for the delivery and five for the socks, warm and soft."),
    (4, "SKU-402", "",
      "Four stars because I'm nice to new brands, and honestly these are comfy and grippy."),
    // Four glyphs are no rating of five.
    (1, "SKU-302", "", "Warm hoodie ⭐⭐⭐⭐ but the zip broke, refund please"),
  ])
  func doesNotFire(rating: Int, product: String, title: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, title: title, product: product)
      .contains(Self.id))
  }
}
