import ModqCore
import Testing

@testable import ModqScreening

@Suite struct TestReviewTests {
  @Test(arguments: [
    "test", "testing 123", "Lorem ipsum dolor sit amet", "asdf test", "This is a test review",
    "QA run: checking that the review form saves the star rating and title correctly.",
    "QA pass 2 - checking the star widget saves a 4 and the title field keeps emoji, ignore",
  ])
  func testTextFires(body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: 5).contains("test.review"))
  }

  @Test func testAccountsFireOnAuthorFields() throws {
    let byEmail = try ContentFixture.criteria(
      "Nice.", rating: 5, author: Author(name: "Dana", email: "QA@northpeak.example"))
    #expect(byEmail.contains("test.review"))
    let byName = try ContentFixture.criteria("Nice.", rating: 5, author: Author(name: "Test User"))
    #expect(byName.contains("test.review"))
  }

  @Test(arguments: [
    "Tested it on a 3-day trip, held up in the rain.",
    "Put it to the test on a wet weekend: dry inside.",
    "Tested.",
    "Please disregard the size chart, they run large.",
  ])
  func innocentTestDoesNotFire(body: String) throws {
    #expect(try !ContentFixture.criteria(
      body, rating: 5, author: Author(name: "Dana K.", email: "dana@example.com")
    ).contains("test.review"))
  }
}
