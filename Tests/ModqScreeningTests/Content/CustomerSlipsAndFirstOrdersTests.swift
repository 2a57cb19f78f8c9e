import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fourth session's fifth and sixth rounds (blind batches u369-u376: value for
/// money, trip stories, the customer's own mistakes, repeat customers, first-time online
/// shoppers, bad weather, safety, an ordinary Friday; u377-u384: gifts, other shops, vague
/// reviews, links and handles, long-term use, problems fixed, rants and raves, a Saturday).
/// The customer's slip told as no complaint, a box that "says" read as its label, a first
/// order online, help the store already gave, "pretty sure", "..., genius." said to another
/// reviewer, and the innocent reviews each change was read against.
@Suite struct CustomerSlipsAndFirstOrdersTests {
  @Test(arguments: [
    ("legal.harassment", 5, "SKU-201",
      "To the guy in the reviews whining that this tent is overpriced: you're a cheapskate "
        + "idiot, go sleep under a tarp."),
    ("profanity", 5, "SKU-301",
      "it hailed on us for an hour straight, an absolute sh!tstorm on Swiftcurrent Pass."),
    ("integrity.insider", 5, "SKU-401",
      "Full disclosure, I work the returns desk at Northpeak. Most of the returns on this boot "
        + "are people ordering their sneaker size."),
    ("irrelevant.not_used_yet", 3, "SKU-402",
      "Pretty sure I ordered the wrong size AGAIN. Haven't even opened the box yet. Will update "
        + "once I try them on."),
    ("competitor.mention", 3, "SKU-401",
      "Ordered my usual size and it pinched. FYI GearHub carries the wide version of this "
        + "exact boot, should've just gotten it there."),
    ("legal.harassment", 5, "SKU-402",
      "To whoever wrote that these run small: maybe learn to measure your own feet before "
        + "whining about it, genius. Mine fit perfect in my normal 9."),
    ("legal.harassment", 5, "SKU-501",
      "To the reviewer who said this is too dim: maybe try pressing the button twice, genius. "
        + "Lamp is great."),
    ("service.cancelled_or_out_of_stock", 1, "SKU-202",
      "Ordered the 4P for our family trip, two days later I get an email that it was "
        + "cancelled because it's out of stock."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    // The customer's slip and a dryer setting are no complaint (u371-10 was a mismatch).
    (4, "SKU-301",
      "I washed mine with fabric softener and it stopped beading water completely, I got "
        + "soaked on a ridge walk. My fault, the tag literally says not to. Washed it again "
        + "with a tech wash and a low tumble dry, and it's beading like new. Breathes well."),
    // The box read as a label (u373-10 was escalated as damage on arrival).
    (1, "SKU-501",
      "Rubbish. The box says long battery life, I got about three hours on high before it "
        + "died. Not impressed at all."),
    // A first order online, and help the store already gave (u373-39 was escalated).
    (5, "SKU-202",
      "Never ordered anything online before and was worried it would get lost, but the "
        + "chat lady helped me fix my delivery details and the tent is great."),
    (5, "SKU-201", "I'm a cheapskate so I waited for the sale. Great tent."),
    (5, "SKU-201", "If you're a cheapskate like me, wait for the sale. Great tent."),
    (5, "SKU-302", "Got an email that it shipped, came in 2 days. Love the hoodie, so warm."),
    // "genius" as praise, or not the last word said to someone.
    (5, "SKU-501", "Whoever designed the tilt bracket is a genius. Love it."),
    (5, "SKU-501", "Thanks Northpeak, you're a genius. Best lamp."),
    (5, "SKU-501", "Took me a while to find the red mode, I'm no genius. Great lamp."),
    (5, "SKU-501", "My son figured out the lock mode in a second, little genius."),
    (5, "SKU-501", "Try the double click for red mode, genius lol. Great lamp."),
    (5, "SKU-501", "Check your battery settings first, genius tip from my dad. Great lamp."),
    (5, "SKU-501", "To the guy at the store who sold me this, thanks, you legend."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }

  /// The box opened on a dead product is still an arrival; a denial of this order still
  /// fires.
  @Test func arrivalsAndDenialsStillFire() throws {
    let dead = try ContentFixture.criteria(
      "Opened the box and it was dead, the box says 400 lumens but it won't even turn on.",
      rating: 1, product: "SKU-501")
    #expect(dead.contains("escalate.damaged"), "\(dead)")
    let denied = try ContentFixture.criteria(
      "I never ordered this. Please fix my account.", rating: 2, product: "SKU-501")
    #expect(denied.contains("service.did_not_order"), "\(denied)")
  }
}
