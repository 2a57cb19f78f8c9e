import Testing

@testable import ModqScreening

/// Escalations found from two parts of a situation rather than one fixed phrase: what the
/// carrier says then the delivery's absence (not received), and what was ordered against what
/// the store sent, each naming a size or colour (wrong item).
@Suite struct SituationFrameTests {
  @Test(arguments: [
    ("escalate.not_received", 1, "tracking says delivered on the 3rd, nothing on my porch"),
    ("escalate.not_received", 1, "It's been a month. No shoes, no refund, no reply."),
    ("escalate.not_received", 2, "Marked as delivered tuesday. Nothing."),
    ("escalate.not_received", 2,
      "The driver says he left it. No package anywhere, neighbours either."),
    ("escalate.wrong_item", 1, "You shipped a women's medium, my order says men's large."),
    ("escalate.wrong_item", 2, "The label says XL but I ordered a small. Please advise."),
    ("escalate.wrong_item", 3, "I picked the grey and you sent me pink, how do I fix this?"),
    // Found by a fresh batch (u20): phrasings the lists lacked.
    ("escalate.damaged", 1, "Bottle came broken."),
    ("escalate.damaged", 1, "headlamp is DOA. new batteries, nothing."),
    ("escalate.damaged", 1, "pole sections were snapped clean in half when I unzipped the bag."),
    ("escalate.not_received", 1,
      "Package shows delivered two weeks ago. Checked with the front desk, nobody has it."),
    ("escalate.account_compromised", 1,
      "There's a charge on my card from you guys I didn't make after I ordered these."),
    ("escalate.never_again", 1,
      "Worst experience. Northpeak won't be seeing another dollar from me."),
    ("escalate.frustration_cta", 2,
      "returned it a month ago and still no money back. can somebody actually look into this"),
    ("service.cancelled_or_out_of_stock", 2,
      "Order got cancelled the day it was supposed to ship, apparently no stock."),
    ("service.did_not_order", 1,
      "I never bought these, no idea why I'm being asked to review them"),
    ("service.frustration_no_cta", 2, "shipping took 3 weeks and nobody answered my emails."),
    // Found by a second fresh batch (u21).
    ("escalate.damaged", 1,
      "zipper pull snapped off the minute I tried it on, tags still attached. want an exchange"),
    ("escalate.wrong_item", 1, "Got a 3 pack of black when my order clearly says grey. fix it"),
    ("escalate.not_received", 1,
      "It has been 3 weeks since the order confirmation and nothing has shown up. Hello??"),
    ("escalate.not_received", 1, "Box was empty. Just the packing paper. Seriously?"),
    ("escalate.frustration_cta", 2,
      "I've called 4 times about the exchange, nobody calls back. I need someone to actually contact me."),
    ("escalate.never_again", 1,
      "I'm never spending money with this company again after how this was handled"),
    ("escalate.review_tampering", 4,
      "support said they'd give me store credit if I took down my first review. jacket is ok"),
    // An ask and a fix in one sentence, at 2 stars or fewer (u22).
    ("escalate.frustration_cta", 1,
      "hip belt buckle was in two pieces inside the bag when it got here. can I get a new buckle sent out?"),
    ("escalate.frustration_cta", 1,
      "the carrier claims it was left at my door on friday. it was not. please look into it"),
    ("escalate.frustration_cta", 1,
      "got charged 3 times for one bottle. i need two of those charges reversed"),
    // Found by a fourth fresh batch (u23).
    ("escalate.frustration_cta", 2,
      "Been on hold 45 minutes twice now. Just tell me when my refund is coming."),
    ("escalate.frustration_cta", 1,
      "Third time writing in. Somebody from your team phone me today please."),
    ("escalate.frustration_cta", 1,
      "day 19 of waiting. the order status still says processing. Where is it???"),
    ("escalate.not_received", 1, "UPS says delivered. My camera footage shows no driver all day."),
    ("escalate.account_compromised", 1,
      "I got an email from you with my full card number in it?? Is that secure?"),
    ("escalate.never_again", 1, "After this mess I'm done ordering from you people. Forever."),
    ("service.damage_minor", 4,
      "one pole had a tiny scuff from shipping, no big deal, they work great"),
    // Found by a fifth fresh batch (u24).
    ("escalate.damaged", 1, "The sternum strap clip shattered the first time I buckled it."),
    ("escalate.wrong_item", 2, "received a pair of size 7 womens. I ordered mens 10. what now?"),
    ("escalate.not_received", 1,
      "Paid, got a confirmation, and then... nothing. No shipping email, no bottle."),
    ("escalate.account_compromised", 1,
      "Since ordering here I've had 2 fraud attempts on my visa."),
    ("escalate.frustration_cta", 2,
      "Return was accepted 3 weeks ago and I still haven't seen the money. When does it hit my account?"),
    ("escalate.never_again", 1,
      "That's it, I'm taking my money elsewhere. Northpeak used to be good."),
    ("escalate.review_tampering", 2,
      "The store offered me 20% off my next order if I bumped this review up. Boots are heavy."),
    // From a batch written by a helper that never saw the rules (u1).
    ("escalate.never_again", 2,
      "after the whole runaround with customer service this is the last thing I will ever buy from this store."),
    ("escalate.account_compromised", 1,
      "two days after checking out on this site I had charges on my card from stores in another state."),
    ("escalate.not_received", 1,
      "its been almost 5 weeks since I ordered. the order page still says in transit"),
    ("escalate.damaged", 2, "First time I lit it the igniter button snapped off in my hand."),
    ("escalate.review_tampering", 3,
      "after my first review the seller emailed offering to refund the whole thing if I deleted it."),
    ("service.frustration_no_cta", 2,
      "honestly the whole ordering experience with you guys was exhausting."),
    // The misses of a third unseen batch (u3).
    ("escalate.damaged", 1,
      "turned it on once, it flickered and died. then the clip snapped off the band."),
    ("escalate.wrong_item", 3,
      "ordered the grey in a medium, got bright pink XL 😅 cute but not for me. pls send the one i actually ordered"),
    ("escalate.account_compromised", 4,
      "poles are fine. did you guys get hacked? an email asked me to confirm my card"),
    ("escalate.frustration_cta", 1,
      "you confirmed you got the boots 5 weeks ago and still no refund. when is my money coming back???"),
    ("escalate.frustration_cta", 3, "the strap was loose on arrival. plz respond to my emails"),
    ("escalate.frustration_cta", 5, "Love it, but my order is missing the hood, please contact me."),
    // Sizes given as numbers, and styles.
    ("escalate.wrong_item", 2, "ordered the 1L, you sent the 750ml one. not what i wanted"),
    ("escalate.wrong_item", 3, "ordered a size 10, got a 9 in the box. can you swap them?"),
    ("escalate.wrong_item", 2,
      "I ordered the 20L and they sent the 45L pack. how do I return this for the right one"),
    ("escalate.wrong_item", 3, "ordered the crew socks, got ankle socks. pls fix"),
    // The misses of a fresh batch (u5).
    ("escalate.never_again", 1,
      "I have bought all my kit here for years. Northpeak will not see another cent from me."),
    ("escalate.review_tampering", 3,
      "the card inside said: 'Love them? Leave us a review! Not happy? Don't post, email us privately instead.'"),
    ("escalate.wrong_item", 1,
      "Opened the package and inside was a three pack of wool socks. How do I get the thing I actually ordered?"),
    ("escalate.not_received", 1,
      "Tracking says delivered Tuesday 2:14pm, 'left at front door'. There is nothing at my front door."),
    ("escalate.frustration_cta", 2,
      "I have written to support three times. Is anyone actually going to answer me?"),
    ("escalate.frustration_cta", 1,
      "the package had ONE pair of thin black dress socks in it. need the right ones sent out pls"),
    // The misses of a fresh batch (u8).
    ("escalate.not_received", 1,
      "app says delivered at 2:14pm. i was home all day. so i have a delivery confirmation and no stove"),
    ("escalate.not_received", 1,
      "The socks came fine. It's been 3 weeks and there is no second package anywhere."),
    ("escalate.wrong_item", 1,
      "label on the box is my size but the shoes are 8.5s. need the 10s I ordered sent out"),
    ("escalate.wrong_item", 2,
      "picked navy. what showed up is highlighter orange lol. id like the navy one please"),
    ("escalate.wrong_item", 1,
      "There is a camp stove in my box, the packing slip says gravity filter. please swap it for the right thing."),
    ("escalate.account_compromised", 1,
      "someone got into my northpeak account and switched the email. my card is saved in there"),
    ("escalate.damaged", 1, "hip belt buckle shattered the very first time i clipped it."),
    ("escalate.review_tampering", 2,
      "card in the box: Not happy? Don't post a review, email us. so only the happy people get pointed at the reviews"),
    // Wordings of a blind batch (u4) the lists lacked.
    ("escalate.damaged", 1, "It stopped working the first time I turned it on."),
    ("escalate.not_received", 1, "tracking said delivered on friday. porch empty, asked the neighbours too."),
    ("escalate.account_compromised", 1, "there are orders in my order history i didn't place."),
    ("escalate.frustration_cta", 1,
      "would be nice if somebody told me whether my exchange is being processed."),
    ("escalate.never_again", 1, "yall just lost a 10 year customer."),
    ("escalate.never_again", 1, "this is the last thing i ever buy here."),
    ("escalate.never_again", 2, "done with this place. slow and rude."),
    // The misses of a fresh batch (u10).
    ("escalate.damaged", 1,
      "First time setting it up in the backyard and one of the main poles split at the joint."),
    ("escalate.never_again", 1,
      "my whole family buys our gear somewhere else from now on, you lost all of us"),
    ("escalate.never_again", 1, "That was my last purchase from this store, full stop."),
    ("service.did_not_order", 1,
      "a parcel of socks turned up but neither me nor my wife ordered any socks, from here or anywhere."),
    ("service.frustration_no_cta", 2,
      "the whole ordering experience was a headache. the delivery window changed three times and honestly the process wore me out"),
    ("service.cancelled_or_out_of_stock", 2,
      "checkout let me buy it, 2 days later i get 'item no longer available, order voided'. was really looking forward to this tent"),
    ("escalate.wrong_item", 3,
      "picked the forest green and a bright orange one turned up. i really want the green one i chose. could someone swap it for me pls?"),
    ("escalate.wrong_item", 2, "ordered mens 10, inside are womens 7.5s. need the correct pair sent out"),
    ("escalate.wrong_item", 1, "there's a camp stove in it. Please get me the filter I actually ordered."),
    ("escalate.review_tampering", 2,
      "the store emailed saying they'd refund the whole pair if I took the review down."),
    ("escalate.review_tampering", 2, "a rep messaged offering a voucher if id edit it up to 5 stars."),
    ("escalate.account_compromised", 1,
      "the email showed another customer's card. Really uneasy that my payment info might be out there now."),
  ])
  func frameFires(id: String, rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test(arguments: [
    // Praise: "nothing" does not end its clause.
    ("escalate.not_received", 5, "Delivered in two days, nothing to complain about."),
    ("escalate.not_received", 3, "Delivered on time. Nothing special about the jacket though."),
    // The absence comes before the claim.
    ("escalate.not_received", 3, "No box, just a bag, and it was delivered fine."),
    // Above the complaint rating.
    ("escalate.not_received", 4,
      "Tracking says delivered, nothing on my porch. Found it at the neighbours, love it."),
    // What the store sent names no size or colour.
    ("escalate.wrong_item", 1,
      "I ordered these for hiking. They sent me a survey after, lol. Sole fell apart in a week."),
    ("escalate.wrong_item", 2,
      "I picked the medium and it fits like a small, sent me a size chart after I complained"),
    // "got" is the customer's own choice as often as a wrong delivery, and 4 stars asks nothing.
    ("escalate.wrong_item", 4, "I ordered the large and got the medium too, both fit well."),
    ("escalate.wrong_item", 4, "You shipped a navy one, my order says navy. Great colour."),
    // A bare "got" needs a size or colour after it, and an ask.
    ("escalate.wrong_item", 4,
      "ordered the grey in a medium, got so many compliments on it. please make a green one"),
    ("escalate.wrong_item", 3, "ordered the grey in a medium, got pink socks for my wife too"),
    // Numbers that are times or counts, not sizes.
    ("escalate.wrong_item", 3,
      "I ordered the 3 pack on monday, got it in 2 days. please add more colours"),
    ("escalate.wrong_item", 3, "ordered the 20th, got a 2 day delay. please ship faster"),
    // A question about an exchange is no complaint.
    ("escalate.frustration_cta", 5, "love these. can i exchange for a larger size?"),
    // At 4-5 stars, "please contact me" with no order or service near is an offer to shoppers.
    ("escalate.frustration_cta", 5,
      "Warm, light and handsome. Any questions about sizing, please contact me."),
    // The box, not the product ("box was crushed" is in both damage lists).
    ("escalate.damaged", 2, "The box was crushed but the bottle is fine, just leaks a bit"),
    // An ask and a fix: above 2 stars, the customer's own plan, a guess, or too far apart.
    ("escalate.frustration_cta", 3, "buckle was cracked. can I get a new buckle sent out?"),
    ("escalate.frustration_cta", 1, "Straps dig in and the fabric pills. I want to return it."),
    ("escalate.frustration_cta", 1,
      "Zipper is flimsy. If I need a replacement I'll just buy another brand."),
    ("escalate.frustration_cta", 2,
      "Please make this in petite, would buy a replacement in a heartbeat"),
    // Bent in use, the first time it met a rock: product quality (the demo's label).
    ("escalate.damaged", 3,
      "The included stakes bent the first time I hit a rock, so budget for better ones."),
    // A design feature, not damage (a genuine review).
    ("service.damage_minor", 5,
      "bottom of the legs have about a 8in slit that is not shown in pictures. hem came loose after the first wear"),
    // Genuine: a purchase put off, not an order denied.
    ("service.did_not_order", 4,
      "Tried these on several times in store and never bought them, but got them with a coupon."),
    // An ask for what was ordered needs the ask ("to love" is none) and a complaint's rating.
    ("escalate.wrong_item", 1, "I wanted to love the one I ordered but it runs small."),
    ("escalate.wrong_item", 4, "Please send the navy one I ordered in a bigger size next time."),
    ("escalate.wrong_item", 2, "I picked these up at the store and they pinch my toes."),
    ("escalate.account_compromised", 1, "Someone got into my car and took the headlamp."),
    ("escalate.not_received", 1, "It's been 3 weeks and the sole is already peeling."),
    // A harsh review of how the product performs: a leak on the first night is no arrival.
    ("escalate.damaged", 1,
      "the rainfly seams leaked at the corners the first night of steady rain. Worst tent I've owned."),
    ("escalate.account_compromised", 1, "I didn't place the pad under the tent and the floor got wet."),
    ("service.did_not_order", 4, "None of us ordered the right size at first, exchanged easily."),
    ("service.cancelled_or_out_of_stock", 4,
      "Sold out in blue so I got black, the tent is roomy and worth looking forward to."),
    ("escalate.wrong_item", 3, "I really want the green one I chose to come back in stock, love it."),
    ("escalate.never_again", 5, "I'll be buying my socks here from now on, love them."),
  ])
  func frameDoesNotFire(id: String, rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains(id))
  }
}
