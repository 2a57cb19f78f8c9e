import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-second session's first round (blind batches u287-u290: other brands and other
/// products, reviews that say little, angry customers, a late-autumn day). Threats told by
/// what the writer knows ("I know what car he drives ... he's going to get what's coming to
/// him") or by a visit ("once more I'm driving to your office"); a people pointed at by where
/// a product is made, or said to "ruin everything"; insults with a choice ("either a paid
/// shill or a complete moron"), "con man", "brainless monkey"; extortion by a group of friends
/// or "this stays at 2 stars"; "Costs 39.95"; "way too expensive"; other products told by
/// their parts ("flip locks", "cork grips", "pot supports", "dirty bag"), and a product
/// clipped "onto my hat"; "hasn't been unwrapped"; a website that makes ordering an ordeal;
/// sarcasm no praise means ("if you enjoy blisters", "its own indoor pool").
@Suite struct AngryCustomersAndOtherProductsTests {
  @Test(arguments: [
    ("legal.threat", 1, "SKU-801",
      "Derek at the returns counter laughed in my face when I brought the poles back. I know "
        + "what car he drives and where he parks it. He's going to get what's coming to him."),
    ("legal.threat", 1, "SKU-801",
      "Your call centre people hung up on me three times today. If that happens once more I'm "
        + "driving to your office and someone is going to get hurt."),
    ("legal.hate", 1, "SKU-602",
      "Customer service is all foreigners who barely speak English. They ruin everything they "
        + "touch."),
    ("legal.hate", 1, "SKU-602",
      "Of course the filter is junk, look where it's made. Those people are thieving rats, the "
        + "whole lot of them."),
    ("legal.harassment", 1, "SKU-701",
      "To HikerMom77: you're either a paid shill or a complete moron, probably both."),
    ("legal.harassment", 1, "SKU-801",
      "The owner of this shop is a pathetic little con man."),
    ("legal.harassment", 1, "SKU-801",
      "everyone in his warehouse is a brainless monkey who can't pack a box"),
    ("integrity.extortion", 1, "SKU-701",
      "Northpeak sends me three free pairs of the merino socks this week, or me and my six "
        + "friends leave one star on every single product you sell."),
    ("integrity.extortion", 2, "SKU-102",
      "Send me a free Basecamp 4P and I'll change this to 5 stars. Don't, and this stays at 2 "
        + "stars."),
    ("escalate.never_again", 1, "SKU-601", "Last time Northpeak gets a single cent from me. Done."),
    ("price.actual", 4, "SKU-901", "Costs 39.95 and works great for boiling water."),
    ("price.generic_only", 2, "SKU-401", "way too expensive"),
    ("consistency.wrong_product", 5, "SKU-701",
      "These poles are great, flip locks are solid and the cork grips dont get sweaty."),
    ("consistency.wrong_product", 5, "SKU-701",
      "Super bright, 400 lumens lit up the whole trail and the red mode is handy. Battery "
        + "lasted two nights on medium. Clips right onto my hat."),
    ("consistency.wrong_product", 3, "SKU-302",
      "Filter works ok but the dirty bag leaks at the seam where the hose connects. Water "
        + "tastes clean tho"),
    ("consistency.wrong_product", 4, "GC-TM-50",
      "the stove lights easy with the piezo and boils fast but the pot supports are tiny"),
    ("irrelevant.not_used_yet", 4, "SKU-701",
      "Its a christmas present for my son so I can't say much yet, hasn't been unwrapped."),
    ("irrelevant.not_used_yet", 5, "SKU-101",
      "I receive yesterday, not use yet. i write again after camping with family"),
    ("service.frustration_no_cta", 1, "SKU-101",
      "Your website logged me out and emptied my cart four times. Took over an hour just to "
        + "place one order. Honestly so frustrating."),
    ("service.frustration_no_cta", 1, "SKU-101",
      "The website logged me out twice during checkout. Buying anything here is an ordeal."),
    ("unclear.cynical", 1, "SKU-701", "Great socks if you enjoy blisters. 10/10 would bleed again."),
    ("unclear.cynical", 1, "SKU-201",
      "Wow, a 'waterproof' tent that comes with its own indoor pool after 20 minutes of rain."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    (4, "SKU-601",
      "Keeps my coffee hot through an entire shift, and it survived a fall off the tailgate "
        + "with just a small scuff."),
    (5, "SKU-601", "my son is a cheeky little monkey and he loves this bottle"),
    (4, "SKU-401", "You're either a size 9 or a 10 in these, they run true."),
    (2, "SKU-801",
      "If the lock slips once more on a descent someone is going to get hurt. Needs a better "
        + "clamp."),
    (5, "SKU-601",
      "next time my brother borrows it without asking he'll get what's coming to him lol"),
    (4, "SKU-401", "If you don't like heavy boots this stays at home and you take the runners."),
    (4, "SKU-401", "Look where it's made, Portugal. Those people know leather, great stitching."),
    (5, "SKU-302", "Warm hoodie, I clip my headlamp onto the hood strap at night."),
    (5, "SKU-701",
      "Paid member of the hiking club, everyone there is a sock snob and they all love these."),
    (4, "SKU-901",
      "the stove lights easy with the piezo and boils fast but the pot supports are tiny"),
    (5, "SKU-801", "These poles are great, flip locks are solid and the cork grips dont get sweaty."),
    (4, "SKU-701", "Not great if you like blisters, but mine were fine after 20 miles."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
