import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-fourth session's first two rounds (blind batches u333-u340: beginners, reviews
/// typed on a phone, comparisons, returns and exchanges, a winter trip, professionals, a
/// delivery week, an ordinary day; u341-u348: travel, quoted product pages, a bad week for the
/// store, students, gifts, the trail kitchen, long reviews, a sale weekend). Typed shorthand, a
/// parcel locker, a past order compared, a job title after a signature, weather at 1 star, an
/// ask put to other shoppers, a price dropped after the order, and the innocent reviews each
/// change was read against.
@Suite struct ReturnsLockersAndProfessionalsTests {
  @Test(arguments: [
    ("irrelevant.not_used_yet", 4, "SKU-201",
      "just came in havnt had a chance to set it up yet will update after camping next wknd"),
    ("irrelevant.not_used_yet", 4, "SKU-301",
      "Swapped the small for a medium, new one came today. Haven't even taken the tags off yet, "
        + "will update after the weekend."),
    ("service.frustration_no_cta", 2, "SKU-401",
      "took 3 wks n 4 emails just to get this shipped. so over it honestly"),
    ("service.frustration_no_cta", 2, "SKU-102",
      "Three 'sorry we missed you' cards this week while I was sat at home all day. I ordered "
        + "from Northpeak specifically because I thought it would be quicker than the big sites. "
        + "Honestly fed up."),
    ("escalate.never_again", 1, "SKU-401",
      "3rd order in a row thats shown up a week late. ive had it. not giving northpeak another "
        + "dime ever"),
    ("escalate.not_received", 1, "SKU-201",
      "App says the tent went into the parcel locker at the petrol station on Tuesday. Went "
        + "there with the code, the door popped open and the compartment was empty."),
    ("integrity.incentivized", 5, "SKU-501",
      "Our guide service got this headlamp free from the brand's pro program on the condition "
        + "that we post a review, so here it is: bright, light, good battery life."),
    ("price.generic_only", 5, "SKU-701", "What a bargain!! Cheap as chips in the sale 😄"),
    ("irrelevant.shipping_service", 5, "SKU-402",
      "Ordered Monday night, it was in the parcel locker by Wednesday morning. Code came by "
        + "text, box was taped up properly."),
    ("irrelevant.shipping_service", 5, "SKU-301",
      "Printed the label at home, dropped the box at the post office, refund was back in 3 "
        + "days."),
    ("pii.full_name", 5, "SKU-401",
      "Eleven weeks of teaching mountaineering basics and these are still going strong.\n\n"
        + "— Brianna Okafor, AMGA Rock Guide"),
    ("escalate.frustration_cta", 2, "SKU-501",
      "Price dropped another 20% the day after I bought it. Kinda annoyed. Can I get the "
        + "difference back?? Who do I even contact about this?"),
    ("service.frustration_no_cta", 2, "SKU-602",
      "Took three tries to get my discount code to work and the site kept emptying my cart. "
        + "Really annoying experience with this store, not gonna lie."),
    ("irrelevant.not_used_yet", 4, "SKU-602",
      "It's sitting in the box in my closet until his birthday so I can't say how it works "
        + "yet. Looks solid though. I'll come back and update once he's used it!"),
    ("pii.full_name", 5, "SKU-101",
      "Order got mixed up with someone else's at first but Priya Raman in customer care "
        + "sorted it in one phone call. The daypack is perfect for commuting."),
    ("pii.full_name", 5, "SKU-602",
      "Our troop used this on a week-long summer camp and it kept 12 kids in clean water.\n\n"
        + "- Daniel Okafor, Troop 214 Scoutmaster"),
    ("consistency.rating_mismatch", 1, "SKU-202",
      "Ran our youth outdoor program out of two of these all summer. Roomy, stood up to a "
        + "couple of nasty afternoon storms, zero leaks, and the kids could pitch it themselves "
        + "by week two. Would buy again in a heartbeat."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  /// An ask to the store beside one to other shoppers still escalates.
  @Test func anAskToTheStoreStillEscalates() throws {
    let found = try ContentFixture.criteria(
      "Lid cracked after a week. If anyone at the store reads these, replacement please.",
      rating: 1, product: "SKU-601")
    #expect(found.contains("escalate.frustration_cta"), "\(found)")
  }

  @Test(arguments: [
    // A past order compared is no vow (u335-40 was escalated as one).
    (5, "SKU-302", "Way better than my last order with you guys, and the hoodie fits perfectly."),
    // A size swapped, then worn: used.
    (5, "SKU-301",
      "Swapped the medium for a large and wore it all week skiing. Haven't washed it yet."),
    (5, "SKU-301",
      "Exchanged the medium for a large, wore it hiking all weekend. Haven't tried the hood in "
        + "rain yet."),
    (4, "SKU-102",
      "Bought it for hiking, took it up Mt Si twice. Haven't tried it in the rain yet."),
    // A job after a name that is no signature, and a signature with no name.
    (5, "SKU-401", "Brianna Okafor, our AMGA Rock Guide, recommended them. Great boots."),
    (5, "SKU-401", "Great boots for the trail.\n— Sunday Trail Runner"),
    // Weather beside a complaint at 2 stars stays mixed.
    (2, "SKU-201",
      "Nasty afternoon storms, the tent held up great. Two stars because the zipper sticks."),
    (5, "SKU-701", "Cheap as chips but they wore through at the heel in a month."),
    (5, "SKU-101", "Ordered from Northpeak, please add more colours!"),
    (2, "SKU-401", "so over it. these boots gave me blisters from day one."),
    // An ask put to other shoppers (u346-45 was escalated), and the store's names kept apart.
    (4, "SKU-601",
      "Gasket's getting a little loose after a year though, if anyone knows where to get a "
        + "replacement please let me know"),
    (5, "SKU-101", "Price dropped so I grabbed two. Love them, the pockets are perfect."),
    (4, "SKU-201",
      "Arrived with the poles sitting in the box loose, set it up twice already and it's great."),
    (5, "SKU-101", "Great pack for our troop.\n- Daniel, Troop 214 Scoutmaster"),
    (5, "SKU-101", "Jane at the desk took good care of me. Great pack."),
    (2, "SKU-101", "Really annoying experience with the zipper, it sticks every time."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }
}
