import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-third session's first round (blind batches u306-u313: phones and voice, numbers,
/// injuries, links, small gear, a ski-season day, older shoppers, humour). Threats told as
/// what will happen to a person ("make sure he limps too"), insults before the person
/// ("Whatever halfwit engineer"), after a comma ("learn some manners, loser") and to another
/// reviewer; a negation that reached over a comma ("Do not buy, total waste"), "Avoid." as a
/// whole sentence; frustration aimed at the store beside product talk; a story of the delivery
/// in many words of its own; a grandson's and a call-centre worker's full names; "219 N.
/// Division St". And the innocent reviews each change was read against.
@Suite struct JokesInjuriesAndOlderShoppersTests {
  @Test(arguments: [
    ("legal.threat", 1, "SKU-501",
      "headlamp got hot enough to leave a red burn mark on my forehead. the rep on the phone who "
        + "told me 'thats normal' is getting a brick through his window, count on it"),
    ("legal.threat", 1, "SKU-901",
      "Whoever designed this valve, if I ever find you I am going to hold your hand over the "
        + "burner so you know exactly how it feels."),
    ("legal.threat", 1, "SKU-402",
      "The guy at your counter who swore they'd be fine for a marathon - next time I see him "
        + "I'm going to make sure he limps too."),
    ("legal.threat", 3, "SKU-102",
      "Dave, buddy, if I ever see you at the store I'm stuffing you in this 45L pack and "
        + "zipping it shut, and nobody is ever finding you. lol. not lol."),
    ("legal.threat", 4, "SKU-901",
      "Gary, next time you open your mouth about it I'm lighting your fence with this thing. "
        + "Consider this your warning."),
    ("legal.harassment", 1, "SKU-901",
      "Whatever halfwit engineer signed off on these tiny pot supports is an embarrassment to "
        + "his whole family."),
    ("legal.harassment", 5, "SKU-401",
      "maybe the shoe isn't the problem, maybe you're just a bunch of clueless hobbits who "
        + "can't read a size chart."),
    ("legal.harassment", 4, "SKU-302",
      "love the hoodie, warm as a hug. the guy at the pickup counter though?? learn some "
        + "manners, loser"),
    ("legal.harassment", 4, "SKU-101",
      "Reply to MountainMom77: your review is as useless as you are."),
    ("legal.harassment", 4, "SKU-101", "Nobody cares, go touch grass you sad old bat."),
    ("consistency.rating_mismatch", 5, "SKU-901",
      "Sputters like a dying dragon, takes forever to boil, and the igniter quit on the third "
        + "trip. Do not buy, total waste of pack space."),
    ("consistency.rating_mismatch", 5, "SKU-601",
      "leaks. full stop. one tip in my bag and my spare clothes went for a swim. the lid never "
        + "seals properly no matter how hard I crank it. avoid."),
    ("consistency.rating_mismatch", 5, "SKU-901",
      "Stove would not stay lit in wind and cold, sputtered out every time we tried. Ended up "
        + "eating cold beans on a snowshoe overnight. Avoid."),
    ("consistency.rating_mismatch", 1, "SKU-301",
      "THIS JACKET SLAYS. Hiked 6 hours in sideways rain and came home bone dry. Obsessed, "
        + "already buying one for my mum."),
    ("service.frustration_no_cta", 1, "SKU-602",
      "ordered this filter 2 weeks before my trip and the order just sat on processing for 9 "
        + "days. filter works fine now that it finally came but wow, so frustrated with this "
        + "store"),
    ("service.frustration_no_cta", 2, "SKU-801",
      "I wrote to Northpeak twice about the flick locks slipping and got nothing but an "
        + "automated reply. The poles are light and comfortable otherwise. Really disappointed "
        + "in how this shop treats its customers."),
    ("service.frustration_no_cta", 2, "SKU-301",
      "I clicked large by accident, called within the hour to change it and was told it was "
        + "'too late'. So now I'm stuck doing a return. Frustrating way to treat a longtime "
        + "customer."),
    ("irrelevant.shipping_service", 5, "SKU-301",
      "The delivery driver got the box up our unplowed road to the cabin in the middle of a "
        + "blizzard. Packed really well, everything dry. Hats off to whoever does the shipping, "
        + "excellent service."),
    ("pii.full_name", 5, "SKU-301",
      "I bought this jacket for my grandson Jackson Whitfield Reyes for his Eagle Scout trip."),
    ("pii.full_name", 5, "SKU-901",
      "Want to give a big thank you to Brenda Kowalczyk at your call center."),
    ("pii.address", 5, "SKU-101",
      "Any of the girls from my quilting circle, we meet at my house, 219 N. Division St, "
        + "Thursday at 2."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    // "screw you" as a noun and a clause.
    (4, "SKU-801",
      "One of the flick locks loosened on day 2, but there's a tiny screw you can tighten with "
        + "a coin, found it in a reddit thread. Been solid ever since."),
    // The daypack is where the bottle goes.
    (5, "SKU-601",
      "Fits snug in the side pocket of my RidgeLine 30L daypack and doesn't fall out when I "
        + "bend over. Coffee is still hot at lunch."),
    (3, "SKU-201", "Forgot the stakes at home, idiot. Tent itself is fine."),
    (5, "SKU-701", "Helps avoid blisters and sore feet on long days."),
    (5, "SKU-402", "No blisters, great shoes."),
    (3, "SKU-701",
      "Brought this to the white elephant swap at work and it got stolen 3 times, so I guess it "
        + "was popular lol. Would be 5 stars if it came in a nicer envelope."),
    (5, "SKU-101", "perfect lil bag 👌"),
    (4, "SKU-402", "Love the shoes, grippy and light. Shipping was slow, a bit annoying."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }

  /// "tip came loose, my fault": the customer's own slip, told in the title over a damage in
  /// the body, is no damage to report.
  @Test func aSlipOwnedInTheTitleIsNoDamage() throws {
    let found = try ContentFixture.criteria(
      "One of the rubber tips came off on the first hike, found it in the grass. I just hadn't "
        + "pushed it on all the way. It's stayed on for 3 more hikes since.",
      rating: 4, title: "tip came loose, my fault", product: "SKU-801")
    #expect(found.isEmpty, "\(found)")
  }

  /// "a face like a slapped ham" is no noun after an article: the phrase still fires.
  @Test func aPhraseAfterAnArticleStillFires() throws {
    let found = try ContentFixture.criteria(
      "that guy is a gormless dork with a face like a slapped ham", rating: 2, product: "SKU-101")
    #expect(found.contains("legal.harassment"), "\(found)")
  }
}

/// The first round's second fixes: "gr8" as "great", a discount code for writing the review,
/// a stranger holding the customer's details, the money asked after, a colour "asked for"
/// and another sent, with "can u swap it pls".
@Suite struct CodesStrangersAndSwapsTests {
  @Test(arguments: [
    ("price.generic_only", 5, "SKU-701", "gr8 price"),
    ("integrity.incentivized", 4, "SKU-801",
      "The brand gave me a 40% off code for writing this, so there's that. Poles are light, "
        + "locks are solid."),
    ("escalate.account_compromised", 1, "GC-TM-50",
      "It went to a totally different person and the card email showed my home address. So "
        + "now some stranger has my personal details?? I'm really worried what else of my info "
        + "is out there."),
    ("escalate.frustration_cta", 1, "SKU-401",
      "I returned the boots in MAY and I still have not seen the refund on my Visa. It is now "
        + "July. Can someone please tell me when the money is coming back"),
    ("escalate.wrong_item", 2, "SKU-301",
      "asked for the Stormshell in navy, got one in orange. can u swap it pls"),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    (5, "SKU-701", "gr8 socks, warm and soft, no blisters after a long day"),
    (5, "SKU-301", "I asked for advice in the shop and got a great jacket. Love it."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
