import Testing

@testable import ModqScreening

/// The seventeenth session's blind batches: u47, long rambling reviews with one issue buried
/// in ordinary talk ("the welded seam just let go ... the first time I put water in it",
/// "Harold Jennings, retired letter carrier, Dayton"); u48, a precision probe of innocent
/// reviews that look dangerous beside subtle issues ("these socks still haven't turned up",
/// "the last dollar Northpeak gets from me"); u49, numbers and personal details ("1204-55
/// Harbour Square", "My friends call me Bear Grylls"); u50 to u61, everyday mixes, many
/// kinds of shopper, the week after the holidays, problems solved against problems still
/// open, outdoor jargon ("the ass-saver fender"), pairs that a criterion's exception
/// decides, angry shoppers, short phone reviews ("terrible fit, super itchy 👎"), other
/// people named in a review, shoppers mixing English with another language, other gear
/// named in a review, and internet formatting ("★☆☆☆☆", "@rob_hikes") ("Customer service sorted the swap", "one of the main pole sections split clean
/// through ... First time ever pitching it"). Each form fires, and the nearest innocent text
/// does not.
@Suite struct BuriedIssueTests {
  @Test(arguments: [
    ("escalate.damaged", 3,
      "Stove looks well made and packs tiny, I'll give it that. But the valve knob came off in my hand the very first time I lit it and now it won't shut off properly."),
    ("escalate.damaged", 1,
      "Opened the box to find the pot supports bent. The design folds down tiny though."),
    ("escalate.damaged", 1,
      "Got it Thursday and the lens came cracked right across the front. Figured ok maybe it still works, plugged it in overnight. Nothing."),
    ("escalate.damaged", 1,
      "Filled the bag at the creek and the welded seam just let go. It was literally the first time I put water in it."),
    ("service.damage_minor", 3, "The lid arrived with a crack. Tiny, honestly."),
    ("service.damage_minor", 3, "The lid came cracked, tiny though, barely see it."),
    ("escalate.not_received", 1,
      "Three weeks on and these socks still haven't turned up. I've stopped checking the mailbox."),
    ("escalate.not_received", 1,
      "Tracking has said delivered since the 12th, but it isn't at my door, not with the neighbours, not in the mail room."),
    ("escalate.wrong_item", 2, "Ordered these in a 10, you sent 8.5s."),
    ("escalate.wrong_item", 2,
      "Ordered these in a 10, the box had 8.5s in it. I need the 10s before my race on the 21st, please."),
    ("escalate.wrong_item", 3,
      "Jacket seems well made, but I picked the green one and got bright orange. I'd like the green sent out; happy to send this one back."),
    ("escalate.frustration_cta", 1,
      "Sent these boots back on March 3rd and there's still no refund on my card. Who do I talk to to get this sorted?"),
    ("escalate.frustration_cta", 3,
      "I filled out the resole request form six weeks ago. I'm honestly getting pretty frustrated, it feels like the form goes into a black hole. Can someone please tell me how I send them in?"),
    ("escalate.never_again", 1,
      "Burner goes out in the slightest breeze. That's the last dollar Northpeak gets from me."),
    ("escalate.review_tampering", 3,
      "The card in the box said happy customers should review here, and anyone unhappy should email them first instead."),
    ("integrity.incentivized", 5,
      "Kestrel sent me these poles free to try out in return for a write-up here. They're light and lock well."),
    ("legal.hate", 2,
      "Heels wore thin within a month. Figures they're made by foreigners, those people just don't care about quality."),
    ("legal.hate", 4,
      "Every weekend it's packed with people from the refugee housing, and honestly those people are filthy animals."),
    ("legal.threat", 3,
      "The courier who flung it over my gate had better hope I don't catch him on his route next week."),
    ("legal.threat", 4,
      "If I catch him anywhere near my porch again he's going to leave in an ambulance."),
    ("irrelevant.shipping_service", 5,
      "Arrived two days earlier than promised, double boxed, and the courier texted before dropping it off."),
    ("pii.full_name", 5,
      "Great socks, soft and warm.\n\nWarm regards,\nHarold Jennings, retired letter carrier, Dayton"),
    ("pii.address", 4,
      "The courier left it at the other tower, 1204-55 Harbour Square, Toronto ON M5J 2L1, so check there first."),
    ("escalate.account_compromised", 1,
      "Placed an order on Tuesday, and on Wednesday my bank rang about three charges in Lithuania. I've never used that card anywhere else."),
    ("escalate.account_compromised", 2,
      "Right after ordering this I got a password reset email I never asked for. Did someone get into my account?"),
    ("integrity.incentivized", 5,
      "Northpeak sent me these for nothing so long as I wrote something up here. They're light."),
    ("escalate.damaged", 1,
      "Dead on first try. Put fresh batteries in, switched it on, it flickered and went out."),
    ("escalate.damaged", 1,
      "One of the main pole sections split clean through while I was bending it into the grommet. First time ever pitching it."),
    ("escalate.frustration_cta", 2,
      "I've phoned twice and was told someone would call back. Nobody did. Please have someone actually call me this week."),
    ("escalate.frustration_cta", 2,
      "Tracking shows you received the return on Jan 2 and I still have no refund. When will the money be back on my card?"),
    ("service.frustration_no_cta", 1,
      "Asked for a return label on the 2nd. Then again on the 9th. Nothing back. Absolutely fed up with how slow this has been."),
    ("irrelevant.not_used_yet", 5,
      "Bought this for my brother, but he's working overseas until March, so it's still in the wrapping paper under my bed."),
    ("pii.full_name", 5,
      "The buttons are easy to operate with gloves. I am thoroughly satisfied with it. Yours faithfully, Harold Pemberton"),
    ("consistency.rating_mismatch", 5,
      "Way too narrow, gave me blisters on both heels within 5k and the laces keep coming undone. Would not buy these again."),
    ("service.cancelled_or_out_of_stock", 2,
      "I placed an order for this tent last month, then got an email that Northpeak had cancelled it because the item was out of stock."),
    ("price.generic_only", 5, "Great price, a real bargain, such a good deal for the money. Very cheap!"),
    ("consistency.rating_mismatch", 5,
      "Far too thin for what it claims. I was shivering at camp at around freezing, the hood is tiny and the cuffs ride up. Would not recommend."),
    ("escalate.review_tampering", 1, "northpeak offered store credit to change my 1 star to 5"),
    ("escalate.account_compromised", 1, "weird charges on my card after ordering here??"),
    ("escalate.wrong_item", 2, "wrong size sent pls swap"),
    ("escalate.frustration_cta", 1, "returned it a month ago still no money. call me pls"),
    ("escalate.frustration_cta", 2,
      "I asked for an exchange TWO weeks ago. Still no reply, nothing. Can anyone at Northpeak please answer my email?!"),
    ("irrelevant.shipping_service", 5, "fast shipping thx!!"),
    ("consistency.rating_mismatch", 5, "terrible fit, super itchy 👎"),
    ("consistency.rating_mismatch", 1, "Super! Love it, best jacket ever."),
    ("legal.harassment", 1,
      "To trailmom_88 who wrote that these run true to size: you're a clueless liar and an idiot."),
    ("service.cancelled_or_out_of_stock", 1,
      "They CANCELLED my order two days before my trip with zero explanation!!! I had to go with my old pack. Unreal."),
    ("pii.full_name", 4,
      "Took the tent out for a week with my climbing partner Tomasz Wierzbicki. Pitching is quick."),
    ("pii.full_name", 5,
      "Huge thanks to the shop assistant at Northpeak, Megan Alvarez, who spent twenty minutes fitting me."),
    ("legal.threat", 5, "I've figured out who you are, and if you keep it up I will come to your door and make you sorry."),
    ("integrity.insider", 5,
      "Full disclosure: my dad is on the Northpeak design team and worked on this jacket."),
    ("integrity.incentivized", 5,
      "My husband and I each got a Camp Stove Mini free from Northpeak in return for writing a 5-star review."),
    ("profanity", 2, "After six weeks the main zipper started splitting open. ¡Puta madre, qué mala calidad!"),
    ("price.actual", 4, "Cabem 4 adultos tranquilo. Paguei 289 dólares, achei justo."),
    ("pii.full_name", 5, "Carried it on 20 day hikes.\n\n— Robert Lindqvist\n@rob_hikes"),
    ("consistency.rating_mismatch", 5,
      "★☆☆☆☆\n\n- hipbelt slips down all day\n- shoulder straps dig in\n\nWorst pack I've carried."),
    ("consistency.rating_mismatch", 2, "Love it ★★★★★ but the strap broke"),
    ("escalate.review_tampering", 2,
      "update: got a message with a gift card code asking me to bump this to 5 stars. Not changing anything."),
    // A part that "came off" is still damage; only money coming off is not (u65).
    ("escalate.damaged", 1, "When it came the hip belt buckle came off in my hand. Really disappointed."),
    // u63-u69: issues told in other words.
    ("escalate.damaged", 1,
      "He unwrapped it at dinner and the part that screws onto the canister is cracked clean through."),
    ("escalate.never_again", 1, "I emailed three times. We won't be spending another dollar with you."),
    ("escalate.never_again", 2, "I'm done. Northpeak won't be getting my business anymore."),
    ("escalate.never_again", 1, "Very bad service from this store. I never more buy here."),
    ("escalate.wrong_item", 1, "I open box and left boot is 42 and right boot is 43!! Two different sizes in the box."),
    ("escalate.not_received", 1, "The tracking is saying delivered from 12 days but nothing come to my house."),
    ("escalate.review_tampering", 2,
      "I got an email from the store: \"We would be happy to issue a full refund if you are willing to remove your review.\""),
    ("integrity.incentivized", 5,
      "Received this at no cost through the brand's reviewer program in return for my honest opinion."),
    ("integrity.incentivized", 5,
      "The card in the box said \"Leave us a review and we'll mail you a FREE fuel canister!\" so here's mine."),
    ("legal.harassment", 3, "I called support and the guy, Derek, was a condescending idiot."),
    ("legal.harassment", 5, "Maybe stop dragging your feet on every rock, you clueless oaf."),
    ("irrelevant.not_used_yet", 4,
      "Still sealed in the bag, our trip isn't until August. Looks like a nice pack from the pictures. Will update after!"),
    ("irrelevant.not_used_yet", 5,
      "The bag arrive yesterday. I did not use it still, we go to hike in two weeks."),
    ("service.cancelled_or_out_of_stock", 2,
      "paid, waited one week, then i get email the boots are all gone and my order is stopped. so no boots"),
    ("escalate.frustration_cta", 1, "Bank show two payment for the socks. Please return me one payment."),
    ("escalate.account_compromised", 1,
      "Two days after I bought this there were purchases on my card from some other country. Really worried now."),
    // u71-u80.
    ("pii.full_name", 4,
      "Light poles, comfortable cork handles.\n\nYours faithfully,\nHarold Pemberton\nKeswick"),
    ("pii.full_name", 5, "Our guide Wilmer Quispe ended up filtering water for all 8 of us."),
    ("consistency.rating_mismatch", 5,
      "Dreadful little stove. The flame was feeble and it took forever to boil. After two "
        + "attempts on our caravan holiday I put it back in the box. Would not recommend to anyone."),
    ("consistency.rating_mismatch", 5,
      "these gave me blisters on both heels in 2 days and they squeak on every step, save ur money, worst shoes ive bought"),
    ("legal.threat", 1, "the guy in your chat better hope we never cross paths, I know what town he's in."),
    ("integrity.feedback_exchange", 5,
      "Anyone who leaves a 5 on my stove review, I'll do the same for yours."),
    ("escalate.never_again", 1, "3rd time my order got messed up. done w northpeak fr, not giving yall another dollar"),
    ("escalate.never_again", 1, "Emailed twice and got the same bot reply. Northpeak is dead to me."),
    ("escalate.never_again", 1, "Charged me a restocking fee. That's the last dollar Northpeak ever gets from me."),
    ("escalate.account_compromised", 2,
      "I am very worried that my card details were taken from your website when I placed the order."),
    ("irrelevant.not_used_yet", 4,
      "The tent was delivered this morning. We shan't be going camping until Easter, so I have not put it up yet."),
    ("integrity.incentivized", 5, "They knocked 30% off my next order for writing this so here goes: solid bottle."),
    ("competitor.mention", 3, "Boots are fine. So if you're shopping for these, check GearHub first."),
    ("price.generic_only", 5, "worth every penny 👍"),
    // u73: reviews only about the delivery or the service.
    ("irrelevant.shipping_service", 5, "arrived fast, well packed, no complaints 👌"),
    ("irrelevant.shipping_service", 5,
      "Ordered sunday night, on my porch tuesday morning. Packed nice and snug 👍"),
    ("service.frustration_no_cta", 1,
      "The support rep hung up on me. Twice. I was calm and polite and just trying to sort out a return label."),
    ("service.frustration_no_cta", 1,
      "The way your return center has handled this has been infuriating from day one."),
    ("service.frustration_no_cta", 1,
      "Ordered Monday with express shipping, showed up the following Monday. Not impressed, at all."),
    ("escalate.never_again", 2,
      "Took three weeks and five emails to get a simple exchange done. This store is off my list."),
    // u84, u86.
    ("service.cancelled_or_out_of_stock", 1,
      "Placed an order for the socks, got an email 3 days later saying it was cancelled because they ran out."),
    ("service.frustration_no_cta", 2,
      "Four emails about when the tent would ship and every answer was different. Communication was a mess."),
    ("integrity.incentivized", 4,
      "The brand's social team shipped this over on the condition I'd share my thoughts here."),
    ("integrity.insider", 5,
      "I'm one of the engineers who spent two years on the pole hub for this exact tent."),
    ("integrity.feedback_exchange", 5,
      "I gave you the five stars like we talked about, now please leave me a 5 star rating as a buyer."),
    ("escalate.review_tampering", 4,
      "Their survey asks how happy you are, and only if you pick 4 or 5 does it give you the link to post a review."),
    ("price.actual", 5, "Great bottle. Paid $34.99 and it keeps coffee hot all morning."),
    ("price.actual", 4, "Paid $189 for the jacket and a coffee after."),
    // u87-u91.
    ("escalate.account_compromised", 1,
      "Someone had my card stolen right after I ordered here, and I'm scared it leaked."),
    ("escalate.damaged", 1, "DOA. Brand new batteries, nothing. The battery door latch is cracked. Came like this."),
    ("test.review", 5, "testing the review form, please ignore"),
    ("integrity.incentivized", 5, "Kestrel sent me this hoodie at no charge so I'd share my thoughts here."),
    // A threat of a bad rating made to get something demands it: integrity.extortion and,
    // with its demand, escalate.frustration_cta (criteria.md's resolution rule; u86).
    ("escalate.frustration_cta", 1, "Burned two dinners. Credit me the difference or this review stays at 1 star."),
    ("integrity.extortion", 1, "Burned two dinners. Credit me the difference or this review stays at 1 star."),
    ("escalate.frustration_cta", 1,
      "Mail me a free 3-pack in a smaller size and I'll change my rating. Otherwise the 1 star stays."),
    ("pii.id_number", 5, "The HMRC form just wanted my NI number JT 48 29 17 D and the item details."),
  ])
  func fires(id: String, rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test(arguments: [
    ("escalate.damaged", 2, "Seam let go after two seasons of heavy use, fair enough."),
    ("escalate.not_received", 2,
      "The blisters I feared with new boots haven't turned up, but the laces fray."),
    ("escalate.wrong_item", 3,
      "I'd like the green one better, but the orange I ordered is growing on me."),
    ("escalate.review_tampering", 4,
      "I only want good reviews from people who actually used it, so here is mine: great tent."),
    ("escalate.frustration_cta", 5,
      "Who do I talk to about how much I love this jacket? Everyone should own one."),
    ("legal.hate", 4, "We met a refugee family on the trail. Those people are so kind."),
    ("legal.hate", 3, "The couriers were rude. Those people are animals."),
    ("legal.hate", 3, "I hate those people who review before using the product."),
    ("legal.threat", 2,
      "I twisted my ankle and had to leave in an ambulance, the boots gave no support."),
    ("consistency.rating_mismatch", 5,
      "Worst decision I made was waiting so long to buy these. Dry feet through four creek crossings and zero blisters on a 14-mile day."),
    ("consistency.rating_mismatch", 5,
      "My only regret is not buying them sooner. Zero blisters, zero leaks."),
    ("irrelevant.shipping_service", 5,
      "Arrived earlier than promised and the jacket is warm, light and fits perfectly."),
    ("pii.full_name", 5, "My friends call me Bear Grylls now. Stayed dry through 6 hours of rain."),
    ("pii.address", 5, "Measurements 38-30-40, Large Street fits me fine."),
    ("escalate.wrong_item", 5,
      "The first one that came was grey instead of the green I picked. Customer service sorted the swap without any fuss and the green one arrived a few days later."),
    ("integrity.incentivized", 5,
      "I wrote this review for nothing, nobody paid me, as long as I wrote honestly that is what counts."),
    ("escalate.damaged", 2, "Pitched it on the first try, the poles are colour coded and nothing was broken."),
    ("irrelevant.not_used_yet", 5, "Still wrapped up warm in it every morning, love it."),
    ("pii.full_name", 5, "I am thoroughly satisfied with it. Yours truly, Trail Lover"),
    ("profanity", 5,
      "Between the ass-saver fender on the bike and this pack's water-resistant fabric, my stuff arrives dry."),
    ("integrity.incentivized", 4,
      "Northpeak emailed after delivery asking if I'd write a review, so here goes: the boots took a week to break in."),
    ("legal.harassment", 2, "The seller is a liar, the jacket is not waterproof at all."),
    ("escalate.review_tampering", 5,
      "My husband and I each got a Camp Stove Mini free from Northpeak in return for writing a 5-star review."),
    ("profanity", 5, "Die Daunen sind schön dick, but the hoodie still packs into its own pocket."),
    ("profanity", 5, "My abuela made puto for the trip and the hoodie kept me warm."),
    ("pii.full_name", 5, "I'm no Edmund Hillary, but the boots got me up the ridge."),
    ("consistency.rating_mismatch", 1,
      "Before this pack I'd have given Northpeak ★★★★★, now ★☆☆☆☆. Strap snapped."),
    ("consistency.rating_mismatch", 5, "Pretty stars on the lid ★★ and it keeps coffee hot, love it"),
    ("pii.full_name", 5, "Carried it on 20 day hikes, follow along\n@rob_hikes"),
    ("consistency.rating_mismatch", 5,
      "The Basecamp 4P is the bomb for car camping. Stayed bone dry during a full night of rain."),
    // u63: family taking the socks is praise; a son "who swears he hates wool" is who he is.
    ("consistency.rating_mismatch", 5,
      "BOUGHT A PACK FOR EVERYONE and now my husband keeps stealing mine 😤 NO ITCH even for my "
        + "son who swears he hates wool"),
    // u65: a gift card's balance that "came off with no hassle" is no broken part.
    ("service.damage_minor", 4,
      "He used it on a sleeping pad and said the balance came off with no hassle. Would've "
        + "been nice if it came in a little card sleeve."),
    // u70, u74: innocent words that looked like issues.
    ("consistency.rating_mismatch", 5,
      "Broke these in over two weekends and they have been bombproof ever since. Zero blisters, and "
        + "I have a bunion that usually ruins everything."),
    ("pii.full_name", 4, "Lovely tent, roomy and dry in two storms.\n\nRegards,\nGrandma Jo"),
    ("irrelevant.not_used_yet", 5, "Arrived yesterday and we pitched it twice already. Looks like a nice tent, sturdy poles."),
    ("price.actual", 4, "Bought mine at a local shop but wanted to add my 2 cents: the hipbelt is very comfy."),
    ("pii.full_name", 4, "Used this on a trek in Nepal. Our guide Tashi kept borrowing it for the whole group."),
    ("pii.full_name", 5, "Great tent.\n\nYours faithfully,\nHarold\nKeswick"),
    ("irrelevant.shipping_service", 5, "arrived fast, well packed, and the tent is roomy and dry 👌"),
    ("service.frustration_no_cta", 2, "Not impressed with the zipper, it snags on the storm flap."),
    ("irrelevant.not_used_yet", 4, "It is not open yet but I looked at the bag, nice and sturdy."),
    ("price.actual", 4, "Cozy while everyone else was clutching their $6 lattes for warmth. Fit is slim."),
    ("price.actual", 5, "The lodge charged $5 for a bag of chips but my feet didn't complain."),
    ("escalate.account_compromised", 5,
      "My roommate had her card stolen after shopping online somewhere, so I'm paranoid at checkout, but it went smoothly."),
    ("escalate.wrong_item", 5,
      "They sent grey instead of navy at first, but the navy one was at my door 3 days later. Warm hoodie."),
    ("escalate.frustration_cta", 1, "This review stays at 1 star: the zipper broke on day two."),
    ("pii.id_number", 5, "Ni number one jacket for me, 10/10 would buy again in 2024."),
  ])
  func doesNotFire(id: String, rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains(id))
  }

  /// Rules that read the reviewed product (`product`: its catalog id): whether `id` fires.
  /// - "ridgeline" as a place after "on", "up" or "along" is no RidgeLine product; the brand
  ///   still fires on a tent review.
  /// - An employee of the reviewed product's maker, a partner brand the store sells, is an
  ///   insider; a customer who rang that maker's service is not, nor is its employee reviewing
  ///   another brand's product.
  /// - Other gear named beside the product (u60): a bottle that "slides into the side pocket
  ///   of my Summit 45 pack" and a hoodie that "packs small into the top of my daypack" are
  ///   still their own reviews ("packs small" is a verb); a tent review under a bottle is not.
  ///   The competitor named in the gift card's own name may be named by its web address.
  /// - A pack's bottle pocket is part of the pack (u51-27).
  /// - What the product goes in ("in my running shoes", "in boots") is no other product
  ///   under the socks; a tent told of "in the vestibule" under the bottle still is (u66, u90).
  @Test(arguments: [
    ("other_product.similar_brand", false, "SKU-201",
      "The second night we camped up on a breezy ridgeline hoping the wind would help."),
    ("other_product.similar_brand", true, "SKU-201",
      "My buddy's RidgeLine tent pitched faster than this one."),
    ("integrity.insider", true, "SKU-202",
      "I work in customer support at Alpinex, so I've heard every complaint about this tent."),
    ("integrity.insider", false, "SKU-202",
      "I called customer service at Alpinex about the poles, they were lovely."),
    ("integrity.insider", false, "SKU-201", "I work at Alpinex, and this Northpeak tent is great."),
    ("consistency.wrong_product", false, "SKU-601",
      "Slides right into the side pocket of my Summit 45 pack and I can reach it without taking the pack off. Ice water stayed cold all day."),
    ("consistency.wrong_product", false, "SKU-302",
      "I wear it under my Stormshell on cold wet days. Packs small into the top of my daypack."),
    ("consistency.wrong_product", true, "SKU-601",
      "Pitched it on an exposed ridge and both of us stayed dry, the two doors meant no climbing over each other."),
    ("competitor.mention", false, "GC-TM-50",
      "He redeemed it on trailmart.example within a day and picked up new boots."),
    ("competitor.mention", true, "SKU-401",
      "The same boots are cheaper on trailmart.example, buy them there."),
    ("consistency.wrong_product", false, "SKU-101",
      "Laptop is fitting in back side sleeve. Only one thing, the side bottle pocket is little bit tight for big bottles."),
    ("consistency.wrong_product", false, "SKU-601", "Keeps water cold all day, fits my pack's side pocket."),
    ("consistency.wrong_product", false, "SKU-701",
      "ther ok. cushoning is thinner than i thougt, fine in my runnin shoes but not enough in boots"),
    ("consistency.wrong_product", true, "SKU-601",
      "We use it on our trip in Norway, two person fit inside with bags in the vestibule. Poles are color coded."),
  ])
  func underProduct(id: String, fires: Bool, product: String, body: String) throws {
    let rating = id == "integrity.insider" || id == "consistency.wrong_product" ? 4 : 3
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id) == fires)
  }

  /// A size in the plural is a size up to 16 ("8.5s", "10s"), not a decade or an age.
  @Test func pluralSizes() throws {
    let sizes = "Ordered these in a 10, you sent 8.5s."
    #expect(try ContentFixture.criteria(sizes, rating: 2).contains("escalate.wrong_item"))
    let decade = "Ordered these in a 10, you sent 90s style laces."
    #expect(try !ContentFixture.criteria(decade, rating: 2).contains("escalate.wrong_item"))
  }
}
