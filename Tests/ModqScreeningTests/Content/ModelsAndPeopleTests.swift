import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-ninth session's blind batches on orders in parts, model names and the people
/// in a review. A model of the catalog ordered and another that came is a wrong item; a model
/// owned before, one bought beside it or one of a multi-item order is not. A part still not
/// received is a loss even with "so" after it. Teeth to look for, a wait outside someone's
/// house and a driver dragged from his truck are threats; "I had to drag him out of the
/// shop" is not, nor "Next time I'll come visit you guys at the store". A person called a
/// "brain-dead slob" or "some smug little know-it-all" is harassed; a nation called dirty
/// is hated. "My bad" is no complaint.
@Suite struct ModelsAndPeopleTests {
  @Test(arguments: [
    ("escalate.wrong_item", 1, "SKU-202",
      "We ordered the Basecamp 4P and a Ridge 2P arrived. There are four of us. Our camping "
        + "trip is in 10 days, please ship the correct tent ASAP."),
    ("escalate.wrong_item", 2, "SKU-501",
      "ordered the Beacon 400, got a Beacon 200. not bright enough, can you swap it"),
    ("escalate.wrong_item", 1, "SKU-402",
      "Ordered Trail Runner 3s and received Trail Runner 2s. send me the 3s"),
    ("escalate.wrong_item", 2, "SKU-102",
      "Ordered the Summit 45 in torso size M and got the S. Can someone tell me how to swap "
        + "it for the M?"),
    ("escalate.wrong_item", 2, "SKU-701",
      "Ordered size M socks, the 3-pack came in XL. please exchange for M"),
    ("escalate.not_received", 1, "SKU-201",
      "The box came with the fly, the inner and the stakes. The pole set was NOT in it. Two "
        + "weeks later I still haven't received the poles so I have a tent I can't pitch."),
    ("legal.threat", 1, "SKU-501",
      "your support rep Kevin hung up on me TWICE. Kevin, if I ever find you, you're going to "
        + "need one of these headlamps to look for your teeth."),
    ("legal.threat", 1, "SKU-101",
      "And to the person who keeps reporting my reviews as spam: Report me one more time and "
        + "I'll be waiting outside your house."),
    ("legal.threat", 1, "SKU-301",
      "FedEx guy threw this over my gate AGAIN. next time i see that truck i will personally "
        + "drag him out of it and he will regret it."),
    ("legal.harassment", 1, "SKU-301",
      "The jacket is fine. The driver who brought it is a brain-dead slob who chucked the box "
        + "over my fence."),
    ("legal.threat", 1, "SKU-101",
      "to whoever owns this store - i hope your house is insured. thats all im saying."),
    ("legal.threat", 1, "SKU-301",
      "Marco, I found your profile. I know which gym you go to and what time. Keep looking "
        + "over your shoulder."),
    ("legal.threat", 2, "SKU-601",
      "whoever packed my order, i swear if i ever meet you you're going to end up in the "
        + "hospital"),
    ("legal.threat", 1, "SKU-501",
      "I WILL FIND OUT WHERE YOU WORK AND I WILL BE WAITING IN THE PARKING LOT WHEN YOUR "
        + "SHIFT ENDS."),
    ("legal.harassment", 1, "SKU-301", "to the guy who packed this: you brain-dead walnut."),
    ("legal.harassment", 3, "SKU-201",
      "a big thank you to the expert at the store. I've met houseplants with more brains than "
        + "that guy."),
    ("legal.harassment", 2, "SKU-201",
      "when I called about it the agent, some smug little know-it-all called Kevin, talked to "
        + "me like I was five years old."),
    ("legal.harassment", 1, "SKU-701",
      "And the woman on your chat is a brain-dead parrot who just repeats the same line."),
    ("legal.harassment", 4, "SKU-101",
      "To Linda who said it's too heavy to lift - maybe try lifting something other than a "
        + "fork, you fat lazy cow."),
    ("legal.hate", 1, "SKU-501",
      "headlamp made in poland. polish peoples are dirty and stupid, they cannot make nothing "
        + "good."),
    ("legal.hate", 2, "SKU-701", "Jew price for a 3 pack lol. Socks are itchy too"),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    ("escalate.wrong_item", 4, "SKU-402",
      "I ordered the Trail Runner 3 after my Trail Runner 2 wore out, and got them in two days."),
    ("escalate.wrong_item", 2, "SKU-102",
      "Ordered the Summit 45 and got to the Summit 3 times this summer, but the hipbelt rubs."),
    ("escalate.wrong_item", 2, "SKU-201",
      "We ordered the Basecamp 4P and the Ridge 2P. A Ridge 2P arrived first, the Basecamp a "
        + "day later. Ridge leaks at the seams."),
    ("escalate.wrong_item", 2, "SKU-402",
      "Ordered the Trail Runner 3 last month and got a Trail Runner 2 from a friend this week."),
    ("escalate.wrong_item", 1, "SKU-201",
      "I ordered the Ridge 2P because my old Basecamp 4P was too heavy. It leaks."),
    ("escalate.wrong_item", 2, "SKU-501",
      "Ordered the Beacon 400, got my old Beacon 200 out for comparison, the 400 is dimmer!"),
    ("escalate.wrong_item", 2, "SKU-501",
      "I ordered the Beacon 400 because I got a Beacon 200 as a gift years ago. This one "
        + "flickers."),
    ("escalate.wrong_item", 2, "SKU-201",
      "I ordered the Ridge 2P and received the Ridge 2P footprint too, the tent leaks."),
    ("escalate.wrong_item", 2, "SKU-302",
      "I ordered a medium and the tag says M, but it fits like an XS. Boxy."),
    ("escalate.wrong_item", 2, "SKU-301",
      "Ordered in black. The L shaped zip pull broke the first day."),
    ("escalate.not_received", 5, "SKU-302",
      "Never received so many compliments on a hoodie."),
    ("legal.threat", 5, "SKU-101",
      "My kids love it. I had to drag him out of the shop before he bought two, next time he "
        + "can pay."),
    ("legal.threat", 4, "SKU-301",
      "Next time the courier should knock, he left it waiting outside my door in the rain."),
    ("legal.threat", 5, "SKU-501",
      "the red mode is perfect for looking for your keys at the campsite. next time i'll buy "
        + "two"),
    ("consistency.rating_mismatch", 5, "SKU-901",
      "I was about to complain the igniter was missing from the box, turns out it's built in "
        + "under the burner arm. My bad. Boils a litre in about 4 minutes and folds down small "
        + "enough to go inside my mug."),
    ("legal.threat", 5, "SKU-101",
      "Love this pack! Next time I'm in town I'll come visit you guys at the store to try the "
        + "bigger one."),
    ("legal.threat", 5, "SKU-501",
      "Great for night shifts. Next time I'll be waiting in the parking lot for my wife I'll "
        + "read with it."),
    ("legal.threat", 4, "SKU-901",
      "Works well. Next time I'll bring a full gas can in my car for the big stove."),
    ("legal.threat", 5, "SKU-301",
      "Next time you're in a storm you won't be looking over your shoulder for shelter."),
    ("legal.threat", 5, "SKU-402",
      "If I ever wear flat shoes again I'll end up in the hospital. Next time you need "
        + "runners, get these."),
    ("legal.threat", 5, "SKU-101",
      "You won't be walking away from this deal unhappy, next time it's on sale grab two."),
    ("legal.threat", 5, "SKU-402",
      "I hope your house is as cozy as mine with these on lol."),
    ("legal.harassment", 5, "SKU-601", "I'm a sucker for a good bottle and this one is great."),
    ("legal.harassment", 5, "SKU-101",
      "Honestly nobody likes carrying weight, but this pack makes it easy."),
    ("legal.hate", 5, "SKU-202",
      "Polish people at the campsite asked where we got it. Great tent."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
