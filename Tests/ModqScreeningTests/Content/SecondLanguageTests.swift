import Testing

@testable import ModqScreening

/// The sixteenth session's blind batches: u44, shoppers writing English as a second language
/// or fast on a phone ("I never receive the poles", "I am working in Northpeak store since 2
/// years", "if I change to 5 stars they give 50% money back"), and u43, facts in ordinary
/// words ("the twenty-two dollars I paid", "called off because there weren't any left"), and
/// u45 and u46, everyday mixes written after those fixes. Each form fires, and the nearest
/// innocent text does not.
@Suite struct SecondLanguageTests {
  @Test(arguments: [
    ("escalate.not_received", 1,
      "I never receive the poles, tracking say delivered on 12 of march but nothing in my door."),
    ("escalate.not_received", 1,
      "Order 3 weeks back. Boots still not come to me, tracking not update since 10 days."),
    ("escalate.frustration_cta", 1,
      "Hoodie is much smaller than photo. You give me full refund now or I put 1 star review here and on every site, your choice."),
    ("integrity.extortion", 1,
      "Hoodie is much smaller than photo. You give me full refund now or I put 1 star review here and on every site, your choice."),
    ("escalate.review_tampering", 2,
      "After, seller send me message: if I change to 5 stars they give 50% money back. This is not honest."),
    ("escalate.review_tampering", 3,
      "Somebody from the shop call me and offer a free 3-pack if I delete my first review."),
    ("escalate.account_compromised", 3,
      "After order I receive strange email asking to put my password and card again. I am afraid somebody have my personal data from this shop."),
    ("escalate.damaged", 1,
      "first time use the valve is break and gas is leaking i smell it everywhere turn off quick."),
    ("integrity.insider", 5,
      "I am working in Northpeak store since 2 years so I know all jackets, this one is the best."),
    ("irrelevant.not_used_yet", 4,
      "I am receive the tent yesterday, not open the bag yet because weather is raining all week."),
    ("price.actual", 5, "Very light poles. I pay 89 dolars in black friday, is worth every cent."),
    ("profanity", 1, "Kurwa mać, the sole come off after 2 weeks of running."),
    ("price.actual", 5, "Worth every bit of the twenty-two dollars I paid."),
    ("price.actual", 4, "Paid forty five quid and love it"),
    ("price.actual", 4, "Two hundred and fifty dollars for this? Great pack though"),
    ("integrity.incentivized", 5,
      "These came in a parcel from the brand a few weeks back on the understanding that I'd write something up here once I'd worn them."),
    ("escalate.damaged", 1,
      "Came with the burner head bent over to one side and the igniter rattling loose inside."),
    ("service.cancelled_or_out_of_stock", 2,
      "Eleven days of processing and then an email saying my order had been called off because there weren't any left in the sage colour."),
    ("service.frustration_no_cta", 2,
      "I have now spent three evenings on your chat being passed from one person to the next. Exhausting."),
    ("escalate.wrong_item", 2,
      "Inside the package was a single walking stick. I need the pair I actually picked, can you sort it?"),
    ("integrity.insider", 5,
      "I pack these at the Northpeak warehouse in Reno, so I've had hundreds through my hands."),
    ("escalate.review_tampering", 3,
      "I got an email from the shop offering me a full refund if I'd delete it. That felt off, so here it is again."),
    ("escalate.never_again", 4,
      "Love the poles, but I will never be ordering from you guys again."),
    ("integrity.insider", 5,
      "Full disclosure, my wife is on the Northpeak design team and I watched this tent go from sketches to the shelf."),
    ("escalate.review_tampering", 4,
      "After I posted about the flimsy pot supports, the seller emailed offering me a full refund if I deleted that review."),
    ("pii.full_name", 5, "Thanks to Maria Lopez on the help chat, she nailed it."),
  ])
  func fires(id: String, rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test(arguments: [
    ("profanity", 5, "Super kurtka, very warm and light, my husband like it"),
    ("escalate.wrong_item", 5, "I order the large every time, it fits perfect"),
    ("escalate.not_received", 5, "I never receive so many compliments on a jacket"),
    ("integrity.insider", 5, "I am working in my garden with these boots every day"),
    ("escalate.review_tampering", 5, "If I change to the bigger size they give free shipping"),
    ("escalate.account_compromised", 5, "Someone have my old boots, these are better"),
    ("service.damage_minor", 5, "The frame is break-resistant, loved it from first use"),
    ("irrelevant.not_used_yet", 5, "It is not open yet but I looked at the bag, nice"),
    ("price.actual", 5, "Putting my two cents in: it fits great and the navy is lovely"),
    ("price.actual", 5, "caught it on sale under a hundred bucks and it is more than worth it"),
    ("price.actual", 5, "several hundred dollars dress should meet these needs"),
    ("price.actual", 5, "looks like a million bucks"),
    ("price.actual", 1, "not worth one dollar"),
    ("price.actual", 5, "Got twenty dollars off with the code, warm jacket"),
    ("escalate.damaged", 2, "Came with the stuff sack and a spare guyline, pitched in ten minutes"),
    ("service.cancelled_or_out_of_stock", 4,
      "The rain called off our hike so I wore it around town, really warm"),
    ("service.frustration_no_cta", 2,
      "Tent leaks. I asked on your chat and they were lovely, they sent a patch"),
    ("escalate.never_again", 5, "I will never buy from another brand, this tent is the one"),
    ("escalate.never_again", 5, "I will never be ordering from anyone else, this tent is the one"),
    ("escalate.never_again", 5, "Never ordering from any other shop now, the boots are perfect"),
    ("integrity.insider", 5, "My wife is on the school board and loved this tent"),
    ("pii.full_name", 5,
      "Asked Maria on the help chat which size to get and she nailed it. Fits over a fleece."),
  ])
  func doesNotFire(id: String, rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains(id))
  }
}
