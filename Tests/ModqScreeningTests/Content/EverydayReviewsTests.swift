import ModqCore
import Testing

@testable import ModqScreening

/// Everyday shopper reviews, written for these tests, that a store publishes: slang praise
/// ("killer deal", "to die for"), work and family mentions that are not insiders, shipping
/// gripes next to product talk, sizes, counts and prices-free numbers, returns for fit, and
/// harsh but honest negatives. None may be held back: wrongly rejecting a genuine review is
/// the costliest error (review suppression).
struct EverydayReviewsTests {
  @Test(arguments: [
    (5, "These boots took a week to break in, once broken in they are the comfiest I own."),
    (5, "Killer deal on a jacket that is to die for. The color is sick!"),
    // "killer" before any noun is praise in a review (an unseen batch, eleventh session).
    (5, "killer headlamp, the beam on high is sick. lights up the whole trail"),
    (5, "I work at a hospital and these shoes keep my feet happy through 12 hour shifts."),
    (5, "As a nurse I am on my feet all day, these are great."),
    (4, "Got free shipping and it arrived in two days. Fits true to size, soft fabric."),
    (5, "Received this as a gift from my sister and I wear it constantly."),
    (5, "My husband stole this hoodie from me, so I ordered another one. Love it."),
    (4, "The stitching came apart after a year of daily wear, still a good bag."),
    (5, "I returned the medium and exchanged it for a small, the small fits perfectly."),
    (2, "Runs small and the fabric is thin. Returned it."),
    (1, "Terrible quality, the seams split after one wash. Do not buy."),
    (5, "My mom is a seamstress and she said the construction is excellent."),
    (5, "I was skeptical but this dress is killing it, got so many compliments at the wedding."),
    (3, "Not bad, not great. The zipper is a bit stiff but it works."),
    (5, "Damn this is a good jacket."),
    (5, "Bought it for my trip to Paris, it packed small and never wrinkled."),
    (5, "I'm a size 8 and ordered the medium, fits great. 5'6 and 140 lbs."),
    (4, "Washed it 20 times and it still looks new. Worth every penny."),
    (5, "Don't hesitate, just buy it. You won't regret it."),
    (2, "Color is nothing like the picture, it is more orange than red. Sending it back."),
    (5, "I never write reviews but this tent deserves one."),
    (5, "My son is an employee at a ski shop and recommended this brand, he was right."),
    (4, "Shipping took forever but the jacket is worth the wait, warm and light."),
    (5, "This blows every other raincoat out of the water."),
    (3, "Nice shirt. Call me picky, but the collar is too wide."),
    (5, "The headlamp is a beast, lit up the whole trail."),
    (5, "I've bought 5 of these over the years, they never let me down."),
    (4, "Cute dress, my 6 year old loves it, size 6x fits with room to grow."),
    // Found by a batch of unseen everyday reviews (ninth session): each was held back.
    (5, "I received it for free as a birthday gift from my parents and wear it daily."),
    (5, "As an employee of a hospital I'm on my feet 12 hours, these are a lifesaver."),
    (5, "I'm an employee at a warehouse and these boots survive concrete all day."),
    (5, "Can't wait to use it again next summer, kept us dry all week."),
    (5, "My brother owns the same boots and loves them, so I got a pair too."),
    (5, "My dad made me buy these and he was right, warm and dry."),
    (5, "I felt like an idiot for not buying this sooner."),
    (5, "Saved $20 with the holiday coupon and it keeps coffee hot for hours."),
    (5, "Honest review: best socks I own. No one paid me to say that lol."),
    (5, "This jacket is a killer, murdered the competition on my ski trip."),
    // Held by none before; kept so that new rules do not start holding them.
    (5, "Ridiculously light, stupidly warm."),
    (4, "Terribly good value."),
    (5, "Not disappointed at all."),
    (5, "Muy buena chaqueta, me encanta. Abriga mucho."),
    (5, "Put it to the test on Kilimanjaro. Passed with flying colours."),
    (5, "Great for shooting photos in the rain, pockets fit my lenses."),
    (5, "As a fat guy, finally a jacket that fits my belly."),
    (5, "People said it runs small, it doesn't. Amazing."),
    (2, "Wanted to love it. Didn't."),
    (5, "Came in handy when my car broke down in a snowstorm."),
    // The words the fourth escalation batch added, in innocent reviews (all publish).
    (5, "Hiking in the Olympics was a nightmare of rain, but this jacket kept me dry."),
    (5, "The box was huge but the tent packs down small. Love it."),
    (5, "I was told these run small, so I sized up and they fit perfectly."),
    (5, "After I paid I got a confirmation right away, and the pack is great."),
    (5, "Still waiting for my friends to buy one, they keep borrowing mine."),
    (4, "Box was a bit crushed but the shoes are perfect."),
    (5, "You sent my order fast and the lamp is super bright."),
    (5, "It's taken a beating and has a small dent but I'm happy with it."),
    (5, "My old bottle was chipped, this one is perfect."),
    (5, "Inside the box was a thank-you note, nice touch. Great jacket."),
    (4, "Has a hole for a headphone cable, handy."),
  ])
  func isPublished(rating: Int, body: String) throws {
    let engine = try #require(ContentFixture.engine)
    let result = engine.screen(Review(id: "e", rating: rating, body: body))
    #expect(result.verdict == .publish, "\(result.findings.map(\.criterion)) \(body)")
  }
}
