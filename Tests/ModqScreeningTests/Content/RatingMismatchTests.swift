import Testing

@testable import ModqScreening

@Suite struct RatingMismatchTests {
  let id = "consistency.rating_mismatch"

  @Test(arguments: [
    (5, "Terrible. Leaked on the first day, worst purchase ever, awful quality."),
    (1, "Absolutely love it, perfect fit, best jacket I have owned!"),
    (2, "Amazing boots, super comfortable and gorgeous. Love love love them 😍"),
    (4, "Horrible, useless junk. Broke immediately, complete waste of money."),
    // "too" ending its sentence is "also", not "too small".
    (1, "this jacket is amazing!! so warm and the color is gorgeous, my husband loves it too 😍"),
    // "still" before lasting well is praise that held (u5).
    (1, "Honestly the best daypack I've ever had. Comfortable all day, and it still looks brand new after a whole summer. I adore it!!"),
    // Failures the VADER lexicon lacks, and a verdict against buying again (u2).
    (5, "Seams leaked the first real rain and the fly sagged onto our faces all night. Pegs bent in normal dirt. would not buy again"),
    // "like" as a comparison is no clearly positive word.
    (5, "Worst headlamp I have ever owned. The beam is pathetic, like holding a birthday candle. Complete waste of space."),
    // "weighs nothing" is praise, not a hedge (u9).
    (1, "perfect in every way. super warm, weighs nothing, stuffs into its own pocket. love love love it"),
    // A clogged filter whose backflush "barely helps" (u12).
    (5, "Filter clogged after maybe six liters, flow is a slow drip now and backflushing barely helps. Spent more time waiting on it than hiking. Wouldn't trust it for anything longer than an overnight."),
    // A bottle that "doesnt sweat" is praised (u14).
    (1, "keeps my coffee hot ALL day, doesnt sweat, fits my car cup holder perfectly. already buying another one for my sister 💕"),
    // "pot supports" are a part, not approval (u16).
    (5, "Flame control is terrible, scorched every pot of rice I tried. It's heavier than it looks and the pot supports are so tiny my pot wobbles. Very disappointed."),
  ])
  func majorDifferenceFires(rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test(arguments: [
    (4, "Not bad at all, warm and light."),
    (2, "Looks nice but the zipper broke in a week."),
    (3, "Love the color but it runs small."),
    (4, "Love the color but it runs small."),
    (1, "I really wanted to love this, it looked gorgeous on the model."),
    (2, "Beautiful fabric and lovely color, sadly I had to return it."),
    (5, "Amazing jacket, warm and dry!"),
    (1, "Awful, fell apart after one wash."),
    (2, "Great."),
    (1, "Love the color and it is warm, gorgeous even, but way too small."),
    (2, "Gorgeous and warm, love it. Sleeves too short."),
    (1, "Still in the box, looks gorgeous, love the colour."),
    // Sports slang praise (a batch written by a helper that never saw the rules, u7).
    (5, "Absolutely murdered the climb at mile 4. Grip on wet roots and rock is insane."),
    (1, "Weighs nothing and looks great, but nothing else about it works."),
    (4, "Destroyed the climb up to the saddle with these. Cork grips get a little slippery when you're sweaty."),
    (1, "It doesn't sweat, but the lid leaks everywhere."),
  ])
  func mixedOrConsistentNeverFires(rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains(id))
  }

  @Test func aShortTitleDoesNotSoftenANegativeBody() throws {
    let found = try ContentFixture.criteria(
      "Flimsy frame, horrible stitching, the zipper already broke. Total garbage.", rating: 5,
      title: "Fantastic")
    #expect(found.contains(id))
  }

  @Test func evidenceNamesTheWords() throws {
    let finding = try #require(try ContentFixture.finding(
      id, "Absolutely love it, perfect fit, best jacket I have owned!", rating: 1))
    #expect(!finding.spans.isEmpty)
    #expect(finding.evidence.contains("positive"))
  }

  @Test func rejectsBadThresholds() throws {
    #expect(throws: PolicyError.self) {
      _ = try RatingMismatchDetector(ContentFixture.parameters(
        id, ["positive_compound": .scalar("1.5", line: 3)]))
    }
  }
}
