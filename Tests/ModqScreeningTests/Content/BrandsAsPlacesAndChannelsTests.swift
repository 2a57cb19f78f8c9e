import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fourth session's third and fourth rounds (blind batches u349-u356: animals,
/// night hikes, couples who disagree, sellers and influencers, money trouble, a heatwave, a
/// second language, the week before Christmas; u357-u364: health and access, other shops,
/// angry reviews, very short reviews, people, a spring weekend, numbers, unboxing). A brand
/// name that is also a place, family who steal the product, the bank's own fraud check, free
/// gear for a channel, a CPF written with dots, a negation that stops at a dash, and the
/// innocent reviews each change was read against.
@Suite struct BrandsAsPlacesAndChannelsTests {
  @Test(arguments: [
    ("pii.full_name", 5, "SKU-601",
      "Great bottle, the lid welds are clean.\n\n- Dana Whitcombe, Whitcombe Canvas Co."),
    ("pii.id_number", 4, "SKU-401", "My CPF is 529.982.247-25."),
    ("pii.id_number", 4, "SKU-401",
      "I put here my CPF because the site don't have field for it and I need it for nota "
        + "fiscal: 529.982.247-25. Obrigado."),
    ("integrity.incentivized", 5, "SKU-701",
      "Northpeak sent me a free 3-pack to review on my horse riding channel. Warm, soft."),
    ("integrity.feedback_exchange", 5, "SKU-701",
      "Northpeak left my little handmade shop a lovely 5-star review last month, so here's 5 "
        + "stars right back. Good socks too."),
    ("irrelevant.not_used_yet", 4, "SKU-102",
      "Just came today, Juno already sniffed every strap and approved. Haven't had it out on "
        + "the trail yet because of the snow, will update after our first overnight together."),
    ("irrelevant.not_used_yet", 5, "SKU-202",
      "Box just landed!! Haven't even cut the tape yet, full unboxing going live on my channel "
        + "Sunday."),
    ("irrelevant.not_used_yet", 5, "SKU-302",
      "Arrive today. I don't open yet because is for my husband birthday on Saturday."),
    ("price.generic_only", 5, "SKU-601", "Bargain with the 20% code!!"),
    ("price.generic_only", 5, "SKU-501", "Great deal!! 40% off for Christmas 🎁🎁"),
    ("test.review", 3, "SKU-101",
      "test - checking whether the promo code field breaks the review form. pls ignore"),
    ("escalate.frustration_cta", 2, "SKU-501",
      "Box was missing the USB-C cable. I messaged support 4 days ago and nobody answered - "
        + "when are you sending the cable??"),
    ("service.damage_minor", 3, "SKU-801",
      "One pole came with a scratch in the paint near the grip, kinda annoying for brand new "
        + "gear but they work fine and I'm keeping them."),
    ("legal.threat", 1, "SKU-801",
      "I swear if I ever run into whoever designed these locks I'll snap one over their head."),
    ("price.generic_only", 4, "SKU-701", "Good deal, cheaper than anywhere else online!!"),
    // A price paid for a holiday stays a price ("off for christmas" is the discount).
    ("price.actual", 5, "SKU-601", "Bought it for $89 for Christmas, great bottle."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    (5, "SKU-701",
      "MY HUSBAND STEALS THESE FROM MY DRAWER. THAT IS THE REVIEW. buy two packs if ur married "
        + "lol"),
    // The bank's check of this purchase, put right (u353-16 was escalated).
    (4, "SKU-402",
      "Card kept getting declined at checkout, turns out my bank flagged it as fraud bc I "
        + "literally never buy anything online lol. One call and it was sorted. Shoes: grippy, "
        + "light, a little narrow in the toe box."),
    // A difference already paid back is no ask (a genuine review was escalated on a first
    // version of u348-11's fix).
    (5, "SKU-501",
      "It went on sale and the store was nice enough to give me the difference back."),
    (5, "SKU-501",
      "Price dropped a week later and I was able to get the difference back, great store."),
    (5, "SKU-601", "Great bottle.\n- Outdoor Gear Co."),
    (5, "SKU-601", "My passport number? Not telling. The bottle holds 1.5 liters."),
    (5, "SKU-302", "Pull it over your head and the hood stays put, great hoodie."),
    (5, "SKU-302", "Got an email saying it shipped, came 2 days later, love the hoodie."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }

  /// "ridgeline approved" over a body that walks "the whole ridgeline loop" names the place
  /// (u349-48 was held as another brand); the brand written as the brand still fires.
  @Test func aBrandWordUsedAsAPlaceIsThePlaceInTheTitleToo() throws {
    let place = try ContentFixture.criteria(
      "Did the whole ridgeline loop over two days with my border collie and this pack rode "
        + "like a dream.", rating: 5, title: "ridgeline approved", product: "SKU-102")
    #expect(place.isEmpty, "\(place)")
    let brand = try ContentFixture.criteria(
      "Took it on the ridgeline loop. The RidgeLine pack I had before was comfier than this "
        + "one.", rating: 4, title: "ridgeline vs this", product: "SKU-102")
    #expect(brand.contains("other_product.similar_brand"), "\(brand)")
    // u359-27 was held: "under" names the place as "on" and "along" do.
    let under = try ContentFixture.criteria(
      "Camped just under the ridgeline the night before our summit push. The Basecamp stayed "
        + "standing.", rating: 3, product: "SKU-202")
    #expect(under.isEmpty, "\(under)")
  }

  /// The packing slip of someone else's order, with all that was ordered in the box, is no
  /// wrong item (u364-14 was escalated); with something missing it still is.
  @Test func anotherOrdersSlipWithEverythingThereIsNoWrongItem() throws {
    let all = try ContentFixture.criteria(
      "The packing slip listed someone else's order. Everything I ordered was in there.",
      rating: 2, product: "SKU-701")
    #expect(!all.contains("escalate.wrong_item"), "\(all)")
    let missing = try ContentFixture.criteria(
      "The packing slip listed someone else's order and my shoes were missing.", rating: 2,
      product: "SKU-402")
    #expect(missing.contains("escalate.wrong_item"), "\(missing)")
  }

  /// "not a single" reaches its noun ("scratch", before an em dash that ends the clause),
  /// and a curly quote stops no negation (the dash that does is in `fires`: "nobody answered
  /// - when are you sending the cable??").
  @Test func negationsReachTheirNoun() throws {
    let single = try ContentFixture.criteria(
      "Not a single scratch—the tent arrived perfect.", rating: 5, product: "SKU-201")
    #expect(single.isEmpty, "\(single)")
    let quoted = try ContentFixture.criteria(
      "It did not arrive ‘broken’ as the courier claimed, it was fine.", rating: 5,
      product: "SKU-201")
    #expect(!quoted.contains("escalate.damaged"), "\(quoted)")
  }
}
