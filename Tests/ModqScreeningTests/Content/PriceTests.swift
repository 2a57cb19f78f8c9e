import Testing

@testable import ModqScreening

@Suite struct PriceTests {
  @Test(arguments: [
    "Paid $24.99 for it, warm socks.",
    "Paid 30 euros and it is worth it.",
    "Only 45 bucks, great boots.",
    "It was €30 at checkout, light and warm.",
    "Cost me 1,299 dollars, the tent is huge.",
    "Got it for £15, comfy.",
    "Paid 50$ for it, feels like a jacket twice the price.",
    "It was like $40, comfy.",
    "I paid $88 and then had it tailored.",
    // Cents right after "paid" or "spent" with no currency named (u4).
    "paid 39.99 for a 3 pack, worth it.", "Spent 129.95 and it was worth every cent.",
  ])
  func actualPriceFires(body: String) throws {
    let finding = try #require(try ContentFixture.finding("price.actual", body, rating: 4))
    #expect(!finding.spans.isEmpty)
  }

  @Test(arguments: [
    "Got $5 off and 50% off the second pair, warm socks.",
    "Save $10 with the newsletter coupon, great bottle.",
    "Used a $10 discount code, lovely jacket.",
    "Holds 20L, fits a 2 person tent, model 3, bought 2026-10-01.",
    "I'm 5'4\", 130 lbs, 34DD and the medium fits.",
    // Sayings and a symbol between digits (genuine reviews of the eval set).
    "Wore it to a wedding and felt like $1,000,000!",
    "The reviews are polarized, so I'll throw in my $0.02: it fits true to size.",
    "The 5$2 back is way longer than the front.",
    "It did not fit off the rack, I invested 15 dollars in alterations.",
    "You shop and shop and then pay $30 more to get them altered.",
    "Tailoring would have cost $60 so I sent it back.",
    "spent 3.5 hours on the trail in them", "I paid attention to the 10.5 sizing note.",
  ])
  func discountsAndNumbersDoNotFire(body: String) throws {
    #expect(try ContentFixture.finding("price.actual", body, rating: 4) == nil)
  }

  @Test func giftCardAmountInTheProductNameDoesNotFire() throws {
    #expect(try ContentFixture.finding(
      "price.actual", "The $50 gift card arrived by email instantly.", rating: 5,
      product: "GC-TM-50") == nil)
  }

  @Test(arguments: [
    "Good price!", "Bargain!!", "50% off, great deal.", "Great value for money",
    "great price!! total bargain, cant beat it",
    "great price, got them 30% off",
    "Grabbed it in the Black Friday sale, 40% off. Bargain.",
  ])
  func genericOnlyFires(body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: 5).contains("price.generic_only"))
  }

  @Test(arguments: [
    "Good price, and the fleece lining is really warm.",
    "On sale for 50% off and the boots fit great.",
    "Comfortable and warm.",
  ])
  func genericWithContentDoesNotFire(body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: 5).contains("price.generic_only"))
  }
}
