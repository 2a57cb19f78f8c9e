import Testing

@testable import ModqScreening

@Suite struct StoreMentionTests {
  @Test(arguments: [
    ("Same jacket is cheaper at TrailMart, buy it there.", "SKU-301"),
    ("Get it from GearHub instead, they have it in stock.", "SKU-402"),
    ("Check trailmart.example for this tent.", "SKU-201"),
    ("Summit Supply Co sells a better version.", "SKU-201"),
    // "Summit" is in this product's name, "Summit Supply" is not.
    ("Found the same pack at Summit Supply for less, but bought here anyway.", "SKU-102"),
    ("GearHub has this exact hoodie on sale for way less right now.", "SKU-302"),
    ("the exact same boot is on the rack at summit supply for noticeably less, look over there first", "SKU-401"),
  ])
  func competitorFires(body: String, product: String) throws {
    #expect(try ContentFixture.criteria(body, rating: 3, product: product)
      .contains("competitor.mention"))
  }

  @Test(arguments: [
    ("Gave this TrailMart gift card to my brother, he loved it. Better than cash.", "GC-TM-50"),
    ("Much better than the one I had from TrailMart.", "SKU-301"),
    ("The Summit 45 carries well on long days.", "SKU-102"),
    // competitor-left.txt: the customer left the competitor's product for ours.
    ("Returned the TrailMart pack and bought this instead, way better pockets.", "SKU-101"),
    ("Switched from GearHub to this one, much better fit.", "SKU-402"),
  ])
  func competitorDoesNotFire(body: String, product: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: 5, product: product)
      .contains("competitor.mention"))
  }

  @Test(arguments: [
    ("My RidgeLine rain jacket is lighter than this one.", "SKU-301"),
    ("Returned it and got a Boreal Works tent instead.", "SKU-201"),
    ("Glacier & Co makes a similar bottle.", "SKU-601"),
    ("RidgeLine makes a warmer hoodie.", "SKU-302"),
    ("Fine shoes but my RidgeLine trail runners have a better grip on wet rock.", "SKU-402"),
  ])
  func similarBrandFires(body: String, product: String) throws {
    #expect(try ContentFixture.criteria(body, rating: 3, product: product)
      .contains("other_product.similar_brand"))
  }

  @Test(arguments: [
    ("Pairs well with my Kestrel headlamp.", "SKU-301"),
    ("Wore them with my RidgeLine merino socks, no blisters.", "SKU-401"),
    ("A glacier hike in the rain and I stayed dry.", "SKU-301"),
    // The brand's own noun is another category, whatever else the sentence names.
    ("I also own a RidgeLine beanie, it matches this hoodie perfectly.", "SKU-302"),
    // A brand that is also a word, in lower case before a place noun, is the place (u11).
    ("carried 32 lbs for 3 days on the ridgeline trail above the lake and the hip belt took all of it", "SKU-102"),
  ])
  func similarBrandDoesNotFire(body: String, product: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: 5, product: product)
      .contains("other_product.similar_brand"))
  }

  @Test(arguments: [
    ("This headlamp is bright and the battery lasts all night.", "SKU-601"),
    ("These boots fit great, broke them in within a week, laces stay tied.", "SKU-201"),
    // One cue, as the subject that opens the sentence, counts two.
    ("These hiking socks are so soft and keep my feet dry.", "SKU-602"),
    // Boots reviewed on the bottle's page (u13).
    ("Broke in after two short hikes, the ankle support is great and the laces stay tied all day. Size up half a size if you wear thick socks.", "SKU-601"),
  ])
  func wrongProductFires(body: String, product: String) throws {
    #expect(try ContentFixture.criteria(body, rating: 4, product: product)
      .contains("consistency.wrong_product"))
  }

  @Test(arguments: [
    ("Keeps water cold all day, fits my pack's side pocket.", "SKU-601"),
    ("Pitched the tent in ten minutes; wore it with boots and socks.", "SKU-201"),
    ("Great with boots and sneakers alike.", "SKU-301"),
    ("These boots fit great and the laces stay tied.", "SKU-401"),
    // One cue that is not the sentence's subject stays one.
    ("Keeps my coffee hot, and it fits next to my socks in the pack.", "SKU-602"),
    ("I clip it to my hat and these beams light the whole trail.", "SKU-501"),
  ])
  func wrongProductDoesNotFire(body: String, product: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: 4, product: product)
      .contains("consistency.wrong_product"))
  }
}
