import Foundation
import Testing

@testable import ModqScreening

/// The twentieth session's round of blind batches: u129, an ordinary Sunday's queue; u130,
/// rejects told without the obvious words; u131, escalations against innocent look-alikes
/// ("My friend got sent the wrong color ... correct color"); u132, a precision probe of
/// reviews by people writing in a second language (all published on arrival). Each form
/// fires, and the nearest innocent text does not.
@Suite struct SundayAndLookAlikesTests {
  @Test(arguments: [
    // Not used yet, with words put between the list's phrasings.
    ("irrelevant.not_used_yet", 5, "SKU-302",
      "Haven't actually worn it yet, it's going straight in the pack for the hut trip at the end of the month."),
    ("irrelevant.not_used_yet", 4, "SKU-401",
      "Haven't laced them up yet, they're sitting in the box till our Zion trip in June. Look tough though, fingers crossed!"),
    // A cue after "with" in the sentence before is no accessory of its own sentence.
    ("consistency.wrong_product", 4, "SKU-601",
      "Super bright, the red light mode is great. The button is easy to find with cold fingers. Batteries lasted the whole weekend."),
    // A competitor's name of two words typed as one.
    ("competitor.mention", 4, "SKU-801",
      "Nice poles. fwiw summitsupply has these exact ones with free returns for 90 days, wish I'd seen that first."),
    ("price.generic_only", 5, "SKU-701", "Half off, couldn't pass it up!"),
    ("escalate.damaged", 1, "SKU-901",
      "stove. first boil. pot support arm snapped right off. just snapped. cant use it now. not happy"),
    ("escalate.frustration_cta", 2, "SKU-102",
      "Then support just stopped answering. Could somebody from Northpeak please call or email me back, I just want the right size."),
    ("escalate.review_tampering", 2, "SKU-701",
      "Then I got an email from the seller offering to refund the whole pack if I 'updated my feedback to reflect the resolution'. Not doing that."),
    // Someone else's wrong item counts when the review asks for a fix.
    ("escalate.wrong_item", 5, "SKU-302",
      "My wife got sent the wrong color of this hoodie. Please send the rust one."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // Wear that has not come yet, and use told as done.
    ("irrelevant.not_used_yet", 5, "SKU-402",
      "400 miles in and I haven't worn them out yet. Best trail shoe I've owned."),
    ("irrelevant.not_used_yet", 5, "SKU-402",
      "Haven't worn through the soles yet after a full season of trail runs."),
    ("irrelevant.not_used_yet", 4, "SKU-501",
      "Haven't tried the strobe yet but the main beam lit up the whole trail on my night hike."),
    // A cue after "with" in its own sentence is still an accessory.
    ("consistency.wrong_product", 4, "SKU-601",
      "Keeps water cold all day. I carry it with my headlamp and spare batteries in the lid pocket."),
    // A discount beside talk of the product is no generic-only price talk.
    ("price.generic_only", 5, "SKU-701", "Half off and the socks are warm, couldn't pass it up!"),
    ("competitor.mention", 5, "SKU-801", "Better than the summitsupply ones I had before."),
    // Leaks and bent stakes in the first nights of use are product quality, not first-use damage.
    ("escalate.damaged", 1, "SKU-201",
      "The rainfly seams leaked at the corners the first night of steady rain. Woke up with a puddle."),
    ("escalate.wrong_item", 5, "SKU-302",
      "My friend got sent the wrong color of this same hoodie last winter, so I checked the moment I opened the box - correct color (rust), correct size."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  func score(_ text: String) throws -> SentimentScore { try ContentFixture.sentiment(text) }

  /// VADER's chat slang that is an ordinary word in product reviews scores nothing; "crazy"
  /// before a sentiment word raises it, and alone keeps its own valence.
  @Test func reviewWordsNotSlang() throws {
    #expect(try score("Ended up carrying them in my hand the rest of the way").sum == 0)
    #expect(try score("Hand wash only").sum == 0)
    #expect(try score("Wore them 6 days straight").sum == 0)
    #expect(try score("Charges by usb-c in an hour").sum == 0)
    #expect(try score("Crazy warm").sum > score("warm").sum)
    #expect(try score("This is crazy").sum < 0)
    #expect(try score("Cant say enough good things").sum > 2)
    #expect(try score("I can't say enough good things about it").positives >= 1)
  }
}
