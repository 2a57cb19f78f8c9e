import Testing

@testable import ModqScreening

@Suite struct IrrelevantTests {
  @Test func productNameOnly() throws {
    let id = "irrelevant.product_name_only"
    #expect(try ContentFixture.criteria(
      "Trail Runner 3", rating: 5, product: "SKU-402").contains(id))
    #expect(try ContentFixture.criteria(
      "The Northpeak Trail Runner 3.", rating: 5, product: "SKU-402")
      .contains(id))
    #expect(try !ContentFixture.criteria(
      "Trail Runner 3 is my favourite shoe for gravel.", rating: 5, product: "SKU-402"
    ).contains(id))
    // A grade is a verdict on the product: "A" before "+" is no function word.
    #expect(try !ContentFixture.criteria("A+++ socks", rating: 5, product: "SKU-701").contains(id))
    #expect(try !ContentFixture.criteria(
      "Trail Runner 3", rating: 5, product: "SKU-201").contains(id))
  }

  @Test(arguments: [
    "Shipping took two weeks and the box was crushed.",
    "Fast shipping, great customer service!",
    "Package arrived late and the courier was rude.",
    // Days and times of day say nothing of the product (u5).
    "Ordered Monday night, on my porch Wednesday morning. Box was neatly taped and the driver even rang the bell. Very quick.",
    // Delivery estimates and a chat agent's answer are service (u9).
    "Box showed up two days before the estimate, and the chat agent answered my question about my order in minutes.",
    "box was like 4x bigger than it needed to be, mostly air pillows lol. driver left it by the side gate and it came a day after the estimate. tracking updates were basically nonexistent til the morning of.",
    // Packing "nice and tight" is no fit; a phone agent is service (u16).
    "Order came in 2 days, packed nice and tight with no extra plastic, and the lady on the phone who helped me change my delivery details was so sweet. Thank you!!",
    "Ordered sunday night, on my porch tuesday morning. Box was the right size, paper padding instead of plastic. driver even sent a photo of where he left it.",
  ])
  func shippingOnlyFires(body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: 3).contains("irrelevant.shipping_service"))
  }

  @Test(arguments: [
    "Shipping was slow but the tent is roomy and easy to pitch.",
    "Arrived quickly, love it!",
    "Fast shipping, and the boots fit perfectly.",
    "Arrived Monday, used them Tuesday morning on the ridge: solid grip.",
    "Box showed up early. The plastic buckle feels flimsy though.",
    "box was like 4x bigger than it needed to be, but the stove itself is tiny and boils fast.",
    "Packed nice and tight, and the boots fit tight across the toes.",
  ])
  func productTalkPreventsShippingOnly(body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: 4).contains("irrelevant.shipping_service"))
  }

  @Test(arguments: [
    "Just arrived, haven't tried it yet. Will update!",
    "Haven't opened it yet, it is a gift.",
    "Can't wait to try it on my next trip, will report back.",
    // Usage words after a negation deny use: "haven't tried them on" is no sign of it.
    "Just arrived today, haven't tried them on yet. Will update after my first run.",
    "Haven't tried them on, will update.",
    "Still in the box, will write a review when I use it.",
    // How it looks is no use, after a denial of use.
    "Haven't taken them out on the trail yet but they look solid. Will report back.",
    "Just got them, haven't run in them yet. They look fast!",
    // The bag or box it came in is packaging, not talk about a bag (u3).
    "havent even taken it out of the bag yet, going to try it on this weekend, will update then",
    // Use still to come is no sign of use, once the text denies use (u2).
    "just came today, havent even taken it out of the box yet. going to try it on our camping trip next month and update then",
    // "Still sealed" denies use too; a trip "not until June" is use to come (u9).
    "Still sealed in the box in my garage, our camping trip isn't until June. Will come back and update once the family has actually slept in it.",
    "still sitting in its bag in the hallway til our lake trip in june, havent even pulled it out to count the stakes yet. but it looks legit from the pics",
    // A month still ahead after a denial of use (u4, u17).
    "havent even taken it out of the bag yet 😅 camping in june so will report back then",
  ])
  func notUsedYetFires(body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: 5).contains("irrelevant.not_used_yet"))
  }

  @Test(arguments: [
    "Tested it on a 3-day trip and it held up great.",
    "Haven't worn it out yet but it fits perfectly and the fabric is soft.",
    "Used it twice so far, will update after the summer.",
    "havent tried the rain fly yet but we used it camping last weekend, will update",
    // Looks after trying it on, with no denial of use ("can't wait" denies nothing).
    "I paired it with a slip underneath and it looks amazing! Can't wait to wear it on the beach.",
    "Still sealed when it came, but we camped in it all weekend and slept dry.",
    "Used it camping in June and again in July, no complaints.",
  ])
  func usedProductDoesNotFire(body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: 5).contains("irrelevant.not_used_yet"))
  }
}
