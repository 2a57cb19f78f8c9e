import Foundation
import Testing

@testable import ModqScreening

/// `CategoryCues.index(of:)` reads ASCII category names byte by byte (lower case, `-` as a
/// space); it must agree with the general path (`lowercased()`, then `-` replaced).
struct CategoryCuesTests {
  static func general(_ category: String, _ name: String) -> Bool {
    category.lowercased().replacingOccurrences(of: "-", with: " ") == name
  }

  @Test func asciiFoldingAgreesWithTheGeneralPath() {
    let names = ["gift cards", "tents", "a b", "a-b", "@[`{", "x", "", "sleeping bags", "az"]
    var categories = ["Gift-Cards", "gift cards", "TENTS", "Tents", "A-B", "a_b", "@[`{", "X"]
    categories += ["", "Sleeping-Bags", "SLEEPING BAGS", "sleeping--bags", "AZ", "az", "Az-"]
    categories += (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    var agreed = 0
    for category in categories {
      for name in names {
        #expect(
          CategoryCues.isFolded(category, name) == Self.general(category, name),
          "\(category) \(name)")
        agreed += 1
      }
    }
    #expect(agreed > 1_000)
  }

  @Test func everyShippedCategoryIsFoundInCatalogSpelling() throws {
    let cues = try CategoryCues(listsDirectory: Fixture.root.appendingPathComponent("data/lists"))
    #expect(!cues.names.isEmpty)
    for (k, name) in cues.names.enumerated() {
      let catalog = name.uppercased().replacingOccurrences(of: " ", with: "-")
      #expect(cues.index(of: catalog) == k, "\(catalog)")
      #expect(cues.index(of: name) == k)
    }
    #expect(cues.index(of: "no such category") == nil)
    #expect(cues.index(of: nil) == nil)
  }
}
