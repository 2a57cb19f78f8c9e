import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-seventh session's harassment and threats (u227): a person named before "who"
/// and a long clause, then the insult after a copula and words that describe it ("The cashier
/// who activated it for me was a mouth-breathing imbecile"); "you're a" and a word of
/// character; "I'm" and a violent verb in "-ing" aimed at a person ("I'm breaking his
/// fingers"); warnings ("if he ever", "keep it up and") followed by harm to a person. Kind
/// words after "who", insults that are part of a compound ("fool-proof"), "you" in general or
/// as the store, and accidents that end in a black eye do not fire.
@Suite struct RelativeInsultTests {
  @Test(arguments: [
    ("legal.harassment", 4, "SKU-401",
      "The cashier who activated it for me was a mouth-breathing imbecile though."),
    ("legal.harassment", 3, "SKU-601",
      "the guy in the comments who keeps calling this filter unsafe and posting links to his "
        + "blog is a paranoid crank and a total loser, ignore him."),
    ("legal.harassment", 3, "SKU-302",
      "Jen in the Q&A who replies to every complaint: you're a sad, miserable busybody."),
    ("legal.harassment", 2, "SKU-402",
      "to all the five star people on here: you're a flock of brainless sheep."),
    ("legal.threat", 5, "SKU-302",
      "my roommate keeps stealing them out of the dryer. third time I'm breaking his fingers."),
    ("legal.threat", 3, "SKU-402",
      "to whoever keeps swiping packages off porches: when I catch you I'm breaking both your "
        + "legs."),
    ("legal.threat", 1, "SKU-301",
      "Whoever put the word waterproof on this, I'll make sure you get hurt worse than my wallet."),
    ("legal.threat", 5, "SKU-302",
      "the courier guy kicked my dog. if he ever sets foot on my property again he's leaving in "
        + "an ambulance."),
    ("legal.threat", 5, "SKU-201",
      "Next time I catch that guy doing it I'm dragging him out of his van and he's going home "
        + "with a black eye."),
    ("legal.threat", 4, "SKU-601",
      "delivery dude honked at 6am. buddy, do that once more and there's a brick coming through "
        + "your windscreen."),
    ("legal.threat", 3, "SKU-402",
      "Keep that attitude, mate, and I'll be out by your car after your shift to knock that "
        + "smirk off your face."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    ("legal.harassment", 4, "SKU-201",
      "The guy who sold me this tent was a lovely chap, knew everything about it."),
    ("legal.harassment", 3, "SKU-101",
      "The cashier who rang me up was a new starter, a bit slow but friendly."),
    ("legal.harassment", 3, "SKU-402",
      "The reviewer who said these run small is honestly right, size up."),
    ("legal.harassment", 5, "SKU-101",
      "The woman who helped me in store is a legend, she found the right torso length."),
    ("legal.harassment", 3, "SKU-201",
      "The seller who answered my question was an idiot proof explainer, super clear."),
    ("legal.harassment", 4, "SKU-201", "Pitching it is fool-proof, even my kids did it."),
    ("legal.harassment", 2, "SKU-201",
      "The driver who delivered it was great but honestly the tent is a total clown show."),
    ("legal.harassment", 2, "SKU-402",
      "The woman who served me was kind but these shoes are a joke and the laces are a clown "
        + "show."),
    ("legal.harassment", 5, "SKU-101",
      "If you're a lazy packer like me, the big lid pocket is perfect."),
    ("legal.harassment", 4, "SKU-601",
      "You're a miserable camper without coffee, so get this bottle."),
    ("legal.harassment", 2, "SKU-601",
      "You're a useless company, three emails and no answer about my lid."),
    ("legal.harassment", 4, "SKU-302",
      "You're a sad person if you don't own at least one pair of these? Just kidding."),
    ("legal.harassment", 5, "SKU-101",
      "Mum, you're a stubborn old thing but you finally admitted the pack is comfy lol"),
    ("legal.threat", 5, "SKU-402",
      "I'm beating my husband to the summit every time in these shoes."),
    ("legal.threat", 3, "SKU-402", "Still breaking them in, I'm breaking my heels too lol."),
    ("legal.threat", 4, "SKU-101", "I'm killing it on the trails with this pack."),
    ("legal.threat", 5, "SKU-501",
      "If you ever need an ambulance on the trail, the strobe mode on this lamp is a lifesaver."),
    ("legal.threat", 5, "SKU-302",
      "If you ever need warm socks, these are it. If they ever go on sale, stock up."),
    ("legal.threat", 2, "SKU-201",
      "The pole snapped back and I nearly went home with a black eye. Next time I'll be careful."),
    ("legal.threat", 3, "SKU-402",
      "Keep it up and these will last years, just clean them after mud."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
