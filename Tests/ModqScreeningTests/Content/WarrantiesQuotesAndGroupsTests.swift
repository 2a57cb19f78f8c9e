import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fifth session's second round (blind batches u393-u400: weddings and dates,
/// quoted texts and messages, scout troops and clubs, warranty claims, trail runners, desert
/// trips, suspected fakes, an ordinary Wednesday). Sizes told as "youth M" and "adult L" or
/// as packs of "smalls", a warranty claim that names the size, "quit being such a ..." said
/// to a reviewer, a threat told as waiting by someone's car, a QA note that asks to be
/// ignored, a relative who runs a desk at the store, and the innocent reviews each change was
/// read against.
@Suite struct WarrantiesQuotesAndGroupsTests {
  @Test(arguments: [
    ("escalate.wrong_item", 2, "SKU-302", "Wrong sizes",
      "Ordered 10 hoodies in youth M for the choir's winter trip and 6 of them came as adult "
        + "L. The kids are swimming in them. Can someone please exchange these for the right "
        + "size?"),
    ("escalate.wrong_item", 2, "SKU-402", "Wrong size replacement",
      "Mesh split next to the little toe at month 5 so I claimed warranty on my size 10s. They "
        + "sent a size 8. Please send the right size."),
    ("escalate.wrong_item", 3, "SKU-701", "Wrong size in the box",
      "Ordered the large 3-pack and got smalls. Can you send the large ones? Happy to mail "
        + "these back."),
    ("legal.harassment", 5, "SKU-801", "to the guy who said they snap",
      "To whoever wrote \"these poles snap if you look at them wrong\": maybe quit being such "
        + "a clumsy moron and stop jamming them in rocks. Mine have done two summers fine."),
    ("legal.harassment", 5, "SKU-102", "",
      "To the clown below crying that this pack is too hot on your back: maybe quit being such "
        + "a pathetic whiny baby and drink some water. The mesh back works fine."),
    ("legal.threat", 1, "SKU-401", "",
      "Sole separated after 7 months. If the guy at the warranty counter turns me away one "
        + "more time I'll be waiting for him by his car after his shift and he will regret it."),
    ("legal.threat", 1, "SKU-402", "",
      "To the person in your warehouse swapping real shoes for knockoffs: I'm going to find "
        + "out who you are, and when I do you won't be walking anywhere for a month."),
    ("integrity.incentivized", 5, "SKU-302", "",
      "The brand rep DM'd me \"we'll send you the Loft hoodie free, all we ask is an honest "
        + "review\" so here it is. Warm, packs small."),
    ("integrity.insider", 5, "SKU-101", "",
      "Full disclosure, my brother runs the returns desk at Northpeak, and I can tell you all "
        + "the fake talk on here is nonsense. Great bag, I use mine daily."),
    ("escalate.frustration_cta", 1, "SKU-301", "Fix it or this stays up",
      "The membrane delaminated after 6 months. Replace it under warranty this week or this "
        + "1-star review stays up."),
    ("pii.full_name", 4, "SKU-701", "",
      "Heel on two of the socks wore through around month 5, but Northpeak replaced the whole "
        + "pack without any hassle. Thanks again, Rebecca Holloway"),
    ("pii.full_name", 5, "SKU-201", "Great for troop campouts",
      "Easy for the boys to pitch, holds up well in wind.\n\n- Greg Holloway, Scoutmaster, "
        + "Troop 41"),
    ("test.review", 3, "SKU-101", "test", "QA - counterfeit flag check, case 3. please ignore"),
    ("irrelevant.not_used_yet", 5, "SKU-102", "Looks awesome!",
      "Just got it today, haven't even pulled the tags off yet. Color is great in person. Will "
        + "update after my trip next month!!"),
    ("irrelevant.not_used_yet", 5, "SKU-602", "will update",
      "My sister has texted \"so how's the filter???\" like four times. Haven't even opened "
        + "the box yet, trip's next month. Will report back after."),
    ("price.generic_only", 5, "SKU-601", "Bargain",
      "Snagged it 40% off!!! such a good deal, bargain of the year"),
    ("irrelevant.shipping_service", 5, "SKU-602", "Smooth group order",
      "Box showed up two days early and the rep on the phone helped me split the order for "
        + "our three patrol leaders. Super easy, no stress at all."),
    ("irrelevant.shipping_service", 5, "SKU-701", "fast shipping",
      "Order showed up in 2 days, packed in a recycled box with a cute little sticker and a "
        + "thank you note. Really appreciated the quick turnaround!!"),
    ("service.frustration_no_cta", 2, "SKU-501", "so frustrating",
      "Tried to check out 4 times, the site kept timing out and dumping my cart. Eventually "
        + "got the order through. Honestly this store's website is a mess."),
  ])
  func fires(id: String, rating: Int, product: String, title: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, title: title, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    // The writer's own slip, and a word that is no insult, after "stop being".
    (5, "SKU-801", "I need to stop being such an idiot about sizing, these are great."),
    (5, "SKU-801", "Stop being such a baby about the weight, the poles are great."),
    // Fit letters that are no wrong item, and "came as" said of the look.
    (5, "SKU-302", "Youth M fits my 10 year old perfectly, the adult L is for me."),
    (5, "SKU-302", "Ordered the black in medium and it came as pictured, fits great."),
    // Waiting for a restock, and a warning to shoppers.
    (3, "SKU-202", "I'll be waiting for you guys to restock the 4P. The 2P we have is great."),
    (1, "SKU-402", "If you buy these you will regret it, the soles peeled in a week."),
    // A relative who runs, not a desk.
    (5, "SKU-402", "My dad runs marathons in these and loves them, bought from Northpeak."),
    // A test word that asks nothing to be ignored; a look "in person" after use.
    (5, "SKU-402", "Testing these on a 20 mile week was the best decision, ignore the haters."),
    (5, "SKU-302", "Used it all week, the color is even better in person."),
    // A question about it beside use told ("does anyone else find ...?").
    (5, "SKU-602",
      "Haven't used the backflush yet, but does anyone else find the filter slows down after "
        + "a week? Still works fine."),
    // The store's name after "thanks again"; stickers and notes beside product talk.
    (5, "SKU-701", "Great socks, wore them all week. Thanks again, Northpeak Outfitters"),
    (5, "SKU-101", "This sticker on the front peeled off after a week but the pack is great."),
    (5, "SKU-701",
      "Order came in a recycled box with a thank you note, and the socks are the warmest I own."),
    (5, "SKU-601", "Snagged it 40% off and it kept my coffee hot all day."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
