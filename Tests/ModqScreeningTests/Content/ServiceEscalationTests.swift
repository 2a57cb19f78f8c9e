import Testing

@testable import ModqScreening

@Suite struct ServiceEscalationTests {
  @Test(arguments: [
    ("escalate.damaged", 1, "The tent arrived with a torn floor and a snapped pole."),
    ("escalate.damaged", 2, "Broke the first time I used it. The buckle just snapped."),
    ("service.damage_minor", 4, "Small scuff on the box corner but the bottle is perfect."),
    ("service.damage_minor", 2, "Arrived damaged, I already returned it."),
    ("escalate.damaged", 1, "It looks like new, but it arrived torn at the seam."),
    ("escalate.damaged", 1, "Arrived with a huge tear in the fabric. I want a replacement."),
    ("escalate.damaged", 2, "The zipper broke my nail and then the zipper broke the first time I wore it."),
    ("escalate.not_received", 1, "I never received my package, it's been three weeks."),
    ("service.cancelled_or_out_of_stock", 1, "My order was cancelled without any reason."),
    ("service.cancelled_or_out_of_stock", 1, "Never arrived, then they cancelled it."),
    ("service.did_not_order", 1, "I never ordered this, why was it sent to me?"),
    ("escalate.wrong_item", 1, "You sent me the wrong color. Please fix it."),
    ("escalate.wrong_item", 2,
      "Ordered a men's 9 and received a women's 7. Please send the correct size."),
    ("service.did_not_order", 1, "I did not order these socks but they showed up anyway."),
    ("service.did_not_order", 1, "I never ordered these boots, why was I charged?"),
    ("escalate.damaged", 1, "Headlamp came smashed, the lens is shattered."),
    ("escalate.wrong_item", 2, "Received a red hoodie, I ordered black. How do I get the right one?"),
    ("escalate.account_compromised", 1,
      "Someone used my credit card after I bought these boots. Is your site hacked?"),
    ("escalate.frustration_cta", 1, "Been waiting 6 weeks for my refund. Can someone please call me?"),
    // A third batch of unseen escalations (ninth session), each missed before.
    ("escalate.damaged", 1, "Tent arrived with a big gash in the floor. Can't use it."),
    ("escalate.damaged", 1, "The bottle was dented and the lid wouldn't close when I got it."),
    ("escalate.damaged", 1, "Received the jacket with a ripped seam on the sleeve."),
    ("escalate.wrong_item", 1, "This is not the hoodie I ordered, it's a totally different color."),
    ("escalate.wrong_item", 1, "They shipped me a 30L instead of the 20L I paid for."),
    ("escalate.not_received", 1, "Paid two weeks ago, still nothing. No tracking either."),
    ("escalate.account_compromised", 1,
      "Got a weird phishing email pretending to be you with my order details. Was there a data leak?"),
    ("escalate.frustration_cta", 1, "Support keeps ignoring me. I need someone to call me back today."),
    ("escalate.frustration_cta", 1, "I've called 5 times. Can anyone there actually help me?"),
    ("escalate.review_tampering", 3,
      "The store emailed to say they'd refund me if I took this review down."),
    ("escalate.review_tampering", 3, "They offered me a discount code to update my rating to 5 stars."),
    ("escalate.review_tampering", 3,
      "Seller asked me to delete my negative review in exchange for a free item."),
    // A fourth batch (ninth session), screened before any change: 15 of 30 missed.
    ("escalate.damaged", 1, "Bottle showed up with a huge crack down the side."),
    ("escalate.damaged", 1, "Box was soaked and the tent inside was covered in mold."),
    ("escalate.damaged", 2, "It arrived damaged. Not happy with it at all."),
    ("escalate.damaged", 1, "Upon opening, the lid was chipped and the bottle warped."),
    ("escalate.damaged", 1, "Inside the box the stove was melted on one side."),
    ("escalate.wrong_item", 1, "I got a completely different jacket than the one pictured and ordered."),
    ("escalate.wrong_item", 2, "Sent me grey socks, I ordered black. Please exchange."),
    ("escalate.not_received", 1, "Still waiting on my stove, no updates, no email, nothing."),
    ("escalate.account_compromised", 1,
      "There are charges on my card from your store that I never made."),
    ("escalate.never_again", 1, "I'm taking my business to another store from now on."),
    ("escalate.review_tampering", 3, "I was told I'd get a refund only if I remove this review."),
    ("service.cancelled_or_out_of_stock", 2, "Out of stock after I paid. Annoying."),
    ("service.damage_minor", 3, "Small scuff on the collar when it arrived, but I'm happy with it."),
    ("service.frustration_no_cta", 2, "Ordering from this store was a nightmare."),
    ("escalate.frustration_cta", 1, "Give me a full refund or I will post 1 star reviews everywhere."),
    ("escalate.frustration_cta", 1, "The tent leaks at every seam. I would like a full refund."),
    ("escalate.account_compromised", 1, "My credit card was used for fraud charges after this."),
    ("escalate.account_compromised", 1, "Someone used my card right after I ordered here."),
    ("escalate.frustration_cta", 1, "Still waiting on my refund. When will I get my money back?"),
    ("escalate.frustration_cta", 1, "Customer service is useless. Please call me about my order."),
    ("service.frustration_no_cta", 1, "So frustrated with this store, what a hassle."),
    ("service.frustration_no_cta", 2,
      "Shipping took forever, the jacket, the boots and the gloves sat in a depot for weeks."),
    ("escalate.never_again", 1, "Never ordering from you guys again."),
    ("escalate.never_again", 1, "Not spending another cent at Northpeak."),
    ("escalate.never_again", 1, "Northpeak has lost a customer."),
    ("escalate.review_tampering", 2, "The seller offered me a refund if I remove this review."),
    ("escalate.review_tampering", 3, "They only ask happy customers to leave reviews."),
  ])
  func rowFires(id: String, rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test(arguments: [
    ("escalate.damaged", 4, "The sole wore through after 300 miles, decent."),
    ("escalate.damaged", 3, "The zipper broke after two seasons of heavy use."),
    ("escalate.damaged", 5, "Arrived undamaged and well packed."),
    ("service.damage_minor", 3, "The zipper broke after two seasons of heavy use."),
    ("escalate.damaged", 4, "Small scuff on the box corner but the bottle is perfect."),
    ("escalate.not_received", 1, "My order was cancelled, so I never received it."),
    ("service.cancelled_or_out_of_stock", 4,
      "Sold out in my size so I ordered the medium, lovely dress."),
    ("service.did_not_order", 2, "I didn't order this in petite and it is way too long."),
    ("escalate.wrong_item", 3, "I ordered the wrong size, my fault, exchanged it easily."),
    ("escalate.wrong_item", 5,
      "I ordered a small and got so many compliments. Can someone tell me the fabric?"),
    ("escalate.wrong_item", 3, "I looked to see if they sent me the wrong size, but no."),
    ("escalate.wrong_item", 4,
      "Received a lot of compliments, I ordered the black one. Can someone tell me the fabric?"),
    ("escalate.wrong_item", 4, "Got a medium, I ordered it for my son. Can someone tell me how to wash it?"),
    ("escalate.wrong_item", 5,
      "Instead of my usual large I ordered the medium for a better fit, the length is perfect."),
    ("escalate.wrong_item", 5,
      "Got the orange pair instead of the grey I ordered but I like them better, keeping them."),
    ("escalate.wrong_item", 4, "Because they did not have it I ordered a 6, a little big but fine."),
    ("escalate.wrong_item", 5, "I love the different colors I ordered, all three are great."),
    ("escalate.wrong_item", 5, "These are different than the cheap ones I ordered before, way better."),
    ("service.did_not_order", 5, "I didn't order it online because I wanted to try it on in the store."),
    ("service.did_not_order", 4, "I almost didn't order it, but it was my next choice and I love it."),
    ("escalate.damaged", 3, "The stakes bent the first time I hit a rock, budget for better ones."),
    ("escalate.damaged", 3, "When it arrived I knew it wouldn't work for my body, too boxy."),
    ("escalate.not_received", 5, "I have never received so many compliments on a jacket."),
    ("escalate.damaged", 4, "I laughed when I opened it and everyone cracked up, it is huge."),
    ("escalate.damaged", 4, "Tear resistant fabric, it arrived fast and shows no wear and tear yet."),
    // Genuine reviews (wcer-4618, wcer-19496): the customer's nails, and a look.
    ("escalate.damaged", 2,
      "As soon as it arrived I set about unbuttoning it. 10 minutes and 2 broken fingernails later I got done."),
    ("escalate.damaged", 3,
      "When I opened the bag the holes on the shoulders, well, the thin material looks like it's ripped."),
    ("escalate.damaged", 3, "It arrived and honestly it looked as if it was torn, which is the style."),
    ("escalate.account_compromised", 5, "Checkout with my card was quick and easy."),
    ("escalate.frustration_cta", 4, "Does anyone know if it fits a 15 inch laptop?"),
    ("escalate.frustration_cta", 2,
      "So frustrating, this dress never fits right. Why can't you make a petite?"),
    ("service.frustration_no_cta", 1,
      "Never ordering from you guys again, customer service is useless."),
    ("service.frustration_no_cta", 2, "Frustrating zipper, it snags all the time."),
    ("service.frustration_no_cta", 4,
      "Shipping took forever but the jacket is worth the wait, warm and light."),
    ("escalate.never_again", 5, "I will never buy another brand of socks again."),
    ("escalate.review_tampering", 4, "The seller refunded the shipping when the box was late."),
    ("escalate.review_tampering", 4, "Update: I changed my review after a week of use."),
  ])
  func rowDoesNotFire(id: String, rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test func unknownRowIsAParameterError() throws {
    #expect(throws: PolicyError.self) {
      _ = try ServiceEscalationDetector(ContentFixture.parameters(
        "service.x", ["row": .scalar("nope", line: 4)]))
    }
  }
}
