import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-third session's first round of blind batches (u181 plain-word escalations, u182
/// people attacked in everyday words) and the misses of u178 and u180: review tampering told
/// as a condition, insults by likeness, menace told as what will happen, groups pointed back
/// at across sentences, and escalations told plainly. Each form fires, and the nearest
/// innocent text does not.
@Suite struct ConditionsAndLikenessesTests {
  @Test(arguments: [
    // Review tampering told as a condition after an offer.
    ("escalate.review_tampering", 4, "SKU-201",
      "The seller then messaged me saying they'd send me a gift card if I changed it to 4 or 5 stars."),
    ("escalate.review_tampering", 5, "SKU-501",
      "its only at 5 stars because customer service offered me 50% back if I 'reconsidered' my 2 star review."),
    ("escalate.review_tampering", 1, "SKU-402",
      "Then I got an email from the shop offering me a free pair if I put up something 'more positive'. No thanks."),
    // Insults by likeness, contractions as targets, fillers of character.
    ("legal.harassment", 1, "SKU-301", "The lady at the store was dumb as a sack of hammers."),
    ("legal.harassment", 5, "SKU-701", "my sister-in-law hates wool. she's an idiot, ignore her."),
    ("legal.harassment", 5, "SKU-601", "Dave, if you're reading this, you're a jealous loser with no friends."),
    ("legal.harassment", 3, "SKU-801", "to the social media person who replied: you are pathetic."),
    ("legal.harassment", 5, "SKU-201", "all the 1-star people on here are whiny entitled babies."),
    // Menace told as what will happen to the person, their car or their workplace.
    ("legal.threat", 2, "SKU-501", "the next time your delivery guy comes up my driveway he's going home on a stretcher."),
    ("legal.threat", 1, "SKU-301", "The store manager had better start bringing a bodyguard to work."),
    ("legal.threat", 2, "SKU-402", "Whoever in QC waved these through had better hope we never end up alone in a dark parking lot together."),
    ("legal.threat", 3, "SKU-602", "If I ever find who designed this I'll hold their head under in a swamp."),
    ("legal.threat", 2, "SKU-401", "if I see that van again I'm dragging a key down the whole side of it."),
    // Groups named, then pointed back at in the next sentences; groups said to do harm.
    ("legal.hate", 1, "SKU-402",
      "Boots fell apart. The tag says made in Bangladesh. Those people can't make anything that lasts."),
    ("legal.hate", 2, "SKU-302", "Honestly the gays have ruined outdoor clothing."),
    ("legal.hate", 3, "SKU-801", "the trail was full of old people who should be locked up in homes."),
    ("legal.hate", 3, "SKU-901", "the Roma family next to us, you know how those people are, born thieves."),
    // Escalations in plain words.
    ("escalate.account_compromised", 4, "SKU-402",
      "There was a second delivery address on my account that isn't mine and a saved card I don't recognise."),
    ("escalate.account_compromised", 3, "SKU-601", "A week later my bank rang me about someone using my card."),
    ("escalate.never_again", 4, "SKU-401", "The way I was treated means I'm finished shopping here for good."),
    ("escalate.never_again", 2, "SKU-501", "after the runaround I won't be spending anything at this store again."),
    ("escalate.not_received", 4, "SKU-201", "The one that turned up is great. The second one never got here at all."),
    ("escalate.not_received", 4, "SKU-402", "Hers came in a separate box and that box just vanished somewhere along the way."),
    ("escalate.damaged", 2, "SKU-901", "Gas hissed out round the base. Never got a flame out of it."),
    ("escalate.damaged", 4, "SKU-402",
      "The right sole was already peeling away at the toe when I took them out of the box. Can't run in them like that."),
    ("escalate.wrong_item", 4, "SKU-701",
      "I ordered the medium 3 pack and these are all larges. Can I swap them for mediums somehow?"),
    ("escalate.wrong_item", 4, "SKU-701",
      "The pack inside was kids small when my order says mens large, so I need that sorted."),
    // Round two (u189-u192): a warning, then harm to the person or their things.
    ("legal.threat", 4, "SKU-401",
      "Side note to the guy who keeps blocking my driveway: one more time and you'll come out to a brick through your windshield."),
    ("legal.threat", 5, "SKU-601",
      "whoever keeps taking it off my desk, I'm going to figure it out and when I do you're gonna need a dentist."),
    ("legal.threat", 5, "SKU-301",
      "The courier who kicked my cat: I know your route. Touch her again and you'll be picking yourself up off my driveway."),
    ("legal.threat", 5, "SKU-801", "if your van ever comes down our road again you'll be leaving in the back of an ambulance."),
    // Insults by character: vocatives, nouns of character, likenesses.
    ("legal.harassment", 5, "SKU-401", "they're BOOTS, you dense little muppet. Go buy slippers."),
    ("legal.harassment", 5, "SKU-801", "you put your whole weight on one pole, you absolute baboon."),
    ("legal.harassment", 5, "SKU-301",
      "big shoutout to my delivery driver, a lazy slug with the manners of a goat, who left it in a puddle."),
    ("legal.harassment", 3, "SKU-401", "The guy at the counter is a pompous windbag who lectured me."),
    ("legal.harassment", 5, "SKU-201",
      "My husband, who honestly has the IQ of a houseplant, spent 45 minutes fighting this tent."),
    ("legal.harassment", 5, "SKU-302", "my mother in law says it's ugly, but she's a bitter old crow."),
    // A group named, then the whole group given a trait.
    ("legal.hate", 5, "SKU-501",
      "the park by me is overrun with homeless people and they're all filthy junkies and criminals."),
    ("legal.hate", 5, "SKU-602",
      "Shopping for it I went through a Muslim neighbourhood, they're backward violent people, the lot of them."),
    ("legal.hate", 4, "SKU-601",
      "Americans though - a whole country of fat stupid people, couldn't even give directions."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  /// An insult aimed at a target is one finding, not read again by character.
  @Test func oneFindingPerInsult() throws {
    guard let engine = ContentFixture.engine else { throw ContentFixture.FixtureError.noEngine }
    let review = Review(
      id: "r", rating: 1, title: "", body: "The seller is a lazy idiot.", product: Product(id: "SKU-101"))
    let finding = engine.screen(review).findings.first { $0.criterion == "legal.harassment" }
    #expect(finding?.spans.count == 1)
    #expect(finding?.evidence == "seller is a lazy idiot")
  }

  @Test(arguments: [
    // An offer, then a condition that changes no review; a review changed by choice.
    ("escalate.review_tampering", 4, "SKU-201",
      "They offered a full refund if I returned it, so I updated my review to 4 stars myself."),
    ("escalate.review_tampering", 5, "SKU-501",
      "They sent me a replacement; if it holds up I'll update my review."),
    ("escalate.review_tampering", 5, "SKU-402", "Support offered to help if I changed the laces, nice people."),
    // Likenesses of things, a contraction not aimed at a person, a pathetic product.
    ("legal.harassment", 2, "SKU-501", "This headlamp is pathetic, the beam is a candle."),
    ("legal.harassment", 5, "SKU-402", "She's a runner and she loves these, my daughter says they're her best shoes."),
    ("legal.harassment", 5, "SKU-101", "The whiny zipper is the only fault, a jealous-making pack."),
    // Stretchers, bodyguards and tyres that threaten no one.
    ("legal.threat", 5, "SKU-801", "Used these to rig a stretcher on a first aid course, they held."),
    ("legal.threat", 5, "SKU-101", "Fits everything, my friend calls it my bodyguard pack."),
    ("legal.threat", 4, "SKU-901", "Came back with a gas can and it lit first time."),
    // Groups named neutrally, "those people" who are staff, a pointer with no group.
    ("legal.hate", 5, "SKU-402",
      "Made in Bangladesh and the stitching is perfect. Those people at the factory know their craft."),
    ("legal.hate", 5, "SKU-302", "Wore it to the pride hike with my gay friends, everyone loved it."),
    ("legal.hate", 4, "SKU-801", "Old people have always loved this brand, my grandad swears by it."),
    // Escalation look-alikes: our own card, a password we changed, a wear story.
    ("escalate.account_compromised", 5, "SKU-601", "I changed my password after the update and it all works."),
    ("escalate.damaged", 1, "SKU-402",
      "Super comfy out of the box. BUT after about 6 weeks of runs the lugs were peeling off."),
    ("escalate.never_again", 5, "SKU-201", "I'm finished shopping around, this tent is the one."),
    ("escalate.never_again", 5, "SKU-201", "I'm finished shopping at other stores, this one has it all."),
    ("escalate.never_again", 5, "SKU-302", "I won't be spending another winter without this hoodie."),
    // Round two's look-alikes: harm words after warnings about gear, laughed off, or before
    // the warning.
    ("legal.threat", 5, "SKU-801",
      "told him if he touches it he's carrying the bear canister lol, next time I'll hide it with a bat 😂"),
    ("legal.threat", 4, "SKU-402", "Next time I'll size up. My sister wore hers in the hospital after her surgery."),
    ("legal.threat", 5, "SKU-101", "I spent a week in the hospital last year. Next time I hike I'm taking this pack."),
    ("legal.threat", 5, "SKU-202", "Next time let some air out of your tires before the beach road, we got stuck."),
    ("legal.threat", 5, "SKU-501", "Next time I won't be alone in a dark parking lot without this lamp."),
    ("legal.harassment", 5, "SKU-301", "How do you people hire such great staff? Lovely jacket."),
    // Vocatives of praise, gear called names, the customer's own faculties, teasing that laughs.
    ("legal.harassment", 5, "SKU-101", "Thank you absolute legends, it came in two days."),
    ("legal.harassment", 5, "SKU-102", "this pack is a tank, you absolute unit."),
    ("legal.harassment", 2, "SKU-201", "This tent has the personality of wet cardboard."),
    ("legal.harassment", 2, "SKU-402", "These boots are awful, they have the charm of a brick."),
    ("legal.harassment", 4, "SKU-501",
      "i apparently have the IQ of a potato bc it took me 10 minutes to find the red light mode."),
    ("legal.harassment", 5, "SKU-201", "I'm a lazy slob at camp and this tent still goes up in five minutes."),
    ("legal.harassment", 5, "SKU-602", "my husband is a stubborn old goat about water filters lol, he loves this one."),
    // Groups named neutrally or kindly, a trait far from any generalizer, goods of a country.
    ("legal.hate", 5, "SKU-701",
      "I volunteer with homeless people and they're all grateful for warm socks like these."),
    ("legal.hate", 4, "SKU-401", "Made in China and they're all cheap junk, the eyelets bent."),
    ("legal.hate", 5, "SKU-302",
      "My mum moved here from Ghana and finds the winters brutal. She says it's the first thing that keeps her warm."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  /// The sentences that laugh a menace or a tease off: a laughing word, or a laughing emoji
  /// after a sentence's word (the emoji belongs to the sentence before it).
  @Test func laughingSentences() {
    let field = TextField(field: .body, text: "He is a goat lol. Next time. Watch out 😂\nFine 👍")
    let laughing = LegalWords.laughingSentences(field)
    #expect(laughing.contains(0))
    #expect(!laughing.contains(1))
    #expect(laughing.contains(2))
    #expect(!laughing.contains(3))
    #expect(LegalWords.laughingSentences(TextField(field: .body, text: "ok 🤣")) == [0])
    #expect(LegalWords.laughingSentences(TextField(field: .body, text: "ok 😀 👍 😃")).isEmpty)
  }
}
