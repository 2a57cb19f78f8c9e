import Testing

@testable import ModqScreening

/// The nineteenth session's last two rounds of blind batches: u117, an ordinary Thursday's
/// queue; u118 and u122, precision probes (all publish); u119, ratings against text in plain
/// words; u120, reviews from guides, thru-hikers and staff ("I pick and pack in the Northpeak
/// warehouse", "I rep Kestrel lighting"); u121, an ordinary Friday; u123, escalations in
/// plain words ("Order says delivered on the 14th. It was not."); u124, money and orders;
/// u125-u128, one more everyday mix, two precision probes and escalations against their
/// look-alikes ("bracing for it to be dead on arrival ... but nope"). Each form fires, and
/// the nearest innocent text does not.
@Suite struct ExpertsAndVowsTests {
  @Test(arguments: [
    ("integrity.insider", 5, "SKU-101",
      "Full disclosure I pick and pack in the Northpeak warehouse so I've handled thousands of these lol."),
    ("integrity.insider", 5, "SKU-501",
      "I rep Kestrel lighting to shops around the Rockies so take this with a grain of salt."),
    ("competitor.mention", 4, "SKU-402",
      "GearHub had the exact same pair for less and they give you 60 days for returns, so honestly just grab them over there."),
    ("escalate.frustration_cta", 1, "SKU-202",
      "I sent the tent back 3 weeks ago. Your own tracking shows it got to you on the 4th. Still nothing back on my card. When is that actually going to happen?"),
    ("escalate.never_again", 1, "SKU-402", "Won't be getting another order from me, Northpeak."),
    // A signature with a job after it, on its own line or after a comma.
    ("pii.full_name", 5, "SKU-602",
      "Filtered for 10 kids without clogging.\n\nHarold Jenkins\nScoutmaster, Troop 214"),
    ("pii.full_name", 5, "SKU-602", "Highly recommend for any group leader.\n\n— Dana Whitcomb, lead instructor"),
    ("escalate.not_received", 1, "SKU-101",
      "Order says delivered on the 14th. It was not. Checked with the neighbors, and my porch cam shows nobody all day."),
    ("escalate.not_received", 1, "SKU-201", "5 weeks now. tracking just says label created 🙃"),
    ("escalate.damaged", 1, "SKU-201",
      "Set it up in the backyard and one of the pole sections splintered at the joint. First time it was ever out of the bag."),
    ("escalate.never_again", 1, "SKU-101",
      "canceled my return request without telling me. last time this shop gets a cent out of me."),
    ("integrity.incentivized", 5, "SKU-501",
      "Full disclosure, Kestrel shipped me this one for nothing and in return I just had to post my thoughts here after a week."),
    ("consistency.wrong_product", 4, "SKU-601",
      "Worth the splurge. Pitches in minutes, the rainfly kept us dry all weekend."),
    ("integrity.insider", 5, "SKU-801",
      "I'll be upfront, I'm on staff at a Northpeak shop so take this with a grain of salt."),
    ("escalate.account_compromised", 1, "SKU-402",
      "Two days after I checked out here my bank started texting me about purchases in another country on the card I used."),
    ("escalate.review_tampering", 2, "SKU-402",
      "A week later someone from the store emailed offering to refund my shipping if I'd \"reconsider my rating\"."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // A vow to give up the product is no vow to leave the store.
    ("escalate.never_again", 5, "SKU-402",
      "Lasted about 150 miles before the foam went flat. Won't be getting another pair."),
    // "nowhere near good enough" is no parcel gone missing.
    ("escalate.not_received", 1, "SKU-301",
      "Soaked through at the shoulders in two hours. For a storm shell this is nowhere near good enough."),
    ("pii.full_name", 5, "SKU-602", "Great filter.\nHighly Recommended\nThanks All"),
    // A fear that did not come true, a wrong size already put right, a trail and a campsite.
    ("service.damage_minor", 5, "SKU-501",
      "I was kind of bracing for it to be dead on arrival after my last couple cheap headlamps, but nope. Bright, comfy strap."),
    ("escalate.wrong_item", 5, "SKU-401",
      "They sent a 9 instead of a 10 at first, I mentioned it in chat and the right pair was here in 3 days. Comfy right out of the box."),
    ("other_product.similar_brand", 3, "SKU-402",
      "I ran the Ridgeline loop above town right after rain and felt locked in on the descent."),
    ("price.actual", 3, "SKU-202", "Held up fine in the wind at Lake Tahoe, site 42 ($40 a night, ouch)."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
