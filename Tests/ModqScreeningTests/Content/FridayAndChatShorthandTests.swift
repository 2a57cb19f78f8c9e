import Foundation
import Testing

@testable import ModqScreening

/// The twenty-first session's rounds of blind batches: u149, an ordinary Friday's queue; u150,
/// a precision probe of long reviews full of numbers that weigh pros and cons; u151, personal
/// details and integrity told in passing; u152, escalations in one or two chat-style lines;
/// u153, an ordinary Saturday; u154, a precision probe of chat-style reviews (all published on
/// arrival); u155, service rows against look-alikes; u156, integrity and tampering told
/// indirectly. Each form fires, and the nearest innocent text does not.
@Suite struct FridayAndChatShorthandTests {
  @Test(arguments: [
    // Chat shorthand read as the word it stands for.
    ("escalate.account_compromised", 1, "SKU-801",
      "someone got into my northpeak acct and changed the shipping info rite after i ordered these poles kinda freaked out"),
    ("escalate.frustration_cta", 2, "SKU-101",
      "hip belt buckle cracked after a month sent pics to support a wk ago still waiting whats the holdup pls sort it"),
    ("escalate.never_again", 1, "SKU-302",
      "sleeves way too short and the hood flops over my eyes last order i ever place w northpeak"),
    // Review tampering: a change asked for, a reward offered, in chat style too.
    ("escalate.review_tampering", 2, "SKU-402",
      "seller msgd me saying theyd send a new pair free if i took this down not happening soles peeled in 2 wks"),
    ("escalate.review_tampering", 2, "SKU-602",
      "got an email offering me 25% off my next order if i change this to 5 stars lol no filter clogged after 10 uses"),
    ("escalate.review_tampering", 1, "SKU-301",
      "note in the box said if ur happy leave 5 stars if not email us instead lol jacket wet thru in an hr of drizzle"),
    ("escalate.damaged", 1, "SKU-201",
      "opened the bag first time setting it up and 2 of the poles were split down the middle"),
    // Integrity told in passing.
    ("integrity.incentivized", 5, "SKU-601",
      "Keeps ice all day. the shop said they'd send my money back once this is posted so here it is."),
    ("integrity.incentivized", 5, "SKU-602",
      "I got this through their trail crew thing, where they send you a piece of gear each season and you post about it in return. Works great."),
    ("integrity.incentivized", 5, "SKU-201",
      "Great tent. The email said posting a review here gets me 25% off my next order so here's my review."),
    ("integrity.insider", 5, "SKU-202",
      "my brother does customer support for Northpeak and wouldnt shut up about this tent so i caved. great tent"),
    ("integrity.insider", 5, "SKU-101",
      "Fair warning, my mom has been on the design side at Northpeak for like 8 years. The final version is great."),
    // Round two: service rows and integrity told indirectly.
    ("service.cancelled_or_out_of_stock", 1, "SKU-202",
      "Waited 3 weeks just to get an email saying they can't fill the order and it's been refunded. Now I've got no tent."),
    ("service.damage_minor", 4, "SKU-203",
      "One of the stakes was a little bent when I unpacked it, straightened it by hand in two seconds. Roomy tent."),
    ("service.damage_minor", 4, "SKU-301",
      "There was a small pulled thread near the left cuff when it came, barely noticeable. Kept me dry all day."),
    ("escalate.wrong_item", 1, "SKU-102",
      "What came is a small daypack. Not even close to what I ordered. I need the 45L pack I bought."),
    ("escalate.frustration_cta", 1, "SKU-302",
      "Returned it 5 weeks ago and I STILL do not have my refund. When is that money coming back to me??"),
    ("irrelevant.not_used_yet", 5, "SKU-302",
      "Got this for my wife for our anniversary, it's still wrapped in the closet so no idea yet how warm it is. Will report back!"),
    ("integrity.incentivized", 5, "SKU-601",
      "Got this for next to nothing through a deals group, the catch is you have to post a review within a week. Keeps water cold."),
    ("integrity.incentivized", 4, "SKU-301",
      "I got this jacket through their ambassador thing, didn't pay for it, the deal was I write up how it does. Stayed dry."),
    ("integrity.incentivized", 5, "SKU-101",
      "Northpeak sent me this daypack at no cost, the only thing they asked was that I post my thoughts on this page."),
    ("integrity.insider", 5, "SKU-701",
      "My son is in marketing at Northpeak HQ and brought a few packs of these home. Softest socks I own."),
    ("integrity.feedback_exchange", 4, "SKU-203",
      "Any other sellers on here wanna swap? I'll five-star your stuff if you five-star mine. Tent is decent."),
    ("escalate.review_tampering", 2, "SKU-102",
      "A while later I got a text from the seller offering a 30% coupon if I bumped my old review up to 4 stars. No thanks."),
    // A rating mismatch still fires without a word of revision.
    ("consistency.rating_mismatch", 5, "SKU-602",
      "The flow rate was pathetic, it clogged in a day and leaked everywhere. Awful, do not buy."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // Damage the reviewer did in use, with a delivery time in the next sentence.
    ("service.damage_minor", 4, "SKU-201",
      "The stock stakes are thin 7 in hooks and I bent 2 in rocky ground, swapped for sturdier ones. Came in 6 days."),
    ("escalate.damaged", 2, "SKU-201",
      "I accidentally cracked a pole on the second trip. Came in 6 days."),
    // What else went on at the time is no other product.
    ("consistency.wrong_product", 5, "SKU-602",
      "Set it up at camp, fill 4 L, done in ~3 min while we pitched tents. Light and fast."),
    // A rating told as changed mixes the old opinion with the new.
    ("consistency.rating_mismatch", 5, "SKU-602",
      "Originally gave this 2 stars bc the flow rate was pathetic. Turns out I had to backflush it first. Changing to 5, felt bad for slamming it."),
    // Shorthand that is only shorthand: "bc" in a happy review, "pls" in an offer to others.
    ("escalate.frustration_cta", 5, "SKU-101",
      "love it bc the pockets are huge, pls buy one you wont regret it"),
    ("escalate.account_compromised", 5, "SKU-801", "logged into my acct and ordered a second pair, love them"),
    // A discount offered for a review to come is no tampering with one already written.
    ("escalate.review_tampering", 5, "SKU-201",
      "The store offered to change this to a larger size for free, great service."),
    ("integrity.insider", 5, "SKU-202", "I called customer support for Northpeak and they were lovely."),
    // Round two's look-alikes: a review written because another helped, a stake bent in use,
    // a gift not yet used but already worn, a relative's unrelated job.
    ("integrity.feedback_exchange", 5, "SKU-501",
      "Saw this one recommended in another review here so I figured I'd return the favor and write my own. Bright and light."),
    ("service.cancelled_or_out_of_stock", 5, "SKU-402",
      "Sold out in my size when I checked out the first time, got them on the restock and they fit great."),
    ("irrelevant.not_used_yet", 5, "SKU-302",
      "Still wrapped up in it every evening, no idea how I lived without it. So warm."),
    ("integrity.insider", 5, "SKU-701", "My son is in marketing at a bank and loves these socks."),
    ("integrity.incentivized", 5, "SKU-701", "Got these for next to nothing in the spring sale. So soft."),
    ("integrity.incentivized", 5, "SKU-701", "I was not paid for this review, I just love these socks."),
    ("integrity.incentivized", 5, "SKU-701", "I was never paid for this review. Softest socks I own."),
    // The customer's own offer to change the stars is a threat, not the seller's tampering.
    ("escalate.review_tampering", 1, "SKU-401",
      "Refund me in full and I'll change this to 5 stars, otherwise the 1 star stays up."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  /// Shorthand gets the full word as its other reading, and is flagged; a word that is not
  /// shorthand, or has a digit, keeps none.
  @Test func shorthandReadings() {
    let tokens = TextField(field: .body, text: "pls acct wks thru please account w u").tokens
    let word = { (text: String) in WordHash.key(of: Array(text.utf8)) }
    #expect(tokens[0].altKey == word("please") && tokens[0].has(.shorthand))
    #expect(tokens[1].altKey == word("account"))
    #expect(tokens[2].altKey == word("weeks"))
    #expect(tokens[3].altKey == word("through"))
    for token in tokens[4...] { #expect(token.altKey == 0 && !token.has(.shorthand)) }
    #expect(TextField(field: .body, text: "b4").tokens[0].has(.shorthand) == false)
  }

  /// A shorthand that starts entries of its own still starts the full word's: "pls" matches
  /// both "pls call" and "please sort it" (entry order within one start).
  @Test func shorthandMatchesBothSpellingsEntries() {
    let matcher = PhraseMatcher(phrases: ["pls call", "please sort it", "please"])
    let field = TextField(field: .body, text: "pls sort it and pls call")
    let found = matcher.matches(in: field).map { matcher.entries[$0.entry] }
    #expect(found == ["please sort it", "please", "pls call", "please"])
  }
}
