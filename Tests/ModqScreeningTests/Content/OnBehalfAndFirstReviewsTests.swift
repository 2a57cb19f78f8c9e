import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fifth session's seventh round (blind batches u437-u444: small accessories,
/// shoppers writing for someone else, thru-hikers, prices and sale dates, the product and the
/// store judged apart, contact details, first and over-formal reviews, a Saturday morning). A
/// parcel stolen before it was had, a tent never had after a cancellation, a label that never
/// moved, a QA note, a rival's sale, a formal "not yet removed it from its packaging", a
/// headlamp told by its charge, a wife who steals the socks, and the innocent reviews each
/// change was read against.
@Suite struct OnBehalfAndFirstReviewsTests {
  @Test(arguments: [
    ("escalate.not_received", 1, "SKU-701", "", "Someone has stolen my parcel from the porch."),
    ("escalate.not_received", 1, "SKU-701", "", "My parcel was stolen from the porch."),
    ("escalate.not_received", 1, "SKU-701", "Grandma never got them",
      "Sent these to my grandma as a birthday present 3 weeks ago. Tracking has said \"label "
        + "created\" the entire time and nothing ever showed up at her house."),
    ("service.cancelled_or_out_of_stock", 1, "SKU-201", "Cancelled",
      "Placed the order, got confirmation #NP-771204, then a day later an email saying it's "
        + "cancelled because it's out of stock. So no review of the actual tent I guess."),
    ("test.review", 3, "SKU-701", "TEST - submitted on behalf of customer",
      "testing the \"post on behalf of customer\" option from the admin side. qa please "
        + "ignore, delete after checking it shows up."),
    ("competitor.mention", 3, "SKU-101", "Fine but wait for their sale",
      "Decent pack, comfy straps. But GearHub had this exact one 25% off during their Labor "
        + "Day sale, wish I'd waited and bought it there."),
    ("irrelevant.not_used_yet", 5, "SKU-102", "Arrived safely",
      "Good afternoon. I wish to confirm that the Summit 45 Backpacking Pack has arrived. I "
        + "have not yet removed it from its packaging, as it is intended as a birthday present "
        + "to myself in June, and I am therefore not in a position to comment on it at "
        + "present. I shall return and update this review in due course. Thank you."),
    ("consistency.wrong_product", 5, "SKU-701", "Best light I've owned",
      "Super bright, the red light mode is great in the tent, and one charge lasted me three "
        + "nights of camping."),
  ])
  func fires(id: String, rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    // A wife who steals the socks (u437-16 was a rating mismatch).
    (5, "SKU-701", "Lost two pairs already",
      "My wife Jen has stolen two of the three pairs. I am now a one-pair-of-socks man. "
        + "Advice: buy the 3-pack twice and hide one."),
    (5, "SKU-701", "", "Love these socks so much my sister stole my package of them. Warm."),
    // A theft put right, at 5 stars.
    (5, "SKU-701", "",
      "My package was stolen from the porch but support sent a new one next day, love these "
        + "socks."),
    // "actual" beside a product that came.
    (5, "SKU-201", "", "The actual tent is even roomier than the photos, pitched in 5 minutes."),
  ])
  func publishes(rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
