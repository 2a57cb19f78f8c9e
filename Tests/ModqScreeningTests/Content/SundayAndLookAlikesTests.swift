import Foundation
import Testing

@testable import ModqScreening

/// The twentieth session's round of blind batches: u129, an ordinary Sunday's queue; u130,
/// rejects told without the obvious words; u131, escalations against innocent look-alikes
/// ("My friend got sent the wrong color ... correct color"); u132, a precision probe of
/// reviews by people writing in a second language (all published on arrival); u133, an
/// ordinary Monday; u134, ratings against text in plain words; u135, a precision probe of
/// chatty stories (all published on arrival); u136, service problems told calmly; u137, an
/// ordinary Tuesday; u138, a precision probe of consistent reviews with a complaint or a joke
/// inside (all published on arrival); u139, personal data and integrity told in passing;
/// u140, service rows in a few words; u141-u144, a Wednesday, a precision probe of policy
/// words used innocently (all published on arrival), subtle rejects and long escalations.
/// Each form fires, and the nearest innocent text does not.
@Suite struct SundayAndLookAlikesTests {
  @Test(arguments: [
    // Not used yet, with words put between the list's phrasings.
    ("irrelevant.not_used_yet", 5, "SKU-302",
      "Haven't actually worn it yet, it's going straight in the pack for the hut trip at the end of the month."),
    ("irrelevant.not_used_yet", 4, "SKU-401",
      "Haven't laced them up yet, they're sitting in the box till our Zion trip in June. Look tough though, fingers crossed!"),
    // A cue after "with" in the sentence before is no accessory of its own sentence.
    ("consistency.wrong_product", 4, "SKU-601",
      "Super bright, the red light mode is great. The button is easy to find with cold fingers. Batteries lasted the whole weekend."),
    // A competitor's name of two words typed as one.
    ("competitor.mention", 4, "SKU-801",
      "Nice poles. fwiw summitsupply has these exact ones with free returns for 90 days, wish I'd seen that first."),
    ("price.generic_only", 5, "SKU-701", "Half off, couldn't pass it up!"),
    ("escalate.damaged", 1, "SKU-901",
      "stove. first boil. pot support arm snapped right off. just snapped. cant use it now. not happy"),
    ("escalate.frustration_cta", 2, "SKU-102",
      "Then support just stopped answering. Could somebody from Northpeak please call or email me back, I just want the right size."),
    ("escalate.review_tampering", 2, "SKU-701",
      "Then I got an email from the seller offering to refund the whole pack if I 'updated my feedback to reflect the resolution'. Not doing that."),
    ("escalate.review_tampering", 2, "SKU-402",
      "Got an email from the store offering me a full refund if I'd take it down. I said no thanks."),
    ("service.cancelled_or_out_of_stock", 3, "SKU-402",
      "Tried to order these twice. Both times I got an email saying they're out of stock and the order was cancelled. Third time lucky maybe."),
    ("service.frustration_no_cta", 2, "SKU-602",
      "Took five weeks to get here and both my emails asking where it was went unanswered. Well, it got here in the end."),
    // Ratings against text in plain words: a fault of fit, praise the hedges no longer hide.
    ("consistency.rating_mismatch", 5, "SKU-101",
      "Way too heavy for what it is, the hip belt rubs my hips raw and the frame sits at a weird angle on my back. Would not recommend to anyone."),
    ("consistency.rating_mismatch", 1, "SKU-901",
      "This little stove is awesome. Boils a pot of water in like 3 minutes, folds down small enough to fit inside my mug. Super happy with it!"),
    // Insiders told by where they work, themselves or a relative.
    ("integrity.insider", 5, "SKU-701",
      "Ok full disclosure, I pack orders in the Northpeak warehouse so I see these go out all day. Great socks."),
    ("integrity.insider", 5, "SKU-102",
      "I've been on the crew at the Northpeak warehouse for about two years. Comfy pack."),
    ("integrity.insider", 5, "SKU-701",
      "My sister-in-law has been on the Northpeak product team for years and kept telling me to try these."),
    ("integrity.incentivized", 5, "SKU-801",
      "The folks at Northpeak said they'd credit back part of my order once this review is posted, which is a nice bonus."),
    ("escalate.review_tampering", 3, "SKU-202",
      "I got a message from the seller saying they'd refund the whole tent if I took that review down."),
    ("irrelevant.not_used_yet", 4, "SKU-602",
      "Box came today. Our float trip isn't until July so I haven't actually hooked it up or run any water through it yet."),
    ("escalate.never_again", 1, "SKU-301", "slowest shipping ever. never again w this site"),
    ("escalate.damaged", 2, "SKU-302", "The dress arrived with a small tear. So disappointed."),
    ("competitor.mention", 4, "SKU-102",
      "Only thing is I saw it at GearHub for a good chunk less the week after, so look there before you buy."),
    ("test.review", 4, "SKU-101",
      "checking that reviews show up on the product page after tonight's release, will delete after"),
    ("legal.threat", 4, "SKU-501",
      "My roommate keeps borrowing it. Next time it goes missing I swear I'm going to knock his teeth out."),
    ("service.cancelled_or_out_of_stock", 1, "SKU-302",
      "Two days later an email says my order's been cancelled because it's out of stock. Tried again with black, same exact thing the next day. So I have no hoodie."),
    ("integrity.extortion", 1, "SKU-402", "Refund me, otherwise it's 1 star from me everywhere."),
    // Someone else's wrong item counts when the review asks for a fix.
    ("escalate.wrong_item", 5, "SKU-302",
      "My wife got sent the wrong color of this hoodie. Please send the rust one."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // Wear that has not come yet, and use told as done.
    ("irrelevant.not_used_yet", 5, "SKU-402",
      "400 miles in and I haven't worn them out yet. Best trail shoe I've owned."),
    ("irrelevant.not_used_yet", 5, "SKU-402",
      "Haven't worn through the soles yet after a full season of trail runs."),
    ("irrelevant.not_used_yet", 4, "SKU-501",
      "Haven't tried the strobe yet but the main beam lit up the whole trail on my night hike."),
    // A cue after "with" in its own sentence is still an accessory.
    ("consistency.wrong_product", 4, "SKU-601",
      "Keeps water cold all day. I carry it with my headlamp and spare batteries in the lid pocket."),
    // A discount beside talk of the product is no generic-only price talk.
    ("price.generic_only", 5, "SKU-701", "Half off and the socks are warm, couldn't pass it up!"),
    ("competitor.mention", 5, "SKU-801", "Better than the summitsupply ones I had before."),
    // Product talk after an attempt to buy is still product talk when it is about the product.
    ("service.cancelled_or_out_of_stock", 3, "SKU-402",
      "The first order was cancelled. Tried them on when the second one came and they fit great."),
    // A star taken off is no threat; "but otherwise" is "apart from that".
    ("integrity.extortion", 4, "SKU-402",
      "toe box a lil narrow for my wide feet so -1 star but otherwise these go crazy"),
    // A buckle that cracked after a few trips is wear, even beside "within an hour".
    ("service.damage_minor", 2, "SKU-101",
      "the shoulder straps dig in within an hour. the hydration sleeve is tiny and the top lid buckle cracked after a few trips."),
    // A daypack used as a diaper bag, bottles and all, is a review of the daypack.
    ("consistency.wrong_product", 4, "SKU-101",
      "I didn't want a giant floral diaper bag so I bought this instead. A bottle fits in the main part. No insulated pocket for bottles though."),
    // "Don't ignore this one" is a title, not a tester's note.
    ("test.review", 5, "SKU-701", "Don't ignore this one. Warmest socks I own."),
    ("competitor.mention", 5, "SKU-102", "GearHub had it for a good chunk more, glad I got it here."),
    // A parcel that sat in the warehouse, and someone else who works there, are no insiders.
    ("integrity.insider", 2, "SKU-701",
      "I waited while it sat in the Northpeak warehouse for two weeks. Socks are fine."),
    ("integrity.insider", 2, "SKU-701",
      "I called and the guy at the Northpeak warehouse said it shipped. Socks are fine."),
    ("integrity.insider", 5, "SKU-701", "I love the Northpeak team for making these. Great socks."),
    // A use word with no "yet", or wear still to come.
    ("irrelevant.not_used_yet", 5, "SKU-602",
      "Haven't hooked it to anything but a gravity bag, and it filters fast."),
    // A size after a packing verb is praise; a size alone is still a hedge at 1 star.
    ("consistency.rating_mismatch", 1, "SKU-901",
      "Awesome stove, boils fast. A little small for my pot. Super happy with it!"),
    // "Lukewarm" stays a fact sarcasm can praise: no valence of its own.
    ("consistency.rating_mismatch", 5, "SKU-601", "My coffee is lukewarm by 9am."),
    // Leaks and bent stakes in the first nights of use are product quality, not first-use damage.
    ("escalate.damaged", 1, "SKU-201",
      "The rainfly seams leaked at the corners the first night of steady rain. Woke up with a puddle."),
    ("escalate.wrong_item", 5, "SKU-302",
      "My friend got sent the wrong color of this same hoodie last winter, so I checked the moment I opened the box - correct color (rust), correct size."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  func score(_ text: String) throws -> SentimentScore { try ContentFixture.sentiment(text) }

  /// VADER's chat slang that is an ordinary word in product reviews scores nothing; "crazy"
  /// before a sentiment word raises it, and alone keeps its own valence.
  @Test func reviewWordsNotSlang() throws {
    #expect(try score("Ended up carrying them in my hand the rest of the way").sum == 0)
    #expect(try score("Hand wash only").sum == 0)
    #expect(try score("Wore them 6 days straight").sum == 0)
    #expect(try score("Charges by usb-c in an hour").sum == 0)
    #expect(try score("Crazy warm").sum > score("warm").sum)
    #expect(try score("This is crazy").sum < 0)
    #expect(try score("Cant say enough good things").sum > 2)
    #expect(try score("I can't say enough good things about it").positives >= 1)
  }

  /// Hedges that are praise: a lasting "still" with a verb between, "little" after "this",
  /// a size after a packing verb; slipping denied is praise, and a contracted conditional is
  /// a hypothetical.
  @Test func hedgesThatPraise() throws {
    #expect(try !score("Still had ice at 9pm, best bottle I've owned.").hasMixedCue)
    #expect(try !score("They still feel soft after a bunch of washes, best socks ever.").hasMixedCue)
    #expect(try score("Still had problems, best I could say.").hasMixedCue)
    #expect(try !score("This little stove is awesome.").hasMixedCue)
    #expect(try score("A little small but awesome.").hasMixedCue)
    #expect(try !score("Folds down small enough to fit in my mug, awesome.").hasMixedCue)
    #expect(try score("Runs small, awesome otherwise.").hasMixedCue)
    #expect(try score("The locks never slipped once").sum > 0)
    #expect(try score("The heel slips on every uphill").sum < 0)
    #expect(try score("I would've lost it").sum == 0)
    #expect(try score("Love the color. I was still cold in it.").hasMixedCue)
    #expect(try score("The hip belt rubs and the shoes pinch").negatives == 2)
  }
}
