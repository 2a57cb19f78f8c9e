import Testing

@testable import ModqScreening

/// A charge or a sign-in that was a stranger's, told in any words, is a worry that the card or
/// account was compromised; a fee, a denial, a guess or "never heard of" without a charge is
/// not.
@Suite struct StrangeChargeTests {
  @Test(arguments: [
    (5, "Bottle is excellent. A few days after ordering this my card started getting little charges from websites I've never heard of. Has anything happened on your end?"),
    (4, "Hoodie is super warm. About two days after checking out I got a text from my bank about a charge at some gas station in another state that definitely wasn't me."),
    (5, "Jacket is 10/10. The day after my order someone signed into my Northpeak account from a new device in a city I've never been to."),
    (2, "The pack is fine. Two days after I checked out, my bank rang about a payment to some electronics site in another country using the same card."),
  ])
  func fires(rating: Int, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating).contains("escalate.account_compromised"))
  }

  @Test(arguments: [
    (5, "Best purchase from a brand I'd never heard of before. Keeps ice all day."),
    (5, "No charges from anywhere I've never heard of, checkout was smooth and secure."),
    (3, "The tent's fine. Shipping charges to another state were steep, wish it was free."),
    (5, "Logged 200 miles with this stove in another country, never failed."),
    (5, "Payment was easy. These shoes took me to places I'd never been to before!"),
    (5, "Transaction went through instantly. Socks from a company I'd never heard of, now my favourites."),
    (5, "I signed up for the newsletter and got 10% off. The pack came from overseas but arrived fast."),
  ])
  func doesNotFire(rating: Int, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating).contains("escalate.account_compromised"))
  }
}
