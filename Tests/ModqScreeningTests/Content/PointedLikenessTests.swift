import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The twenty-fourth session's hate (u207): a group named, pointed back at ("they're", "that
/// lot", "those people") and likened to vermin or beasts. Each form fires; a "they" that is the
/// product, children who climb like monkeys and groups named kindly do not.
@Suite struct PointedLikenessTests {
  @Test(arguments: [
    ("legal.hate", 4, "SKU-601",
      "Just keep it zipped on the bus, the city is full of refugees now and they're basically locusts, they strip everything clean."),
    ("legal.hate", 4, "SKU-901",
      "sticker on the bottom says made in bangladesh... those people breed like rats, no wonder the labour is so cheap"),
    ("legal.hate", 2, "SKU-402",
      "Cushioning went flat after about 150 miles. What do u expect when they're made in Indonesia, those people are practically monkeys."),
    ("legal.hate", 3, "SKU-201",
      "downtown is crawling with homeless people, theyre vermin and should be cleared out like rats."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    #expect(try ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }

  @Test(arguments: [
    ("legal.hate", 2, "SKU-402", "Made in Vietnam. They're useless in the rain and the laces fray."),
    ("legal.hate", 5, "SKU-402", "Made in China. They're tough as nails and my kids climb like monkeys in them."),
    ("legal.hate", 5, "SKU-302",
      "Gave some to the refugees at our church shelter, they were so grateful, warm and soft."),
    ("legal.hate", 5, "SKU-402",
      "Bought these for the Americans in our hiking club, they swarm the trailhead every Sunday."),
  ])
  func doesNotFire(id: String, rating: Int, product: String, body: String) throws {
    #expect(try !ContentFixture.criteria(body, rating: rating, product: product).contains(id))
  }
}
