import Testing

@testable import ModqScreening

/// Registers of the fifteenth session's blind batches: young shoppers' slang and emoji (u29),
/// older shoppers' letters ("Dear Sirs ... Yours faithfully", u30), and questions to other
/// shoppers against asks to the store (u31), personal details among innocent numbers and names
/// (u32), an everyday mix (u33), review integrity told many ways (u34) and order problems
/// inside product reviews at 3-4 stars (u35), a fresh mix (u36) and innocent reviews next to
/// every rule (u37), short reviews (u38) and facts told in ordinary words (u39). Each form
/// fires, and
/// the nearest innocent text does not.
@Suite struct LettersAndSlangTests {
  @Test(arguments: [
    ("legal.threat", 4,
      "stove works great but if the delivery guy chucks my box over the fence one more time i'm gonna find him and break his fingers, no cap"),
    ("legal.threat", 1, "I will break his legs if this happens again."),
    ("legal.threat", 1,
      "If I ever find out who you are, I will come round to your house and give you the thrashing your father should have given you."),
    ("legal.hate", 2,
      "got a hole in the heel after a month. ofc they're made in china, those people are all lazy and can't make anything right"),
    ("legal.hate", 1, "chinese people are all lazy"),
    ("escalate.frustration_cta", 3,
      "the tent itself is great but i've been trying to reach support for a week and nobody answers, can someone pls just reply to my email or call me"),
    ("service.frustration_no_cta", 2, "I contacted support and nobody answers."),
    ("pii.full_name", 5, "Great poles.\n\nYours faithfully,\nEleanor Margaret Whitcombe (Mrs.)"),
    ("pii.full_name", 5, "Great poles.\n\nKind regards,\nJohn Smith, Jr."),
    ("integrity.insider", 5,
      "My son has worked in Northpeak's design office for eleven years now, and this pack is his baby."),
    ("integrity.insider", 5,
      "Full disclosure, my dad is one of the designers on the Northpeak tent team. Best 2P they've made."),
    ("integrity.incentivized", 5,
      "The leaflet in the box said that if I wrote a five-star review on your website I would be sent a free pair of socks. So here it is."),
    ("integrity.incentivized", 5, "the card said leave a 5 star review and get free socks, so here it is"),
    ("escalate.damaged", 1, "Fully charged it and it died on first use."),
    ("escalate.wrong_item", 3,
      "They are a men's size 10. Please could you send me the navy size 7 that I actually ordered?"),
    ("escalate.wrong_item", 2, "Ordered a men's 10 and the box had an 8.5 in it. I need the 10s sent out."),
    ("escalate.account_compromised", 1,
      "Got a notice saying the email on my Northpeak account had been updated. I did NOT do that, and now I can't log in."),
    ("service.frustration_no_cta", 1,
      "Three emails, three different answers about when my order would ship. Honestly the most confusing ordering experience I've had."),
    ("pii.email", 3, "If anyone wants to buy mine when I upgrade, email k.osei @ outlook . com"),
    ("pii.address", 4, "If you're near me pop by, Unit 5/22 Harbour St, Fremantle WA 6160, happy to show it."),
    ("pii.full_name", 4, "Bought it after my coworker Nadia Okafor raved about hers."),
    ("pii.full_name", 5,
      "Danielle Moreau at the Portland store spent 20 minutes showing me the different modes."),
    ("pii.phone", 3, "The igniter broke. Please call me back on 07700 900 461."),
    ("integrity.incentivized", 5,
      "The seller reached out after delivery and offered me a free stuff sack if I left a review, so here goes."),
    ("integrity.incentivized", 3,
      "They give me 30% discount code for next order if i write review here so ok. Hoodie is warm."),
    ("integrity.incentivized", 4,
      "The seller said they would refund the full cost of the bottle once I posted a review, so here it is."),
    ("integrity.incentivized", 3, "Leaving this review to get my entry in the monthly gear giveaway 🤞"),
    ("integrity.feedback_exchange", 5,
      "Seller rated me positive so I'm returning the favor with 5 stars, that's how it works"),
    ("integrity.feedback_exchange", 5,
      "I'm part of a review swap group where we all leave each other 5 stars."),
    ("integrity.insider", 5, "As one of the owners of Northpeak Outfitters I obviously love this tent."),
    ("integrity.insider", 5, "My brother is one of the founders of Northpeak and I'm so proud of him!"),
    ("integrity.insider", 4, "My mom works on Northpeak's design team and she got me to try these."),
    ("integrity.insider", 5, "I work customer service for this store and get asked about this filter all the time."),
    ("integrity.extortion", 4,
      "4 stars for now. I'll take it down to 1 star unless the seller throws in a set of spare tips for free."),
    ("escalate.review_tampering", 3,
      "Got a text asking if I was happy. I said yes and only THEN got a link to leave a review."),
    ("escalate.frustration_cta", 4,
      "These are the softest socks I own. I ordered one pack in M and one in L, but both packs are M. Could you send the L pack and I'll mail the extra M back?"),
    ("escalate.frustration_cta", 4,
      "Tracking has said delivered since tuesday and there's nothing at my door. Can somebody look into where it went?"),
    ("escalate.frustration_cta", 3, "Birthday is Saturday so I'd really appreciate if the olive one could be sent out."),
    ("escalate.account_compromised", 4,
      "Jacket is great. After I placed this order I got an email that my password had been changed, which I did not do."),
    ("escalate.never_again", 3,
      "Boots are top notch. But after how this order was handled, that was my first and last purchase from this shop."),
    ("escalate.review_tampering", 3,
      "After my first review I got a message from the seller offering a gift card to edit it to five stars."),
    ("escalate.not_received", 4,
      "Poles are sturdy. The merino socks I ordered in the same order are nowhere though, not in the box."),
    ("legal.hate", 1,
      "Lid cracked after a month. Of course it's made in China. That whole race is incapable of honest work."),
    ("escalate.account_compromised", 4,
      "I got a notification that someone tried to log into my Northpeak account from a device I don't own."),
    ("service.frustration_no_cta", 2,
      "Honestly the whole ordering experience was a mess. Checkout crashed twice. Not impressed with the website."),
    ("escalate.damaged", 2, "The pole collapsed when I leaned on it the first time I used it."),
    ("escalate.damaged", 1, "dead out of the box, wont even turn on"),
    ("escalate.not_received", 1, "3 weeks and nothing has arrived. still waiting"),
    ("escalate.review_tampering", 1, "seller offered me a refund if i delete my 1 star review. shady"),
    ("legal.threat", 1, "stove wont light. im coming to ur warehouse to smash somebodys face in"),
    ("escalate.frustration_cta", 2,
      "My card statement shows this order three times. I'd like the other two charges put back, please."),
    ("escalate.never_again", 1, "Between this and last winter's jacket saga, I've spent my last penny with you lot."),
    ("escalate.account_compromised", 2,
      "Logged in and the delivery address had been changed, with a second pair in the basket that I never put there."),
    ("escalate.review_tampering", 2,
      "I got a message offering 30% off my next order once I'd 'revised my feedback'."),
    ("integrity.incentivized", 5,
      "These were sent to me at no cost on the understanding I'd put a few words up here, so here they are."),
    ("pii.address", 5, "hosting a tent sleepover saturday so pull up to 1427 willow creek rd bestie"),
    ("price.generic_only", 5, "bargain fr 🔥🔥 got it 40% off during the sale, good deal bestie"),
  ])
  func fires(id: String, rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test(arguments: [
    // "you'll break your neck" is a warning about the soles, not a threat.
    ("legal.threat", 2, "These soles are so slippery you'll break your neck on wet rock."),
    ("legal.threat", 4, "I'm going to break the zipper if I keep yanking it."),
    ("legal.threat", 3, "My son could break his arm on this ladder."),
    ("legal.hate", 3, "Made in Vietnam, stitching is sloppy."),
    ("legal.hate", 4, "made in china and the workers were lazy with the stitching"),
    ("legal.hate", 4, "Chinese sizing runs small, order up."),
    // Arch support is the product, not the store's support team.
    ("irrelevant.shipping_service", 2, "The arch support is a joke, so frustrated."),
    ("service.frustration_no_cta", 2, "Arch support is terrible and nobody warns you."),
    ("integrity.insider", 5, "My son works out in Northpeak shorts and loves them."),
    ("integrity.insider", 5,
      "my husband worked as an engineer for years and says the Northpeak stitching is solid"),
    ("integrity.incentivized", 5, "if you write a review, mention the free carry bag. bright lamp"),
    ("integrity.incentivized", 5,
      "If I leave a review it will be a long one, free time is short. Bright lamp."),
    ("escalate.damaged", 1, "battery died after a year of use"),
    ("escalate.wrong_item", 5, "Got exactly the size I ordered, fits well."),
    ("escalate.wrong_item", 2, "Ordered the blue, the box had a nice note in it. Love the blue."),
    ("escalate.account_compromised", 4, "Updated the email on my account myself, easy. Boots are great."),
    ("escalate.account_compromised", 3, "I can't log in to the app to see tracking but the boots are great"),
    ("pii.phone", 5, "I checked the tracking (1Z 84A 7W2 03 1245 6671) like 10 times. Great lamp."),
    ("pii.phone", 3,
      "Style code printed inside the tongue is 402-118-0075 in case width changed. Go half size up."),
    ("escalate.frustration_cta", 3,
      "igniter quit after a month. My mate Rob wanted one so I told him to ring me on 07700 900 461 and I'd show him how it works."),
    ("pii.full_name", 4, "my friend Sarah loved it, Marco at the 5th Avenue store was great"),
    ("pii.full_name", 4,
      "Filtered 4 liters from a stream above Lake Tahoe. Hang it from a branch and forget it."),
    ("pii.full_name", 3, "I am in Store Merløse for a business trip and the boots are great"),
    ("escalate.review_tampering", 4,
      "Updating my review from 2 to 4 stars. Nobody asked me to change my rating, I just think it's fair now."),
    ("escalate.review_tampering", 2, "I never got a link to track my order but the boots are fine."),
    ("integrity.extortion", 1, "It's fine as long as you don't need it waterproof, 1 star from me."),
    ("pii.address", 2, "Paid for it myself so no reason to sugarcoat: at 1L it's way too heavy to carry."),
    ("escalate.frustration_cta", 4, "Can you swap the hip belt for a bigger one? Asking other owners."),
    ("escalate.frustration_cta", 4, "Can you tell me if the second one is the same size?"),
    ("escalate.frustration_cta", 5,
      "I was charged twice by mistake but the store had already refunded the extra before I even noticed."),
    ("service.damage_minor", 5,
      "The socks came in a separate parcel the next day. The boots broke in after two short walks."),
    ("escalate.not_received", 4, "The yellow ones are nowhere near as bright, love them"),
    ("legal.hate", 4, "Made in China. The workers there are incapable of doing stitching right."),
    ("legal.hate", 3, "I'm incapable of folding this tent back into its bag lol"),
    ("service.did_not_order", 4,
      "Didn't order this for myself, it was for my scout troop, but I ended up using it."),
    ("service.damage_minor", 5,
      "Shipped fast and came with a free carabiner clip. The poles collapse small enough to strap to my daypack."),
    ("escalate.damaged", 2, "Stove won't turn on after six months of use"),
    ("escalate.damaged", 2, "Dead simple to set up right out of the box"),
    ("escalate.never_again", 2, "The campsite flooded and the tent leaked, we won't be back to that lake."),
    ("escalate.frustration_cta", 2, "Please fix the sizing chart, it runs small"),
    ("pii.address", 5, "drove to 3 different stores on main st to find these"),
    ("pii.address", 4, "Temps got down to -8°C / 17°F and the output didn't sag."),
    ("pii.address", 5, "I walked 5 miles down forest rd in them"),
    ("price.generic_only", 5, "bargain fr, got it 40% off and the fleece lining is really warm"),
  ])
  func doesNotFire(id: String, rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains(id))
  }

  /// A gift card the bottle was paid with is no review of a gift card; a text about
  /// redeeming one, under the bottle, still is.
  @Test func aGiftCardSpentIsNoWrongProduct() throws {
    let paid = "My sister sent me a Northpeak gift card for my birthday and this is what I picked. Thanks sis, gift card well spent."
    #expect(try !ContentFixture.criteria(paid, rating: 5, product: "SKU-601")
      .contains("consistency.wrong_product"))
    let redeemed = "The gift card code worked, the balance showed right away. Great gift card for a present."
    #expect(try ContentFixture.criteria(redeemed, rating: 5, product: "SKU-601")
      .contains("consistency.wrong_product"))
  }
}
