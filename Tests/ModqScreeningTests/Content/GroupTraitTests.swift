import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-seventh session's hate: a group given a trait outright ("Females are too fragile
/// and emotional"), a verb right after the group ("women whine about everything"), a whole
/// group named as one ("that whole culture is cheap and dishonest") and a group pointed back
/// at and called what is said only of people ("they're a drain on everyone"). Each form fires;
/// groups spoken of kindly, negated, asked about, reported, of one's own, or a place a product
/// was made in do not.
@Suite struct GroupTraitTests {
  @Test(arguments: [
    ("legal.hate", 2, "SKU-402",
      "Females are too fragile and emotional for real mountain running."),
    ("legal.hate", 4, "SKU-302",
      "Only white people really hike anyway, black people are too lazy to walk anywhere."),
    ("legal.hate", 3, "SKU-401",
      "Label says made in India which worried me at first, Indians have zero idea what hygiene "
        + "means."),
    ("legal.hate", 2, "SKU-101",
      "Women whine about everything and can't work a simple drawcord."),
    ("legal.hate", 5, "SKU-201",
      "women don't belong on a mountain, they panic at the first sign of weather."),
    ("legal.hate", 3, "SKU-601",
      "Store was packed with Indians haggling over everything, that whole culture is cheap and "
        + "dishonest."),
    ("legal.hate", 4, "SKU-101",
      "Honestly his whole generation is worthless, lazy entitled brats glued to their phones."),
    ("legal.hate", 5, "SKU-402",
      "The accessible trail was clogged with disabled people, theyre a drain on everyone."),
    ("legal.hate", 4, "SKU-201",
      "The campground was full of Mexican families. They're loud and filthy wherever they go."),
    ("legal.hate", 5, "SKU-101",
      "Route was packed with muslims, who are all violent fanatics if you ask me."),
    ("legal.hate", 2, "SKU-401",
      "chinese factory, chinese quality. that whole race copies everything and can't build one "
        + "thing that works."),
    ("legal.hate", 3, "SKU-302",
      "the whole area is full of Mexicans, lazy criminals every last one."),
    ("legal.hate", 1, "SKU-501",
      "probably put together by immigrants who are too dumb to follow simple instructions."),
    ("legal.hate", 5, "SKU-201",
      "Camped next to some drunk guys. typical, that whole nation is a bunch of drunks."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    ("legal.hate", 5, "SKU-402",
      "Bought these for my girls, they are too lazy to tie laces so the quick laces are perfect."),
    ("legal.hate", 4, "SKU-101",
      "Women are not weak, this pack proves you can carry 20kg with the right hipbelt."),
    ("legal.hate", 5, "SKU-101",
      "Who says women are too weak for a 65L pack? Carried mine 200 miles."),
    ("legal.hate", 4, "SKU-402",
      "People think women are too emotional for ultras, I finished my first 50k in these."),
    ("legal.hate", 5, "SKU-402", "Women whine about everything? Not me, these are perfect."),
    ("legal.hate", 4, "SKU-402",
      "Women ruin every pair of shoes they own according to my husband lol, these survived me."),
    ("legal.hate", 3, "SKU-201",
      "Men are useless at pitching tents in the dark, my husband took an hour lol."),
    ("legal.hate", 3, "SKU-402",
      "Made in Vietnam. They're a drain on my wallet though, pricey for what they are."),
    ("legal.hate", 4, "SKU-201",
      "Made in China. They don't belong here in the ultralight category, too heavy."),
    ("legal.hate", 4, "SKU-101",
      "Bought two for the Americans in our group, they're animals on the uphill, so fast."),
    ("legal.hate", 2, "SKU-201",
      "Made in China, the poles are dangerous in wind, one snapped and nearly hit my son."),
    ("legal.hate", 4, "SKU-201",
      "That whole culture is fascinating, we camped near the pueblo and the tent was great."),
    ("legal.hate", 4, "SKU-101",
      "My wife and daughters are too weak to carry the heavy packs, so this light one is ideal."),
    ("legal.hate", 3, "SKU-601",
      "The Mexican families at the lake were lovely and shared their firewood."),
    ("legal.hate", 5, "SKU-302",
      "Old people are always cold, my grandpa wears these every day now."),
    ("legal.hate", 5, "SKU-101",
      "Designed by women who are serious hikers, and it shows in the hipbelt."),
    ("legal.hate", 4, "SKU-402",
      "Old people are a joy to hike with, my parents set the pace in these."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
