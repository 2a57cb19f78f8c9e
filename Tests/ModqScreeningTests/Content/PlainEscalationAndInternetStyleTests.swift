import Testing

@testable import ModqScreening

/// The nineteenth session's third round of blind batches: u101, an ordinary Sunday's queue;
/// u102, harsh reviews ("What a f.u.c.k.i.n.g joke"); u103, escalations told in plain words
/// ("nothing ever came", "if I 'revised' it to 5 stars"); u104, internet style ("#dealalert",
/// "#gifted"). Each form fires, and the nearest innocent text does not.
@Suite struct PlainEscalationAndInternetStyleTests {
  @Test(arguments: [
    // A spelled-out word after "a" is rejoined without it.
    ("profanity", 1, "SKU-302", "What a f.u.c.k.i.n.g joke, soaked through in light rain."),
    // "2 miles into the trail" is how far into a first outing, not wear.
    ("escalate.damaged", 1, "SKU-101",
      "Hipbelt buckle snapped the very first time I cinched it down, 2 miles into the trail."),
    ("escalate.damaged", 1, "SKU-901",
      "first time i lit it the valve started hissing and flame shot up the side of the canister. shut it off right away."),
    ("escalate.not_received", 1, "SKU-201",
      "Tracking has said 'label created' for 16 days and nothing ever came."),
    ("escalate.not_received", 1, "GC-TM-50",
      "Bought this as a birthday present, the code was supposed to be emailed within the hour. Checked spam, it's been five days."),
    ("escalate.review_tampering", 1, "SKU-301",
      "Today I get a message from them saying they'll put store credit on my account if I \"update my feedback to reflect the resolution\"."),
    ("escalate.review_tampering", 2, "SKU-101",
      "After I left a so-so review I got a card in the mail promising a 25% off code if I \"revised\" it to 5 stars."),
    ("escalate.never_again", 1, "SKU-402",
      "Third order in a row that's been a mess. Shoes are fine. Not buying from Northpeak anymore, not worth the headache."),
    ("integrity.incentivized", 5, "SKU-102",
      "Got this pack free through a hiking club I'm in, the deal is we post our thoughts here after a month of use."),
    ("integrity.incentivized", 5, "SKU-201",
      "Big thank u to @northpeak for sending this tent over free so I could share my honest thoughts here 🙏 #gifted"),
    // An insult noun also said of things ("clown") may close a long subject.
    ("legal.harassment", 2, "SKU-302",
      "And the guy in the reviews calling it 'bombproof' is a clueless clown, stop lying to people."),
    ("price.generic_only", 5, "SKU-402", "50% off?!?! absolute bargain 💸💸 #dealalert #blackfriday"),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    ("escalate.wrong_item", 4, "SKU-401",
      "First box had two left boots (how??) but they sent the right pair out the next day no questions asked. Stiff at first, now super comfy."),
    ("escalate.wrong_item", 5, "SKU-301",
      "They sent the forest green instead of the black I picked, but honestly the green is nicer so I kept it."),
    // A gift card "already used" is spent, not delivered used.
    ("service.damage_minor", 5, "GC-TM-50",
      "he already used it on a new pair of boots and a stove. the card came in a cute little envelope."),
    ("escalate.damaged", 2, "SKU-101", "The hip belt buckle snapped on a descent after 300 miles. Fair enough."),
    // The front of a shoe is no parcel (u95).
    ("service.damage_minor", 4, "SKU-402",
      "First run in these and the toe box crushed my pinky toe. Otherwise light and grippy."),
    // An adjective also said of things stays with things.
    ("legal.harassment", 2, "SKU-302", "The zipper the guy at the store sold me with it is stupid."),
    ("price.generic_only", 5, "SKU-402", "50% off and an absolute bargain, the grip on wet rock is great."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
