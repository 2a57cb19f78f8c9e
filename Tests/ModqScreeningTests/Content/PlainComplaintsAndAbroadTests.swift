import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirtieth session: stars against complaints told in plain words, and shoppers abroad.
/// At 4-5 stars, three clearly negative words with no praise and no mixed cue are a clear
/// complaint at a milder sum; a booster before a word tells a degree ("super narrow",
/// "pretty disappointed"), not praise; "expected better" is a complaint and "easy" of a trail
/// is no praise of the shoe. "Me llamo" introduces a name, "DNI" an ID number.
@Suite struct PlainComplaintsAndAbroadTests {
  @Test(arguments: [
    ("consistency.rating_mismatch", 5, "SKU-402",
      "Soles separated from the upper around the toe after a month of easy trail runs. "
        + "Cushioning is dead already and they gave me shin splints. Worst running shoes I've "
        + "ever owned."),
    ("consistency.rating_mismatch", 5, "SKU-402",
      "runs super narrow, my pinky toes were numb by mile 3 and the heel slips. wouldnt "
        + "recomend 👎"),
    ("consistency.rating_mismatch", 5, "SKU-701",
      "2 of the 3 pairs had holes in the heels after a month of normal wear, and they're itchy "
        + "around the ankle no matter what. really expected better from merino. wouldn't buy "
        + "these again"),
    ("consistency.rating_mismatch", 5, "SKU-302",
      "zipper is super stiff and the fabric feels cheap, wouldnt recommend"),
    ("pii.full_name", 5, "SKU-301",
      "Me llamo Alejandro Ruiz Ortega, I live in Mexico City and here the rainy season is crazy. "
        + "This jacket save me every afternoon on the bike."),
    ("escalate.never_again", 1, "SKU-701",
      "last time i buy anything from this shop. took my money straight away and then nothing "
        + "for a month, no updates, no answer. never again"),
    ("escalate.frustration_cta", 2, "SKU-301",
      "The seam tape started peeling at the shoulders after a season of use, fine, it happens. "
        + "But I've opened two tickets and both got closed with no reply at all. Could somebody "
        + "actually read the ticket and tell me whether this is covered under warranty?"),
    ("service.frustration_no_cta", 1, "SKU-701",
      "Took three weeks to even leave the warehouse. Really disappointing experience with this "
        + "order."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  /// Fair 4-5 star reviews that list faults in plain words and praise in plain words too, or
  /// use a booster before a word: all published.
  @Test(arguments: [
    (5, "SKU-402", "Super narrow toe box so size up, otherwise super grippy and light. Love them."),
    (5, "SKU-301", "super light, super packable. rain beads right off"),
    (4, "SKU-701", "Pretty much live in these now. Itchy the first wash, fine after."),
    (4, "SKU-801",
      "Ridiculously light. Tips wore down fast and one lock slips in the cold, but for the "
        + "weight I'll take it."),
    (4, "SKU-601", "Expected better insulation honestly, coffee is warm not hot by noon. Still use it daily."),
    (5, "SKU-402",
      "Did an easy trail run the day they came and a hard 20 miler since. no blisters, no hot "
        + "spots."),
    (4, "SKU-302", "pretty colour, runs a bit small, seams scratchy at first, softened after a wash"),
    (4, "SKU-401",
      "Blisters for the first week, heel slips a bit, laces frayed after a month. Otherwise "
        + "they do the job."),
    (5, "SKU-701",
      "Itchy the first day, blister on day two, shrank slightly in the wash. Now I wear nothing "
        + "else."),
    (4, "SKU-201",
      "Condensation drips, zippers snag, stakes are flimsy. Replaced the stakes and it's our "
        + "go-to now."),
    (4, "SKU-501", "Dim on low, strap itchy, battery door is fiddly. Lights up the whole trail on high."),
    (5, "SKU-801",
      "One lock slipped, a tip cracked, the strap frayed. Customer service sent replacement "
        + "parts in two days. Good as new."),
    (2, "SKU-301", "super light but it wetted out in an hour"),
    (1, "SKU-601", "pretty bottle. leaks."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }

  /// "super" before a word is a degree: it no longer counts as praise that makes a complaint
  /// mixed; before a valenced word or alone it keeps its old reading.
  @Test func boosterBeforeAWordIsADegree() throws {
    let narrow = try ContentFixture.sentiment("runs super narrow")
    #expect(narrow.positives == 0)
    let alone = try ContentFixture.sentiment("Super!")
    #expect(alone.positives == 1)
    let colours = try ContentFixture.sentiment("pretty colours")
    #expect(colours.positives == 1)
    let degree = try ContentFixture.sentiment("pretty disappointed")
    #expect(degree.positives == 0 && degree.negatives == 1)
  }
}
