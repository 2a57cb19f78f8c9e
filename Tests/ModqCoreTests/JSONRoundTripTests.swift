import Foundation
import ModqCore
import Testing

@Suite struct JSONRoundTripTests {
  static let withUnknowns = #"""
    {"id":"r-1","helpful":{"up":3,"down":[1,2.5e3,null]},"rating":4,"title":"ok",\#
    "product":{"id":"P","sku_variant":"blue \"XL\"","name":"Pack"},\#
    "author":{"name":"Ann","tier":"gold","since":2019},"tags":["a","中"],"flag":false}
    """#

  @Test func keepsUnknownMembersVerbatimEverywhere() throws {
    let review = try QueueTestSupport.decode(Self.withUnknowns).get()
    #expect(review.extras.map(\.key) == ["helpful", "tags", "flag"])
    #expect(review.extras[0].json == Array(#"{"up":3,"down":[1,2.5e3,null]}"#.utf8))
    let variant = RawMember(key: "sku_variant", json: Array(#""blue \"XL\"""#.utf8))
    #expect(review.product.extras == [variant])
    #expect(review.product.name == "Pack")
    #expect(review.author.extras.map(\.key) == ["tier", "since"])
    #expect(review.author.extras[1].json == Array("2019".utf8))
  }

  @Test func roundTripsThroughTheEncoder() throws {
    let review = try QueueTestSupport.decode(Self.withUnknowns).get()
    let line = ReviewEncoder.encode(review)
    #expect(!line.contains(0x0A))
    let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
    #expect(object?["tags"] as? [String] == ["a", "中"])
    let again = try QueueTestSupport.decode(line).get()
    #expect(again == review)
  }

  @Test func encodesControlCharactersAndQuotesAsValidJSON() throws {
    let review = Review(
      id: "q\"\\", rating: 1, title: "line\nbreak\ttab\u{1}\u{1F}", body: "",
      author: Author(email: "a@b.c"), verifiedPurchase: false, locale: "de-DE")
    let line = ReviewEncoder.encode(review)
    let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
    #expect(object?["title"] as? String == "line\nbreak\ttab\u{1}\u{1F}")
    #expect(line.allSatisfy { $0 >= 0x20 })
    #expect(try QueueTestSupport.decode(line).get() == review)
  }

  @Test func syntheticLinesRoundTrip() throws {
    let generator = SyntheticQueue(seed: 7)
    for i in 0..<300 {
      var bytes: [UInt8] = []
      generator.appendLine(i, to: &bytes)
      #expect(bytes.last == 0x0A)
      bytes.removeLast()
      let review = try QueueTestSupport.decode(bytes).get()
      #expect(review.id == "r-\(i + 1)")
      #expect(try QueueTestSupport.decode(ReviewEncoder.encode(review)).get() == review)
      #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil)
    }
  }
}
