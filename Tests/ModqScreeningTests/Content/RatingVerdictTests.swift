import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-fifth session's rating mismatches: a review that sums itself up in a verdict
/// ("would not recommend", "best bottle I've ever owned", "10/10") against its stars, where the
/// rest only tells what happened. And the five-star stories the clearly-negative rule used to
/// hold: complaints about older gear, about the size ordered, advice to the reader, and the
/// weather the gear stood up to.
@Suite struct RatingVerdictTests {
  @Test(arguments: [
    ("consistency.rating_mismatch", 5, "SKU-402",
      "Toe box squeezes my little toes and the heel slips on every descent. Would not recommend."),
    ("consistency.rating_mismatch", 5, "SKU-102",
      "Hip belt rubbed my hips raw and the frame pokes my spine. Honestly regret buying it."),
    ("consistency.rating_mismatch", 4, "SKU-301",
      "Shoulders soaked through in an hour and the hood flops in any wind. I would not trust this in real rain."),
    ("consistency.rating_mismatch", 5, "SKU-401",
      "Blisters on both heels after a week and the laces keep snapping, my feet are miserable. They're going in the donation bin."),
    ("consistency.rating_mismatch", 5, "SKU-901",
      "Igniter died in a month and the pot wobbles on the supports. Worst stove I've ever owned."),
    ("consistency.rating_mismatch", 1, "SKU-601",
      "Ice still in it after a full day in a hot car. Best bottle I have ever owned."),
    ("consistency.rating_mismatch", 2, "SKU-402",
      "Ran a 50k in these, zero blisters, they drain fast after creeks. 10/10"),
    ("consistency.rating_mismatch", 1, "SKU-701",
      "Softest socks I've owned, no itch, and they didn't smell after four days. Already bought another pack."),
    ("consistency.rating_mismatch", 2, "SKU-501",
      "Beam reaches way out and the strap stays put on runs. Highly recommend."),
    // Verdicts told casually (u213); "save yourself" is advice, neither praise nor verdict.
    ("consistency.rating_mismatch", 5, "SKU-801",
      "Both poles slip when I lean on them and the tips wore out. Painful on descents. Think twice before buying these."),
    ("consistency.rating_mismatch", 5, "SKU-102",
      "Hip belt digs into my hips after 3 miles and the load lifters keep slipping, my back was miserable. Sum it up: save yourself the pain and look elsewhere."),
    ("consistency.rating_mismatch", 1, "SKU-402",
      "Comfy right out of the box and grippy on wet rock. Absolute keeper."),
    // A hedge inside the verdict is the verdict's; locks that hold tight are praise.
    ("consistency.rating_mismatch", 1, "SKU-602",
      "Filtered fast, water tasted clean, nobody got sick. If you're on the fence, just get it."),
    ("consistency.rating_mismatch", 1, "SKU-801",
      "Super light, the flick locks hold tight on every descent. Best poles I've owned."),
    // Faint praise conceded at the end does not make the review mixed.
    ("consistency.rating_mismatch", 5, "SKU-402",
      "Blisters on both heels, the sole peeled off in a week and they leaked in every puddle. Terrible. Nice color though."),
    ("consistency.rating_mismatch", 5, "SKU-402",
      "Blisters on both heels, the sole peeled off in a week and they leaked in every puddle. Terrible. Nice color tho."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // Another thing's failures ("my old jacket"), and the size ordered.
    ("consistency.rating_mismatch", 5, "SKU-301",
      "My old jacket leaked and soaked me through. I regret buying it. Should have got this years ago."),
    ("consistency.rating_mismatch", 5, "SKU-501",
      "My last headlamp died mid-descent and I nearly broke my neck. This one lasts all night."),
    ("consistency.rating_mismatch", 5, "SKU-301",
      "Don't bother with the cheap ponchos, they rip and leak. Wore this through a storm."),
    ("consistency.rating_mismatch", 4, "SKU-402",
      "Do not buy your usual size. My toes were crushed and numb in my normal 9, had to exchange."),
    // Advice to the reader.
    ("consistency.rating_mismatch", 5, "SKU-701",
      "Would not recommend washing these hot, mine shrank and the tongue got stiff."),
    ("consistency.rating_mismatch", 5, "SKU-301",
      "If you hate being cold and wet, don't bother with anything else. Sad I waited so long."),
    // The weather the gear stood up to.
    ("consistency.rating_mismatch", 5, "SKU-301",
      "Terrible weather, awful trail, horrible day, bone dry under this shell."),
    ("consistency.rating_mismatch", 5, "SKU-501",
      "Got lost, panicked, dark woods, scary. This lamp got me back to the car."),
    ("consistency.rating_mismatch", 5, "SKU-301",
      "I hate rain. I hate wind. I hate being cold. This jacket is the only reason I still hike in November."),
    // A verdict that is not the reviewer's, or not about this product.
    ("consistency.rating_mismatch", 5, "SKU-301",
      "Sending it back for a bigger size, the medium was tight across the shoulders and pinched."),
    ("consistency.rating_mismatch", 5, "SKU-301", "Not disappointed at all. Stayed dry in a downpour."),
    ("consistency.rating_mismatch", 2, "SKU-202", "Highly recommend the old model, this new one is different."),
    ("consistency.rating_mismatch", 1, "SKU-202",
      "The store clerk told me it was the best tent they had ever sold. Setup took an hour."),
    ("consistency.rating_mismatch", 2, "SKU-601",
      "The reviews say it's the best bottle ever. Ice was gone by noon."),
    ("consistency.rating_mismatch", 2, "SKU-402",
      "love these colors on the website, in person the green is a brownish olive."),
    ("consistency.rating_mismatch", 2, "SKU-402", "Would buy again if they fixed the zipper."),
    ("consistency.rating_mismatch", 1, "SKU-402", "Already bought another brand."),
    ("consistency.rating_mismatch", 2, "SKU-601", "My favorite color they ever made, shame about the lid."),
    // Asked, not said; a "though" inside its sentence still mixes the review.
    ("consistency.rating_mismatch", 2, "SKU-402", "a keeper? not even close"),
    ("consistency.rating_mismatch", 2, "SKU-601", "W purchase? L purchase."),
    // (Not "no leaks, lovely colour": since the thirty-third session "no" negates no word over
    // a comma, so "lovely" is praise and the text is clearly positive without the verdict.)
    ("consistency.rating_mismatch", 1, "SKU-601",
      "Ice lasted all day, no leaks. Best bottle I've ever owned?"),
    ("consistency.rating_mismatch", 2, "SKU-402", "Love it when the sole peels off on day 2"),
    ("consistency.rating_mismatch", 5, "SKU-801",
      "Save yourself the knee pain and blisters on long descents, get poles."),
    ("consistency.rating_mismatch", 5, "SKU-901",
      "My brother's cheap stove was a flop, it died and burned his dinner. Mine boiled in 3 minutes."),
    ("consistency.rating_mismatch", 5, "SKU-402",
      "I was disappointed to see the blue sold out, the green is gross and ugly to me. Five stars for the shoe itself."),
    ("consistency.rating_mismatch", 1, "SKU-402", "Would buy again? Nope."),
    ("consistency.rating_mismatch", 1, "SKU-601", "Already bought another brand, this one went in the bin."),
    ("consistency.rating_mismatch", 2, "SKU-601", "Told everyone at work about it. Lid came off in my bag."),
    ("consistency.rating_mismatch", 4, "SKU-402", "Heavy, stiff and ugly. Bombproof though, and that is what I need."),
    ("consistency.rating_mismatch", 5, "SKU-601", "Didn't think twice about the price. No leaks, no regrets."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  /// At 4-5 stars the evidence names only words that were read against the stars.
  @Test func evidenceLeavesOutAnotherThingsFaults() throws {
    let finding = try #require(try ContentFixture.finding(
      "consistency.rating_mismatch",
      "My old jacket leaked. This one soaked me through in an hour, the zipper broke, awful. Would not recommend.",
      rating: 5, product: "SKU-301"))
    #expect(!finding.evidence.contains("leaked"))
    #expect(finding.evidence.contains("awful"))
  }

  /// The evidence names the verdict first.
  @Test func evidenceNamesTheVerdict() throws {
    let finding = try #require(try ContentFixture.finding(
      "consistency.rating_mismatch",
      "Toe box squeezes my little toes and the heel slips on every descent. Would not recommend.",
      rating: 5, product: "SKU-402"))
    #expect(finding.evidence.hasPrefix("a verdict of complaint"))
    #expect(finding.evidence.contains("Would not recommend"))
  }
}
