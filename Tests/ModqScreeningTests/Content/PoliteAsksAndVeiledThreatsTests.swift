import Foundation
import Testing

@testable import ModqScreening

/// The twenty-second session's first two rounds of blind batches: u161 and u165, ordinary days;
/// u162 and u166, precision probes (people, places and numbers; rude-sounding reviews aimed at
/// the product); u163 and u167, text rejects said without swear words; u164 and u168,
/// escalations written calmly at 4-5 stars. Each form fires, and the nearest innocent text does
/// not.
@Suite struct PoliteAsksAndVeiledThreatsTests {
  @Test(arguments: [
    // Money taken wrongly, with an ask to the store, at any rating.
    ("escalate.frustration_cta", 5, "SKU-501", "love this headlamp but my card got hit twice for it?? pls fix 🙏"),
    ("escalate.frustration_cta", 5, "SKU-201",
      "Stayed bone dry. Only thing, the sales tax is listed twice and both came off my card. Can someone check and fix that?"),
    ("escalate.frustration_cta", 5, "SKU-302",
      "Black one is gorgeous. The grey return got paid back as store credit instead of to my card. Can that be switched to the card please?"),
    ("escalate.frustration_cta", 1, "SKU-401", "sent these back a month ago still no refund. WHEN???"),
    // A final loss at 5 stars: a second one for a relative that never came.
    ("escalate.not_received", 5, "SKU-901",
      "Love mine. Ordered a second one for my dad's birthday and had it sent to him. He never got it."),
    // A return told before the loss is no loss put right.
    ("escalate.not_received", 5, "SKU-402", "I returned the first pair for size. The second one never arrived."),
    // Not used yet, told with "taken ... out".
    ("irrelevant.not_used_yet", 3, "SKU-801",
      "Just came today. They look solid but I haven't actually taken them out yet. Will update."),
    ("price.generic_only", 5, "SKU-101", "Half price in the sale, can't beat that!"),
    // Veiled threats, put-downs and hate without the lists' older words.
    ("legal.threat", 3, "SKU-302",
      "The guy who called it user error - I know which store you work at now and I know what time you lock up."),
    ("legal.threat", 4, "SKU-402", "To Brandon_K: I looked you up. Nice blue house."),
    ("legal.threat", 5, "SKU-801", "She should know I still know where her sister lives."),
    ("legal.harassment", 4, "SKU-301",
      "The chat rep was sweet, nothing going on upstairs. Hope they pay her in treats."),
    ("legal.harassment", 5, "SKU-201", "To the family next to us: your kids are as rude as you are ugly."),
    ("legal.hate", 4, "SKU-501",
      "The folks who go to that prayer center should all go back to where they came from."),
    ("legal.hate", 1, "SKU-201",
      "Made overseas by people from that part of the world, the whole culture is like that."),
    // Round two: damage that leaves the product unusable is no minor damage at 4 stars.
    ("escalate.damaged", 4, "SKU-202",
      "Opened the bag at the campsite and one of the main poles was snapped in two, so we couldn't pitch it. The fabric looks great."),
    ("escalate.damaged", 4, "SKU-501",
      "Bright. Except the one I got had the battery door cracked off in the package and it won't close. Can't really use it like this."),
    ("service.cancelled_or_out_of_stock", 1, "SKU-202",
      "Today I get an email saying my order was cancelled because they don't have it anymore. Now scrambling to find a tent 4 days before we leave."),
    ("integrity.insider", 5, "SKU-301",
      "I've worked the floor at a Northpeak store for 3 years and this is the jacket I point people to most."),
    ("escalate.never_again", 5, "SKU-102",
      "Nothing against the pack. But the order sat on processing for 16 days. That's it for me, I'm not ordering from this store again."),
    ("escalate.account_compromised", 5, "SKU-201",
      "Tent is fantastic. But the phone number on my profile had been changed. I'm worried someone's in my account with my card saved."),
    ("escalate.not_received", 5, "SKU-302",
      "I basically live in mine. Ordered a second one to go straight to my sister at college. It never got there."),
    ("legal.threat", 5, "SKU-801", "Rick, in case you're reading: I know which apartment is yours now. Sleep light."),
    ("legal.harassment", 5, "SKU-201",
      "Some of you clearly should not be trusted with anything more complicated than a folding chair."),
    // Round four: insults, hate and threats in everyday words; plain-word escalations.
    ("legal.harassment", 2, "SKU-302",
      "Asked the chat about sizing and the lady was a condescending airhead who can't read."),
    ("legal.harassment", 1, "SKU-601", "Whoever owns this company is a spineless little weasel."),
    ("legal.harassment", 5, "SKU-201", "To the 1 star reviews: you absolute mouth-breathers, open the vents."),
    ("legal.hate", 2, "SKU-901", "Made in China. Chinese people are a nation of cheats and liars."),
    ("legal.hate", 4, "SKU-101", "Old folks are a useless drain on everyone, they should stay home."),
    ("legal.threat", 3, "SKU-201", "To whoever keeps downvoting my reviews: I've figured out who you are. Sleep with one eye open."),
    ("legal.threat", 2, "SKU-402", "Next time the driver does that I will put him in the hospital."),
    ("escalate.account_compromised", 3, "SKU-602",
      "Someone placed an order on my account here for 4 jackets. I didn't do that. How did they get in?"),
    ("escalate.never_again", 1, "SKU-501", "Worked for a week. This is the last time I spend a dime in this shop."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // A loss already put right, and billing with no ask or already sorted.
    ("escalate.not_received", 5, "SKU-101",
      "So the first box never showed up. I messaged on a Sunday and they just sent a second one out. That one came in 3 days."),
    ("escalate.frustration_cta", 5, "SKU-601",
      "Got charged twice by mistake but they refunded the extra straight away. Can't fault them."),
    ("escalate.frustration_cta", 5, "SKU-601",
      "The full amount came off my card the day it shipped, which is fine. Keeps coffee hot all day."),
    ("escalate.frustration_cta", 5, "SKU-101",
      "Shipping was quick. Can someone tell me if the hip belt comes off?"),
    ("escalate.frustration_cta", 5, "SKU-601", "I wasn't charged twice like some people said. Love it."),
    // "taken" that is no use denied.
    ("irrelevant.not_used_yet", 5, "SKU-402", "Haven't taken a single fall yet, the grip is great."),
    // A distance after a street-like name is no house number.
    ("pii.address", 5, "SKU-801",
      "used on the Camino Portugués, 260 km, Porto to Santiago. zero knee pain. 10/10"),
    // Knowing where things are, a shame, time alone: not threats.
    ("legal.threat", 5, "SKU-101", "I know where everything is in this pack now, so many pockets."),
    ("legal.threat", 5, "SKU-201", "It would be a shame if you missed the sale on this tent."),
    ("legal.threat", 5, "SKU-901", "Ten minutes alone with this stove and you'll have dinner ready."),
    ("legal.harassment", 5, "SKU-202", "Reading the size chart is your friend, the tent is huge."),
    ("legal.hate", 5, "SKU-402", "I had to go back to where I parked to swap into these. Great shoes."),
    // Round two's look-alikes: minor damage, unusable told before the damage or hedged, a
    // tent liked elsewhere, a job elsewhere.
    ("escalate.damaged", 4, "SKU-601",
      "Arrived with a tiny scuff on the base, barely visible. Keeps ice all day, love it."),
    ("escalate.damaged", 4, "SKU-201",
      "Couldn't use it the first weekend because of the storm. It came with a small scratch on one pole, no big deal."),
    ("escalate.damaged", 5, "SKU-201",
      "One stake arrived a little bent. If I couldn't pitch it with seven I'd worry, but it's fine. Great tent."),
    ("service.cancelled_or_out_of_stock", 5, "SKU-202",
      "My first order was cancelled because they ran out, I reordered and it came in a week. Hard to find a tent this roomy, love it."),
    ("integrity.insider", 5, "SKU-301", "I've worked for years in the rain and this jacket holds up."),
    ("escalate.never_again", 5, "SKU-102", "I'm not ordering from anyone else again, this store is great."),
    // Round four's look-alikes: insults of things, groups named neutrally, a swinging lantern.
    ("legal.harassment", 1, "SKU-201", "This tent is a joke and whoever designed these poles is clueless about wind."),
    ("legal.harassment", 5, "SKU-601", "Took it whale watching, kept my tea hot for six hours."),
    ("legal.harassment", 5, "SKU-801", "The snake on the trail was the scariest part, the poles were great."),
    ("legal.hate", 5, "SKU-101", "Bought it for my grandpa, old folks love the big zipper pulls."),
    ("legal.hate", 4, "SKU-302", "Made in China, stitching is neat. Chinese people I hike with love it too."),
    ("legal.threat", 4, "SKU-302", "Soft and swinging, it looks great with leggings and boots."),
    ("legal.threat", 5, "SKU-501", "I sleep with one eye on the tent door and this lamp on the lowest mode."),
    ("escalate.never_again", 5, "SKU-501", "Last time I spent a dime this well was my old boots."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  /// A question mark after a token, before the next one or the end: what the billing rule
  /// reads as a question to the store, and the lone "Not." rule as a question answered.
  @Test func questionMarks() {
    let field = TextField(field: .body, text: "Charged twice?? Who do I ask. Fine! Really?")
    let last = field.tokens.count - 1
    #expect(field.asksAfter(1))
    #expect(!field.asksAfter(0))
    #expect(!field.asksAfter(5))
    #expect(field.asksAfter(last))
    let questions = ServiceEscalationDetector.questionSentences(field)
    #expect(questions == [0: 1, field.tokens[last].sentence: last])
  }
}
