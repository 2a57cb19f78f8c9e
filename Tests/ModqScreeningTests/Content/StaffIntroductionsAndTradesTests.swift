import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-second session's second round (blind batches u291-u294: personal details in new
/// forms, stars and feelings, customers who need the store, gifts, families and workplaces).
/// Staff who introduce themselves by the store's or the product's brand's name and a role ("As
/// an Alpinex sales rep", "Northpeak employee here"); reviews traded
/// "5 stars back" or "on my seller page"; "paid to test and review"; a free product asked for
/// "and I'll bump this to 5"; a neighbour's full name; sarcasm ("Love that for me", "comes
/// with a built-in shower"); the store's own message quoted ("your order has been cancelled").
@Suite struct StaffIntroductionsAndTradesTests {
  @Test(arguments: [
    ("integrity.insider", 5, "SKU-401",
      "As an Alpinex sales rep I've fitted hundreds of people in these and I'll say it: best "
        + "mid boot we make."),
    ("integrity.insider", 5, "SKU-301",
      "Northpeak employee here (customer service team). I wear mine on my bike commute."),
    ("integrity.feedback_exchange", 5, "SKU-801",
      "fellow seller here i gave you 5 stars, now you give my shop 5 stars back ok? poles are "
        + "good"),
    ("integrity.feedback_exchange", 5, "SKU-101",
      "hey northpeak same deal as last time? my 5★ here for your 5★ on my seller page."),
    ("integrity.incentivized", 5, "SKU-401",
      "I was paid to test and review these boots. Waterproof and comfy."),
    ("integrity.incentivized", 5, "SKU-701",
      "5 stars, the store gave me a free pack for writing this! Comfy socks, no itch."),
    ("integrity.extortion", 2, "SKU-102",
      "Pack is ok. Send me a free rain cover and I'll change this to 5 stars."),
    ("integrity.extortion", 1, "SKU-501",
      "Headlamp works, whatever. Give me a free spare battery and I'll bump this to 5 stars."),
    ("integrity.extortion", 3, "SKU-301",
      "Jacket's decent. Now, if a free pair of the merino socks doesn't show up with my next "
        + "order, this review drops to 1 star."),
    ("pii.full_name", 4, "SKU-201",
      "our neighbor Gerald Pinkney borrowed it for his fishing weekend and gave it back dry."),
    ("unclear.cynical", 1, "SKU-801",
      "Yeah sure, 'carbon' poles, super sturdy... the lower lock slips every time I lean on "
        + "it. Love that for me."),
    ("unclear.cynical", 1, "SKU-202",
      "Good news everyone, the Basecamp 4P comes with a built-in shower! They call it the "
        + "rainfly."),
    ("service.cancelled_or_out_of_stock", 1, "SKU-101",
      "Tried to buy this three times. Every time: 'item unavailable, your order has been "
        + "cancelled'. ok then."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    (5, "SKU-402", "As a Northpeak owner for ten years, these boots are my third pair."),
    (5, "SKU-402", "The Northpeak employee I spoke to in the store was so helpful."),
    (5, "SKU-401", "As an ER nurse I'm on my feet 12 hours, and these boots are great."),
    (5, "SKU-701", "Our friend recommended them and she was right, warmest socks I own."),
    (4, "SKU-101", "Support sent me a replacement buckle and I'd give this 5 stars now."),
    (5, "SKU-102", "Got 5 stars back from my daughter too, she loves hers."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
