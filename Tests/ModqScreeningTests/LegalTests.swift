import Testing

@Suite struct LegalTests {
  @Test(arguments: [
    "I will find you and hurt you.", "I know where you live, seller.", "I'm going to kill you",
    "we will beat the seller", "I'll hurt you", "whoever packed this deserves a beating",
    "Whoever packed this, I'm coming for you.",
    "the delivery guy who threw this over my fence better watch his back",
    // A fresh batch (u9).
    "keep it up and I will track you down and break these poles over your head",
    "Keep steering people wrong and I'll come find you at the trailhead lot some morning.",
  ])
  func threats(_ text: String) {
    #expect(Fixture.fired(text).contains("legal.threat"))
  }

  @Test(arguments: [
    "This stove kills it, boils water fast.", "Killer deal on a killer jacket.",
    "I will destroy this trail in these boots", "These boots will hurt your feet at first",
    "I will end up returning it", "My dog is coming for you, squirrels. Great clip on this pack.",
    "the hood is cut wide so you can watch your footing", "a light to watch the back of the tent",
    "pull the hood over your head and cinch it", "the tracking was down all week",
    "Come find your next favourite trail shoe here.",
    // New boots worn soft (u234).
    "I'd ordered these boots a month ahead so I could break them in properly.",
  ])
  func notThreats(_ text: String) {
    #expect(!Fixture.fired(text).contains("legal.threat"))
  }

  @Test(arguments: [
    "The seller is an idiot.", "You people are morons.", "you idiots",
    "the staff are a bunch of clowns", "the guy at the returns desk is a useless idiot",
    "The delivery driver was a total moron and threw the box over my fence.",
    // Named by where they work; an adjective before the insult.
    "the idiot at your help desk hung up on me twice.", "your support guy is a clueless moron",
    "you are all a bunch of incompetent clowns",
    // "ur" as "you're" (a batch the rules had not seen).
    "to the guy in the Q&A saying these run small: ur an idiot who cant read a size chart",
    // "who" after the insult names a person, even for insults also said of things.
    "To the clown below who gave these one star: learn to read a size chart.",
    "the idiot who packed this box should be fired",
    // A fresh batch (u9): insults the list lacked, with "too", "obviously" between.
    "The guy in these reviews whining about the weight is a lazy, soft little couch potato who has never lifted anything.",
    "To whoever gave these 1 star: you are obviously too dim to flip a lever closed.",
    // Where reviewers write names a reviewer (u13, u14).
    "And to the clown in the reviews moaning that they're too stiff, maybe learn to tie your own laces, genius.",
    "maybe learn your own shoe size before whining, you absolute muppet.",
  ])
  func harassment(_ text: String) {
    #expect(Fixture.fired(text).contains("legal.harassment"))
  }

  @Test(arguments: [
    "This jacket is garbage and the zipper is trash.", "Stupid zipper keeps sticking.",
    "I felt like an idiot in this dress", "makes you look like a clown", "they are dumb looking",
    "I felt like an idiot at the front desk trying to return it",
    "the stupid zipper on the jacket broke", "they are all a bunch of little plastic clips",
    // "ur" as "your": a thing insult after it is about the thing.
    "ur stupid zipper broke on day 3", "ur socks are dumb looking but warm",
    "I felt like an idiot who couldn't read the chart", "I'm the idiot who ordered a small",
    "the reflective strip makes me look like a clown who lost his way",
    "the beam is too dim for night hikes", "they are too dim on the low setting",
    "if you hike at night you will find it too dim", "I was a fool to buy the cheap ones first",
    "the dumb strap in the reviews photos looks different from mine",
  ])
  func notHarassment(_ text: String) {
    #expect(!Fixture.fired(text).contains("legal.harassment"))
  }

  @Test(arguments: [
    "Made by immigrants, and immigrants are vermin.", "I hate immigrants",
    "Women should not be allowed to design boots",
    // A group said to have "taken over" (u12).
    "far from the immigrants who've taken over every campground near the city.",
    // "people like that" pointing back at a group named earlier in the sentence (u18).
    "clearly translated by foreigners, and honestly people like that are a plague on this country",
  ])
  func hate(_ text: String) {
    #expect(Fixture.fired(text).contains("legal.hate"))
  }

  @Test(arguments: [
    "Asian sizing runs small, order one size up.", "Great gift for women who hike",
    "My husband and other men love it",
    "Rude sales reps, honestly people like that are a plague on this store.",
  ])
  func notHate(_ text: String) {
    #expect(!Fixture.fired(text).contains("legal.hate"))
  }
}
