import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirtieth session's third round: innocent fixtures held for a worry the review takes back
/// or a problem already settled. A card worry followed by "remembered i bought this" or
/// "confirmed it was me" is no compromise; "charged twice, sorted fast" is put right; "took 9
/// days to answer my email" is a story, not a request; "the igniter is dead to me" is no vow
/// about the store; a hole "after roughly 400 km" is wear.
@Suite struct SettledWorriesTests {
  @Test(arguments: [
    ("escalate.account_compromised", 1, "SKU-102",
      "Someone got my card number from your site, there are three charges I never made. Then "
        + "I realised the bank had already blocked it, but I want to know how this happened."),
    ("escalate.account_compromised", 1, "SKU-102",
      "My account was hacked and someone ordered two tents. Not a false alarm, the bank "
        + "confirmed it."),
    ("escalate.never_again", 2, "SKU-301", "Northpeak is dead to me. Third late order."),
    ("escalate.not_received", 1, "SKU-801",
      "Please take the time to answer my email. Order 5521 never came."),
    ("escalate.frustration_cta", 1, "SKU-801",
      "Please take the time to answer my email, my order is three weeks late."),
    ("escalate.damaged", 1, "SKU-402", "Sole came off out of the box, only walked 2 km in them."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    (5, "SKU-102",
      "ok confession, i saw a Northpeak charge pending on my card and for a sec thought "
        + "somebody got my card number... then remembered i bought this at 1am lol. anyway no "
        + "regrets. 20L is the sweet spot for day hikes."),
    (4, "SKU-302",
      "Bank flagged the charge because it was my first time ordering from Northpeak, I "
        + "confirmed it was me in the app and the order went through, all good. The hoodie "
        + "itself: super warm, light, and the hood actually fits over a beanie."),
    (3, "SKU-801",
      "Light and stiff, and the cork grips are comfortable even in the heat. Customer service "
        + "took 9 days to answer my email and the answer didn't help. Poles are fine otherwise."),
    (3, "SKU-901",
      "the piezo igniter gave up around trip five and I'd like to drown it in the lake. carry "
        + "a lighter. otherwise the stove is a champ, boils fast and packs inside my mug."),
    (2, "SKU-402",
      "Really comfortable out of the box and great grip on wet roots, but the lugs under the "
        + "forefoot were worn smooth after roughly 400 km and there's now a hole starting "
        + "under the big toe."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }

  @Test func aTitleThatTellsTheChargeWasPutRight() throws {
    let found = try ContentFixture.criteria(
      "Heads up my card got charged twice when I checked out, emailed support and it was "
        + "reversed the next morning, no drama. As for the stove: boils half a liter in about 3 "
        + "min.", rating: 4, title: "charged twice, sorted fast", product: "SKU-901")
    #expect(found.isEmpty, "\(found)")
  }
}
