import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-third session's second round (blind batches u314-u321: messages to the store,
/// stars against words, very short reviews, Black Friday week, strong language, bought for
/// someone else, details in disguise, families outdoors). Cancellations told briefly or in
/// second-language English; frustration at a call centre or at how the store handled a week;
/// "Thanks Northpeak!" under a Northpeak product is no product talk; a verdict no bus ride
/// hedges; "works maybe 1 time out of 5"; phone numbers digit by digit, an email with
/// "period", a card number over two lines, a licence number eight words after its name; and
/// the innocent reviews each change was read against.
@Suite struct MessagesToTheStoreAndDisguisedDetailsTests {
  @Test(arguments: [
    ("service.cancelled_or_out_of_stock", 1, "SKU-201",
      "Order cancelled. No reason given, just an automatic email saying it couldn't be "
        + "fulfilled. I had planned a whole family weekend around this tent."),
    ("service.cancelled_or_out_of_stock", 2, "SKU-401",
      "out of stock in my size after the payment went through, so they cancelled it. kind of "
        + "annoying when the page said in stock"),
    ("service.cancelled_or_out_of_stock", 1, "SKU-201",
      "They cancel my order two times because stock is finish."),
    ("service.cancelled_or_out_of_stock", 1, "SKU-201", "cancelled, out of stock. again."),
    ("service.frustration_no_cta", 2, "SKU-602",
      "Spent 40 minutes on hold, got transferred three times, and each person asked me to "
        + "explain everything again. Nobody there seems to know what anyone else is doing. "
        + "Exhausting."),
    ("service.frustration_no_cta", 1, "SKU-101",
      "Three emails about my BF promo code not applying, zero replies. Genuinely disappointed "
        + "in how Northpeak handled this week."),
    ("irrelevant.shipping_service", 5, "SKU-601",
      "Arrived in 2 days, nicely packed with paper, no dents on the box. Thanks Northpeak!"),
    ("consistency.rating_mismatch", 1, "SKU-302",
      "Honestly id give this 10 stars. Warmest thing I own, wore it at -15 waiting for the bus "
        + "and was toasty the whole time."),
    ("consistency.rating_mismatch", 5, "SKU-901",
      "Can't recommend. The igniter works maybe 1 time out of 5 and the flame goes out in the "
        + "slightest breeze. Ended up cooking over the fire most nights."),
    ("consistency.rating_mismatch", 1, "SKU-202",
      "Very very good tent, whole family of 4 sleep comfortable, rain whole night and inside is "
        + "dry. Setup is easy even for my wife alone. Thank you!"),
    ("consistency.rating_mismatch", 1, "SKU-101",
      "Best bag we've had. Zips are strong, straps haven't frayed after a whole year, and it "
        + "still looks new. Honestly perfect size for a kid."),
    ("test.review", 5, "SKU-101", "testing BF promo banner review flow, please ignore"),
    ("profanity", 4, "SKU-101",
      "holds a 5h1tload of stuff for a 20L, hip belt pockets fit my phone."),
    ("legal.harassment", 1, "SKU-501",
      "Anyone who gave this 5 stars can't read a battery gauge. You lot are pathetic."),
    ("legal.threat", 1, "SKU-602",
      "The engineer who designed this deserves a punch in the face, and if I ever find out who "
        + "he is he's going to get one from me."),
    ("integrity.insider", 5, "SKU-901",
      "I manage the Northpeak store in Denver, so yeah I'm biased, but my dad uses it for every "
        + "fishing trip now."),
    ("irrelevant.not_used_yet", 5, "SKU-202",
      "Still in the box in the hallway. Will come back and update after we've actually slept in "
        + "it!"),
    ("consistency.wrong_product", 5, "SKU-801",
      "The red light mode doesn't wake the neighbors, the brightness is more than enough. Not "
        + "sure why this ended up on the trekking pole page but the headlamp is great."),
    ("pii.phone", 5, "SKU-202",
      "If your kids want to join us the troop line is 6 1 7 - 4 4 2 - 0 9 3 8, ask for the "
        + "scoutmaster."),
    ("pii.phone", 4, "SKU-701",
      "if yours ever get holes in the heel text me at 8 0 1 — 5 5 5 — 2 7 6 4"),
    ("pii.email", 5, "SKU-201",
      "drop me a line, my addy is tomas period reyes at protonmail period com"),
    ("pii.card_number", 5, "SKU-801",
      "For the rewards points thing, the card I paid with was\n5425 2334\n3010 9903\nthanks!"),
    ("pii.id_number", 5, "SKU-402",
      "the race signup wanted my drivers license # so i still had it out, its W426-5511-9823-07"),
    ("pii.full_name", 5, "SKU-801",
      "I bought these for my patient Mrs. Eleanor Whitcombe, who is 82."),
    ("pii.address", 5, "SKU-901",
      "Cooked on this during the outage at our place (the corner house at 9 Willow Bend in "
        + "Greyton, the one with the green gate)."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    // Heights and weights with other marks between the digits are no phone number.
    (5, "SKU-302", "I'm 5' 4 1/2\", 125#, 27/4 and the small fits well."),
    (5, "GC-TM-50",
      "Gave this to my nephew for graduation. Came in a nice sturdy envelope and the "
        + "scratch-off code was clean and easy to read."),
    (5, "SKU-301", "The jacket is warm. I wore it waiting for the bus at -15 and stayed dry."),
    (5, "SKU-201", "I run the trail every weekend and pitched this at the end. Great tent."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }

  /// A ZIP code at a line's end, then a phone number on the next line: a phone, no card
  /// (a line break joins groups of four only).
  @Test func aLineBreakJoinsOnlyGroupsOfFour() throws {
    let found = try ContentFixture.criteria(
      "Ship to 30971\n21 253 109 8211 works fine, pack is great.", rating: 5, product: "SKU-101")
    #expect(!found.contains("pii.card_number") && found.contains("pii.phone"), "\(found)")
  }
}
