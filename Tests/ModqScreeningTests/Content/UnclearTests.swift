import Testing

@testable import ModqScreening

@Suite struct UnclearTests {
  @Test(arguments: [
    "asdfgh jkl", "dfgdfgdfg", "asdfgh jkl qwerty zxcvbn", "sdfsdf hjkhjk lkjhg",
    // Four different letters on neighbouring keys of a row.
    "asdf asdf qwerty zxcv", "hjkl asdf",
    // Three different letters on neighbouring keys of a row (u16).
    "fgh dfgh sdf ;lkj ;lkj qwe qweqweqwe zzxv",
  ])
  func gibberishFires(body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: 5).contains("unclear.gibberish"))
  }

  @Test(arguments: [
    "realy good jaket, fits grate and keeps me dry",
    "Recieved it yesterday, definately the best Pilcro jeans, xxl fits",
    "Love it",
    "Tunic length, cardi is soft",
    "Wow!",
    // "were" walks a keyboard row but repeats a letter.
    "They were were great",
    "tbh smh lol, runs big", "Pho and poi after the hike, the bottle kept my tea hot.",
  ])
  func typosAndShortTextsDoNotFire(body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: 5).contains("unclear.gibberish"))
  }

  @Test(arguments: [
    (1, "Great, it broke in a day. Thanks for nothing."),
    (2, "Oh wonderful, another jacket that leaks."),
    (1, "Perfect, the strap snapped on the first hike."),
    (2, "Just what I needed, a bottle that leaks all over my bag."),
    (1, "Oh fantastic, a tent that turns into a pool. Just what I always wanted."),
    // cynical-any-rating.txt: markers praise never uses fire over max_rating too.
    (5, "Great, it broke in a day. Thanks for nothing."),
    (4, "Best money I ever wasted, the stove leaked on the first use."),
    // "Not." as a sentence of its own takes the praise back.
    (2, "Love how the sole peeled off after one run. Really top notch quality. Not."),
    (1, "Waterproof, they said. The seams leaked all night. Great design. Not!"),
    // Praise opening a sentence, taken back by a failure in it (cynical-praise.txt).
    (1, "Love how the 'waterproof' jacket kept me soaked the whole hike."),
    (2, "I just love that the lid leaked all over my laptop on day one."),
    // Two markers, one the internet's "10/10 would ... again" (u9).
    (1, "Oh wonderful, a headlamp that lights up absolutely nothing past my own nose. Ten out of ten, would stumble around in the dark again."),
    (1, "love how my 'insulated' bottle turns piping hot coffee into room temp by 10am."),
    (1, "Oh fantastic, the battery lasted a whole 25 minutes. Truly stellar engineering, thanks so much."),
    (1, "Nothing says fun like wearing a plastic bag that holds in every drop of sweat. Ten out of ten, would boil myself again"),
  ])
  func cynicalFires(rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains("unclear.cynical"))
  }

  @Test(arguments: [
    (5, "Great pack, thanks for the fast help with sizing."),
    (5, "Great, fits perfectly and keeps me warm."),
    (3, "Great, but the zipper broke after a year."),
    (4, "Just what I needed for winter hikes."),
    (2, "The seam ripped, disappointing."),
    // Over max_rating: a marker of cynical-phrases.txt only, or a denied failure.
    (5, "Just great, it broke in a day."),
    (5, "Thanks for nothing? No: it never broke, never leaked. Love it."),
    (3, "Is it perfect? Not. But the zipper never broke and it fits."),
    (2, "Warm? Not really. The seam ripped on day two."),
    // A contrast word makes it a mixed review; a denied failure is praise; a failure in
    // another sentence is another point.
    (2, "I love that it packs small, but it leaks at the seams."),
    (3, "Love how it never leaks, even in a downpour."),
    (3, "Love how light it is. The zipper broke after a month."),
    (3, "The pole snapped. Love how fast support sent a new one."),
    (5, "Oh wonderful, it came early. 10/10 would buy again."),
    (3, "Love how it keeps coffee hot, never lukewarm, but the lid is fiddly."),
  ])
  func cynicalDoesNotFire(rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains("unclear.cynical"))
  }
}
