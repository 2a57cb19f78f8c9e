import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-fourth session's threats (u205): menace told as knowing where a person is
/// ("I know where they park em overnight") with harm in that sentence or the next, warnings
/// told otherwise ("I swear if", "if I ever figure out"), and harm named as what will happen to
/// the person. Each form fires; safety warnings, jokes and stories with the same words do not.
@Suite struct WhereaboutsThreatsTests {
  @Test(arguments: [
    ("legal.threat", 1, "SKU-601",
      "the driver backed over my mailbox. i know what his van looks like and i know where they park em overnight. tires are real easy to slash, just saying"),
    ("legal.threat", 2, "SKU-402",
      "i swear if i run into the guy who designd those locking clips i will brake both his arms so he knows how it feels"),
    ("legal.threat", 1, "SKU-701",
      "the guy from the shop who talked me into them lives a couple doors down from my sister. he won't be walking right after I stop by."),
    ("legal.threat", 2, "SKU-401",
      "whoever wrote that 5 star review, if I ever figure out who you are you'll be carrying your teeth home in it."),
    ("legal.threat", 2, "SKU-501",
      "And if the kid at the register pulls that eye roll on me one more time when I come in, he's getting dragged over that counter."),
    ("legal.threat", 1, "SKU-302", "I AM GOING TO PUT MY FIST THROUGH THE FACE OF WHOEVER SIGNED OFF ON THIS DESIGN."),
    ("legal.threat", 2, "SKU-201",
      "Every single person in your marketing department should be scared to walk out to their cars for a while."),
    ("legal.threat", 3, "SKU-701",
      "ngl the dude who sold it to me at the counter is gonna catch these hands next time im there"),
    ("legal.threat", 1, "SKU-901",
      "The guy on the forum: I have your username and I found your town from your profile. I'm going to make sure you need a dentist."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    ("legal.threat", 5, "SKU-701", "My feet would've been dead meat on that 5 day stretch without these."),
    ("legal.threat", 4, "SKU-402", "Someone is going to get hurt on these stairs if they don't fix the buckle."),
    ("legal.threat", 4, "SKU-402", "Next time you're going to get hurt if you skip the poles on that descent."),
    ("legal.threat", 4, "SKU-402", "He better have his running shoes on because this trail is steep."),
    ("legal.threat", 4, "SKU-402",
      "I know where my old pair is, still going strong. These will end up there too."),
    ("legal.threat", 4, "SKU-402",
      "I've noticed the soles wear fast. Someone should answer for this quality."),
    ("legal.threat", 5, "SKU-402", "Catch these hands? no, catch these gloves, warmest I've owned."),
    ("legal.threat", 5, "SKU-402", "If I run into the designer I'll shake both his arms off, best pack ever."),
    ("legal.threat", 5, "SKU-402",
      "If I figure out how to fold it, it's not gonna be a convo with the instructions."),
    ("legal.threat", 5, "SKU-402",
      "My son climbed the ladder and I'm putting him up there to fix the gutter with this headlamp."),
    ("legal.threat", 4, "SKU-801",
      "I know where the trailhead is now. Easy to slash through the brush with the poles."),
    ("legal.threat", 4, "SKU-501",
      "My son is into geology, he's getting a bag of rocks and this headlamp for his birthday."),
    ("legal.threat", 4, "SKU-201", "If I were you I'd bring a bag of rocks to weigh down the tent in wind."),
    ("legal.threat", 4, "SKU-302", "If I were you I'd be scared to walk out in the rain without this jacket."),
    ("legal.threat", 5, "SKU-601", "If I were you I'd put him up there in the carrier, my kid loves it."),
    ("legal.threat", 4, "SKU-402",
      "I swear if I hike another 20 miles in these I won't be walking right for a week."),
    ("legal.threat", 4, "SKU-402",
      "I'm coming to your store to return these, my knees won't be walking right after that trail."),
    ("legal.threat", 4, "SKU-201",
      "If I were you I'd check if your windows are insured before camping by the river."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
