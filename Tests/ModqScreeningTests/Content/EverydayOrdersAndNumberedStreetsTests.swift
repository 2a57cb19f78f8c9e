import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-first session's third round (blind batches u279-u282: an ordinary day,
/// customers who need the store, informal English, long reviews). A parcel that "never
/// showed up" told as "No pack showed up", vows "not spending one more cent at this store"
/// and "never buy in Northpeak Outfitters", "Please have someone contact me", "in exchange for
/// honest review", "Not something I bought", "came w a tiny scratch", a numbered street ("1147
/// N 12th St"), a street-like word before a sum that is no address ("Laugavegur + 2
/// seasons"), and a relative's role elsewhere ("a manager at a bank") that is no insider.
@Suite struct EverydayOrdersAndNumberedStreetsTests {
  @Test(arguments: [
    ("escalate.not_received", 1, "SKU-101",
      "Ordered this pack on the 3rd for a trip that has now come and gone. Tracking has said "
        + "'label created' for 19 days. No pack showed up. Nothing."),
    ("escalate.never_again", 1, "SKU-101",
      "three emails, two calls, zero help getting my broken buckle replaced under warranty. "
        + "i'm done. not spending one more cent at this store, ever."),
    ("escalate.never_again", 1, "SKU-901",
      "Stove come late, then support say is my fault. I will never buy in Northpeak Outfitters "
        + "again and I tell my friends the same."),
    ("escalate.never_again", 1, "SKU-201",
      "waited 2 months for a refund on this tent n got the runaround every time. done. never "
        + "buyin from northpeak again smh"),
    ("escalate.frustration_cta", 1, "SKU-201",
      "I have emailed support 4 times in 3 weeks asking to exchange this tent for the 4P. Not "
        + "a single reply. Please have someone contact me."),
    ("integrity.incentivized", 5, "SKU-501",
      "got this free from kestrel in exchange for honest review, its bright n light"),
    ("service.did_not_order", 1, "SKU-302",
      "It just turned up on my doorstep with my name on it. Not something I bought."),
    ("service.damage_minor", 4, "SKU-601",
      "came w a tiny scratch on the bottom, no biggie, keeps my coffee hot all day"),
    ("pii.address", 4, "SKU-601",
      "if you're in Boise, stop by on a Saturday morning at 1147 N 12th St and I'll show you "
        + "mine"),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  /// A relative's role at the store is an insider; a role whose employer is named as someone
  /// else is not (the next test publishes "a manager at a bank").
  @Test func aRelativesRoleAtTheStore() throws {
    let found = try ContentFixture.criteria(
      "My dad is a manager at Northpeak and he loves these boots.", rating: 5,
      product: "SKU-402")
    #expect(found.contains("integrity.insider"), "\(found)")
  }

  @Test(arguments: [
    (4, "SKU-301", "Iceland Laugavegur + 2 seasons of Seattle rain. Great jacket."),
    (5, "SKU-402", "Did the 12th St stairs in Boise, 3 laps, no blisters."),
    (4, "SKU-402", "Size 10 N width fits great, my 2nd pair."),
    (5, "SKU-402", "I'm not spending one more cent on other brands, these boots are it."),
    (5, "SKU-901",
      "They cancelled my first order but the second one came fast and the stove is great."),
    (5, "SKU-402", "Nothing showed up wrong after 200 miles, still like new."),
    (4, "SKU-601", "Came w a carabiner, nice touch, keeps water cold."),
    (5, "SKU-402", "My dad is a manager at a bank and he loves Northpeak boots."),
    (5, "SKU-402", "My dad is a manager at a bank and he loves these boots from Northpeak."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
