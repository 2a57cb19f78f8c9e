import Testing

@testable import ModqScreening

/// Registers the lists had not met until the fourteenth session's blind batches: English
/// written by learners and translators (u20: "Nothing arrive", "Never again I buy in
/// Northpeak", "for write honest review") and phone typing (u21: "need the medium pls", a full
/// stop after every word). Each form fires, and the nearest innocent text does not.
@Suite struct NewRegisterTests {
  @Test(arguments: [
    ("escalate.not_received", 1,
      "Still I am waiting my socks since one month. Nothing arrive, no package, no news."),
    ("escalate.not_received", 1, "Until now I not receive my order, 3 weeks."),
    ("escalate.never_again", 1, "Hoodie lose the feathers. Never again I buy in Northpeak."),
    ("escalate.never_again", 1, "Three months for receive the refund of the tent. Nunca más."),
    ("escalate.never_again", 1, "Never more I will order from this shop."),
    ("escalate.account_compromised", 2,
      "I receive strange emails asking my password. I think somebody have my personal information from this shop."),
    ("escalate.frustration_cta", 2,
      "You charge me shipping cost anyway. Please give back the shipping money to my account."),
    ("escalate.damaged", 1,
      "First time I use the stove the valve is broke and the gas is leaking."),
    ("escalate.wrong_item", 2, "ordered a M got an XL lol im swimming in it. need the medium pls"),
    ("escalate.review_tampering", 3,
      "the card in the box said leave 5 stars and if ur NOT happy email them instead of reviewing?? kinda shady"),
    ("integrity.incentivized", 5,
      "I receive this bottle free from the company for write honest review. Keep the tea hot."),
    ("integrity.feedback_exchange", 5,
      "I give this 5 stars, you please give me also 5 stars as buyer on my profile, deal?"),
    ("integrity.insider", 5,
      "My brother work in the Northpeak warehouse so I know this pack is the best quality."),
    ("irrelevant.not_used_yet", 4,
      "Arrive yesterday, box look good. I not open yet because we go camping only in July."),
    ("service.damage_minor", 4,
      "Came with small scratch on the lid but no problem, works perfect. I am happy."),
    ("service.frustration_no_cta", 2,
      "My order arrive in three packages and the invoice was wrong. Very disorganized this shop."),
    ("irrelevant.shipping_service", 5,
      "Very fast delivery, only 2 days, and the box was very well protect. Obrigado!"),
    ("legal.hate", 1,
      "The lock slip. Of course, is like everything what Chinese people make, they are all cheaters and liars."),
    ("legal.hate", 1, "of course theyre made in china, chinese people cant make anything that lasts"),
    ("legal.harassment", 3,
      "Boots are ok. But the girl Marta in the chat is very stupid and rude, really an incompetent idiot."),
    ("unclear.cynical", 1,
      "wow amazing my coffee was ice cold after an hour, real top notch insulation guys, thanks for nothing"),
    // Indian, African and Singaporean English, and formal letters (u22); long reviews (u23).
    ("escalate.never_again", 1,
      "This shall be my last transaction with Northpeak Outfitters. I shall take my custom elsewhere."),
    ("escalate.review_tampering", 2,
      "I received an email offering me a voucher if I would amend my review to five stars."),
    ("escalate.not_received", 1,
      "Tracking is stuck at 'in transit' for three weeks. Nothing has reached me in Nairobi."),
    ("escalate.frustration_cta", 2,
      "I have mailed customer care thrice, still no reply. Kindly revert, this is very poor response."),
    ("escalate.damaged", 1, "First night I switched it on, it flickered small and died completely."),
    ("escalate.not_received", 4,
      "Love the bottle. I ordered another one as a gift for my sister, shipped to her. She never got it."),
    ("irrelevant.not_used_yet", 5,
      "Received the tent yesterday only. Not yet opened the box. Will update the review after using."),
    ("integrity.insider", 5,
      "My elder brother works in the Northpeak warehouse, so I must support. Best daypack."),
    ("integrity.insider", 5,
      "Great shoe. To be upfront, my wife is on the Northpeak footwear team and worked on it."),
    ("irrelevant.shipping_service", 5,
      "Delivery came in two days, the rider phoned ahead. Packaging was neat with bubble wrap. Asante sana."),
    // Australian, Irish and British English, and sarcastic young shoppers (u25).
    ("legal.hate", 3,
      "Boots are comfy. Shame they're made by foreigners, that whole lot are lazy and useless."),
    ("service.cancelled_or_out_of_stock", 1,
      "Two days later got an email saying the order's been cancelled as it's out of stock. Gutted."),
    ("irrelevant.shipping_service", 5,
      "Arrived in two days, well packed, and the courier was sound. Answered my question about delivery within the hour. Top notch."),
    ("unclear.cynical", 1, "Oh fantastic, a hoodie that sheds feathers. Love that for me /s"),
    ("consistency.rating_mismatch", 5,
      "Honestly disappointing. The straps dig in, the hip belt slips and the lid pocket leaks. Would not recommend to anyone."),
    // Escalations put indirectly (u26).
    ("escalate.never_again", 3,
      "The tent is decent. But after the way my return was handled, you guys have had your last dollar from me."),
    ("escalate.damaged", 1,
      "Screwed it onto a new canister for the first time and the whole knob came away in my fingers with gas hissing out."),
    ("escalate.not_received", 2,
      "Tracking says delivered, with a photo of a red door. My door is blue, and nobody has a box."),
    ("escalate.review_tampering", 2,
      "Someone from the shop then messaged offering a refund if I'd bump this up to 5. I'm not doing that."),
    ("escalate.account_compromised", 2,
      "The payment page froze. Since then there have been two small charges I don't recognise."),
    // An everyday mix written after every other fix (u28).
    ("escalate.review_tampering", 3,
      "There was a card in the box saying if you're happy leave a 5-star review, and if you're NOT happy email them instead."),
    ("legal.threat", 1,
      "The rep who swore this was storm-rated had better hope I never run into him, because he won't be walking away from it."),
    ("escalate.damaged", 1,
      "first time filling the dirty bag the seam along the bottom split open and water went everywhere."),
    ("irrelevant.shipping_service", 5,
      "Box showed up two days early and the driver left it right by the door. Packaging was minimal, no plastic fillers."),
    // A second batch of indirect escalations (u27).
    ("escalate.never_again", 1, "Twelve years. That was the last order this household places with you."),
    ("escalate.review_tampering", 2,
      "The seller's message said they'd send a gift card if I changed my stars to five. I'm not doing that."),
    ("escalate.damaged", 1,
      "Lifted it out of the mailer and the stitching along the left shoulder had already let go."),
    ("escalate.not_received", 2,
      "The order page still says 'label created, awaiting carrier'. Nothing has moved in three weeks."),
    ("escalate.account_compromised", 1,
      "An hour later my password stopped working. I didn't change it. Somebody else is in my account."),
    // A cancellation the customer was given no notice of is no cancellation (u22-41).
    ("escalate.not_received", 1,
      "To date, nothing whatsoever has arrived, and I have received no notice that the order was cancelled or delayed."),
  ])
  func fires(id: String, rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test(arguments: [
    // "not receive the" is a missing part, not a missing parcel.
    ("escalate.not_received", 2,
      "It came without a slip!! so disappointing to not receive the entire dress."),
    // A promise about the customer's own sleep, not the store.
    ("escalate.never_again", 5, "Never again I will sleep with a wet sleeping bag. Great tent."),
    // Asking for a size with nothing sent wrong.
    ("escalate.wrong_item", 2, "I ordered a medium. It runs small, so I need the large next time."),
    // The same ask above the complaint rating.
    ("escalate.wrong_item", 4, "ordered a M got an XL, fits fine as a loose layer. need the medium too"),
    // A group named neutrally, and liars with no group.
    ("legal.hate", 4, "Chinese people I met on the trail loved this tent."),
    ("legal.hate", 1, "The sellers are liars and cheaters, the photos lie."),
    // Insults of a thing, with "and" and "really" between.
    ("legal.harassment", 2, "The zipper is stupid and cheap, really an awful design."),
    ("legal.harassment", 5, "The girl at the counter was really nice and helpful."),
    // The marker at 3 stars with no failure; praise at 5 stars.
    ("unclear.cynical", 3, "Thanks for nothing is what I expected to say, but it is fine."),
    // Thanks in another language in a product review.
    ("irrelevant.shipping_service", 5,
      "Fast delivery and the socks are warm and soft, no blisters. Obrigado!"),
    ("service.damage_minor", 5, "Came with small pouch for the lid. Works perfect."),
    // A vow about the customer's own habits.
    ("escalate.never_again", 5,
      "Never again will I hike in cotton socks. These merino ones kept my feet dry."),
    // Scuffs from use, and "as good as day one".
    ("service.damage_minor", 5,
      "The finish has a couple of scuffs from being dropped on rocks, but no dents, no leaks, and the insulation is as good as day one."),
    // A leak on the first night of rain the customer fixed: a product review.
    ("escalate.damaged", 1,
      "The rainfly seams leaked at the corners the first night of steady rain. Seam sealed it myself and it's better."),
    // A delay at 4 stars, not a loss.
    ("escalate.not_received", 4,
      "Fits perfectly. I ordered both the navy and yellow, but the yellow has not arrive yet."),
    // The product named as what arrived, and then used.
    ("irrelevant.not_used_yet", 5, "Received the tent yesterday and pitched it twice already, solid."),
    // Innocent reviews near the triggers (u24).
    ("escalate.never_again", 2,
      "Lesson learned: never again will I buy a rain jacket without a stiff brim on the hood."),
    ("profanity", 4, "My hiking partner Dick (he's 74 and out-walks me) and I used these on a trek."),
    ("consistency.rating_mismatch", 5,
      "Downhills used to absolutely kill my knees. Now I descend without limping. They collapse fast for a photo."),
    ("other_product.similar_brand", 5,
      "Pitched on an exposed ridgeline, no problems. A night on the ridgeline above treeline."),
    ("unclear.cynical", 2, "Fits w/s sizing chart, 3/s of the pairs ok, the rest pilled."),
    ("irrelevant.shipping_service", 5, "Arrived in two days. The pack is top notch, comfy straps."),
    // The bank checking this purchase; a wrong size already swapped; a message that never
    // came (u26).
    ("escalate.account_compromised", 5,
      "My bank flagged the payment because I'd never bought from this shop before, one tap to approve it."),
    ("escalate.wrong_item", 4,
      "They sent a 9 instead of a 10 the first time, which was swapped within the week with no fuss."),
    ("escalate.not_received", 3,
      "The poles are fine. The order confirmation never came and the chat was a bot."),
    ("legal.threat", 4, "I hope I never run into a storm like that again, but the tent held."),
    ("escalate.damaged", 4, "The first time filling it took a while, the bag is stiff. Works well now."),
    ("escalate.damaged", 5, "Lifted it out of the mailer and it was perfect, the stitching is neat."),
    ("escalate.not_received", 2, "Label created on Monday, it was here by Wednesday. The boots pinch."),
    // A cancellation told as news, after a notice word that is not denied.
    ("escalate.not_received", 1,
      "Got a notice that the order was cancelled, nothing has arrived and the size is out of stock."),
  ])
  func doesNotFire(id: String, rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains(id))
  }

  /// A brand that is also a word still counts before a product noun, in lower case too.
  @Test func lowerCaseBrandBeforeAProductNounStillCounts() throws {
    let found = try ContentFixture.criteria(
      "my ridgeline jacket is warmer than this one.", rating: 3, product: "SKU-302")
    #expect(found.contains("other_product.similar_brand"))
  }

  /// "Bottle. Arrived. With. A. Big. Dent.": a run of one-word sentences on one line is one
  /// sentence; words on lines of their own, and short runs, stay apart.
  @Test func fullStopsAfterEveryWordMakeOneSentence() throws {
    let dotted = TextField(
      field: .body, text: "Bottle. Arrived. With. A. Big. Dent. And the lid was cracked. Sad.")
    #expect(dotted.tokens.prefix(6).allSatisfy { $0.sentence == 0 })
    #expect(dotted.tokens[6].sentence == 1)
    #expect(dotted.tokens.last?.sentence == 2)
    let lines = TextField(field: .body, text: "Pros.\nlight.\nwarm.\ncheap.\nsturdy.")
    #expect(Set(lines.tokens.map(\.sentence)).count == 5)
    let short = TextField(field: .body, text: "Wow. Just. Wow. Love the jacket.")
    #expect(short.tokens.map(\.sentence) == [0, 1, 2, 3, 3, 3])
    #expect(
      try ContentFixture.criteria(
        "Bottle. Arrived. With. A. Big. Dent. And. The. Lid. Was. Cracked. Very. Disappointed.",
        rating: 1
      ).contains("escalate.damaged"))
    #expect(
      try !ContentFixture.criteria(
        "Bottle. Keeps. Ice. All. Day. No. Dents. Yet. Love. It.", rating: 5
      ).contains("escalate.damaged"))
  }
}
