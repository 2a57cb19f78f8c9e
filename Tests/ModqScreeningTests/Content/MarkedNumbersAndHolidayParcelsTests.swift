import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-second session's third round (blind batches u297-u300: long reviews, informal
/// English, the "never a reason to reject" list, a Monday after a holiday weekend). A number
/// marked on the product is no phone ("0417-2231-88 printed on it ... the carbon batch code");
/// stakes "bent on the first trip in hard soil" are worn by the ground, not damaged on
/// arrival; a parcel "despite the holiday rush" with "the invoice" inside is all logistics
/// (not "before Christmas" alone: "Got it before Christmas, love it!" reviews the product); a missing part sent later ("it's all fine now") is settled.
@Suite struct MarkedNumbersAndHolidayParcelsTests {
  @Test(arguments: [
    ("pii.phone", 4, "SKU-801", "My number is 0417-2231-88, text me and I'll send you the batch code."),
    ("escalate.damaged", 1, "SKU-202", "The stakes arrived bent, two of them snapped on the first trip."),
    ("irrelevant.shipping_service", 5, "SKU-202",
      "Arrived two days before Christmas despite the holiday rush, box was double taped and the "
        + "invoice was inside. Delivery driver even rang the bell."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    (4, "SKU-801",
      "The lower section on mine has 0417-2231-88 printed on it, apparently that's the carbon "
        + "batch code if anyone's curious."),
    (4, "SKU-801", "Mine has 0417 2231 88 stamped on the shaft. Stiff and light."),
    (3, "SKU-202", "The stakes are flimsy aluminum hooks that bent on the first trip in hard soil."),
    (5, "SKU-202", "Arrived before Christmas and the tent is roomy and warm."),
    (5, "SKU-701", "Got it before Christmas, love it!"),
    (5, "SKU-302", "Arrived in time for Christmas, my husband loves it."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }

  /// "One of the guylines was missing ... They did end up mailing a guyline a week later and
  /// it's all fine now": damage put right is not escalated.
  @Test func aMissingPartSentLaterIsSettled() throws {
    let found = try ContentFixture.criteria(
      "One of the guylines was missing from the bag when it arrived so I contacted support. "
        + "They did end up mailing a guyline a week later and it's all fine now.",
      rating: 3, product: "SKU-202")
    #expect(!found.contains("escalate.damaged"), "\(found)")
  }
}
