import Testing

@testable import ModqScreening

/// The nineteenth session's second round of blind batches: u97, an ordinary Saturday's
/// queue; u98, order and service problems told as long stories; u99, star ratings against
/// the text ("Great little bag" at 1 star, "Fantastic stove ... Highly efficient 🙄"); u100,
/// people in reviews ("Derek at the Boulder store is a condescending idiot"). Each form
/// fires, and the nearest innocent text does not.
@Suite struct StarsAndServiceStoryTests {
  @Test(arguments: [
    // A negation of a complaint word ("no blisters", "doesnt leak") is praise, not a hedge.
    ("consistency.rating_mismatch", 2, "SKU-701",
      "Best socks I ever have for hiking!! Warm, soft, no blisters even after 25 km day. I order now second pack for my husband. Thank you so much 😍"),
    ("consistency.rating_mismatch", 1, "SKU-601",
      "obsessed w this bottle fr 🧊 left it in a hot car all day and my water was still ice cold. doesnt leak in my backpack either. 10/10 best bottle ive had"),
    // "little" after praise is fondness; "still looks brand new" is praise that held.
    ("consistency.rating_mismatch", 1, "SKU-101",
      "Great little bag. She loves it, the straps are padded and comfy, and it still looks brand new after a whole semester."),
    ("unclear.cynical", 1, "SKU-801",
      "Wow, amazing poles. They collapse a little more with every step so by the end of the day I'm basically hiking with two chopsticks 🙃"),
    ("unclear.cynical", 1, "SKU-901",
      "Fantastic stove. Took only 20 minutes to bring a cup of water to a lovely lukewarm. Dinner was served around midnight. Highly efficient 🙄"),
    ("unclear.cynical", 1, "SKU-301",
      "Amazing jacket if your goal is to find out exactly how cold rain feels on your back. Two hours of drizzle and I was soaked through. A real triumph of engineering 👏👏"),
    ("unclear.cynical", 1, "SKU-302",
      "Oh it's GREAT. My wife wore it at the lake in October and got to spend the whole night shivering, so thanks for that."),
    ("escalate.never_again", 2, "SKU-601",
      "The bottle itself is fine. But it took 3 weeks to show up and nobody replied to my emails. That's it for me, Northpeak won't be getting any more of my money."),
    ("integrity.extortion", 2, "SKU-202",
      "Warehouse got it 3 weeks ago, still no refund. If the money isn't back on my card by Friday this goes to 1 star and I'm posting the whole story in every forum."),
    ("escalate.frustration_cta", 2, "SKU-202",
      "Warehouse got it 3 weeks ago, still no refund. If the money isn't back on my card by Friday this goes to 1 star and I'm posting the whole story in every forum."),
    ("escalate.damaged", 1, "SKU-201",
      "Opened the tent bag the night before our trip and one of the main pole sections is snapped clean through. The bag was still sealed so it was like this before it got to me. Really not happy."),
    ("escalate.damaged", 1, "SKU-501",
      "Charged it overnight. Put it on for an evening walk, it flickered twice and went dark. Won't turn on, won't charge, nothing. Used it for about 4 minutes total."),
    // A name before where the person works heads the subject.
    ("legal.harassment", 3, "SKU-401",
      "Derek at the Boulder store is a condescending idiot. I asked a simple question about insoles."),
    // "packs smaller" is how it stows, not a pack: the brand's sentence is about the product.
    ("other_product.similar_brand", 3, "SKU-302",
      "It's warm enough for fall but honestly my Summitcraft puffy is lighter and packs smaller."),
    ("other_product.similar_brand", 3, "SKU-202",
      "My hiking buddy Sam has the Summitcraft one that sleeps the same number, and his is lighter, packs smaller and went up faster."),
    ("irrelevant.shipping_service", 5, "SKU-201",
      "Luis saved the day. My order got stuck in a warehouse in Ohio for a week. Luis on the live chat tracked it down, got it moving and it showed up 2 days later. Great customer service, thank you Luis!"),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    // A negation of anything but a complaint stays a hedge.
    ("consistency.rating_mismatch", 1, "GC-TM-50",
      "The gift card I bought for my nephew's birthday never arrived. Not in his inbox, not in his spam. The birthday came and went with no present."),
    ("consistency.rating_mismatch", 2, "SKU-101", "Great little bag but the zipper broke in a week."),
    // A size letter is no chat slang for laughing.
    ("unclear.cynical", 1, "SKU-402",
      "asked to exchange for size L 🙄 3 weeks ago, got one auto email and then silence."),
    ("unclear.cynical", 3, "SKU-302",
      "very warm and packable. the main zipper snags on the fabric flap every single time 🙃"),
    ("unclear.cynical", 2, "SKU-302", "Love the colour but it ripped the first week 🙄"),
    ("unclear.cynical", 2, "SKU-301",
      "I picked the forest green one. What showed up is bright orange 🙃 Please send the green one."),
    ("integrity.extortion", 2, "SKU-202",
      "Warehouse got it 3 weeks ago. If the money isn't back on my card by Friday I'll call my bank."),
    ("escalate.damaged", 5, "SKU-201",
      "The bag was still sealed when I gave it to my brother; he has pitched it twice and loves it."),
    ("legal.harassment", 3, "SKU-401",
      "Derek at the Boulder store is a legend, he re-laced my boots for a steep descent."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
