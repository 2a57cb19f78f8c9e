import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fourth session's fifth round (blind batches u369-u376: value for money, trip
/// stories, the customer's own mistakes, repeat customers, first-time online shoppers, bad
/// weather, safety, an ordinary Friday). The customer's slip told as no complaint, a box that
/// "says" read as its label, a first order online, help the store already gave, "pretty sure",
/// and the innocent reviews each change was read against.
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
