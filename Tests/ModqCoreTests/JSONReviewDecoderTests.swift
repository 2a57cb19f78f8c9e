import Foundation
import ModqCore
import Testing

@Suite struct JSONReviewDecoderTests {
  @Test func decodesTheFormatsExample() throws {
    let review = try QueueTestSupport.decode(QueueTestSupport.exampleLine).get()
    #expect(review.id == "r-10023")
    #expect(review.rating == 2)
    #expect(review.title == "Fell apart")
    #expect(review.body == "The strap broke after a week.")
    #expect(review.product == Product(id: "SKU-881", name: "Trailhead Daypack 20L",
      brand: "Northpeak", category: "bags"))
    #expect(review.author == Author(name: "Dana K.", email: "dana@example.com", id: "c-77"))
    #expect(review.verifiedPurchase == true)
    #expect(review.submittedAt == "2026-11-19T10:22:00Z")
    #expect(review.locale == "en-US")
    #expect(review.orderID == "o-5531")
    #expect(review.extras.isEmpty)
  }

  /// Lines that must be rejected, with a word the reason must contain.
  static let malformed: [(String, String)] = [
    (#"{"id":"a","rating":2,"title":"x""#, "line ends early"),
    (#"{"id":"a","rating":2,"title":"x"#, "inside a string"),
    (#"{"id":"a","rating":2,"title":"x"} x"#, "after the review object"),
    (#"{"id":"a","rating":2,"title":"x"}}"#, "after the review object"),
    (#"{"id":7,"rating":2,"title":"x"}"#, "\"id\" must be a string"),
    (#"{"id":null,"rating":2,"title":"x"}"#, "\"id\" must be a string"),
    (#"{"id":"a","rating":2,"title":3}"#, "\"title\" must be a string"),
    (#"{"id":"a","rating":2,"body":"x","verified_purchase":"yes"}"#, "true or false"),
    (#"{"id":"a","rating":2,"body":"x","product":"SKU-1"}"#, "\"product\" must be an object"),
    (#"{"id":"a","rating":2,"body":"x","author":{"name":5}}"#, "\"author.name\" must be"),
    (#"{"rating":2,"title":"x"}"#, "missing required \"id\""),
    (#"{"id":"","rating":2,"title":"x"}"#, "must not be empty"),
    (#"{"id":"a","title":"x"}"#, "missing required \"rating\""),
    (#"{"id":"a","rating":0,"title":"x"}"#, "from 1 to 5"),
    (#"{"id":"a","rating":6,"title":"x"}"#, "from 1 to 5"),
    (#"{"id":"a","rating":2.5,"title":"x"}"#, "from 1 to 5"),
    (#"{"id":"a","rating":"5","title":"x"}"#, "from 1 to 5"),
    (#"{"id":"a","rating":5.0,"title":"x"}"#, "from 1 to 5"),
    (#"{"id":"a","rating":-1,"title":"x"}"#, "from 1 to 5"),
    (#"{"id":"a","rating":15,"title":"x"}"#, "from 1 to 5"),
    (#"{"id":"a","rating":3}"#, "\"title\" or \"body\""),
    (#"{"id":"a","rating":3,"title":"","body":""}"#, "\"title\" or \"body\""),
    (#"{"id":"a","rating":3,"title":null}"#, "\"title\" or \"body\""),
    (#"{"id":"a","id":"b","rating":3,"title":"x"}"#, "appears twice"),
    (#"{"id":"a","rating":3,"title":"x","x":1,"x":2}"#, "appears twice"),
    (#"{"id":"a","rating":3,"title":"x",}"#, "member name"),
    (#"{'id':"a","rating":3,"title":"x"}"#, "member name"),
    (#"{"id":"a","rating":3,"title":"x","n":05}"#, "expected"),
    (#"{"id":"a","rating":3,"title":"x","n":NaN}"#, "value"),
    (#"{"id":"a","rating":3,"title":"x","n":[1,]}"#, "value"),
    (#"{"id":"a","rating":3,"title":"x","n":tru}"#, "literal"),
    (#"{"id":"a","rating":3,"title":"x\q"}"#, "invalid escape"),
    (#"{"id":"a","rating":3,"title":"\ud800"}"#, "unpaired high surrogate"),
    (#"{"id":"a","rating":3,"title":"\ud800\u0041"}"#, "unpaired high surrogate"),
    (#"{"id":"a","rating":3,"title":"\udc00"}"#, "unpaired low surrogate"),
    (#"{"id":"a","rating":3,"title":"\u12G4"}"#, "hex digit"),
    ("{\"id\":\"a\",\"rating\":3,\"title\":\"tab\there\"}", "control character"),
    (#"["id","a"]"#, "must be a JSON object"),
    ("null", "must be a JSON object"),
  ]

  @Test(arguments: malformed)
  func rejectsMalformedLines(line: String, expected: String) throws {
    let result = QueueTestSupport.decode(line)
    guard case .failure(let error) = result else {
      Issue.record("accepted malformed line \(line)")
      return
    }
    #expect(error.reason.contains(expected), "\(line) -> \(error.reason)")
    // Foundation must agree that it is unusable (as JSON or as a review); checked in depth by
    // the differential test.
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let line = #"{"id":"e","rating":5,"body":"q\"b\\s\/\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00 end"}"#
    let review = try QueueTestSupport.decode(line).get()
    #expect(review.body == "q\"b\\s/\u{8}\u{c}\n\r\té中😀 end")
    let escapedKey = try QueueTestSupport.decode(#"{"\u0069d":"k","rating":1,"title":"t"}"#).get()
    #expect(escapedKey.id == "k")
  }

  @Test func keepsRawUTF8AndReportsInvalidUTF8WithItsOffset() throws {
    let ok = try QueueTestSupport.decode(#"{"id":"u","rating":5,"body":"中文 👍 Größe"}"#).get()
    #expect(ok.body == "中文 👍 Größe")
    let prefix = Array(#"{"id":"u","rating":5,"body":"ab"#.utf8)
    let bad: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xE4, 0xB8], [0x80]]
    for sequence in bad {
      let line = prefix + sequence + Array(#"z"}"#.utf8)
      let result = QueueTestSupport.decode(line)
      guard case .failure(let error) = result else {
        Issue.record("accepted invalid UTF-8 \(sequence)")
        continue
      }
      #expect(error.reason.contains("invalid UTF-8"))
      #expect(error.offset == prefix.count)
    }
  }

  @Test func decodesAOneMegabyteLine() throws {
    let body = String(repeating: "abcdefgh\\\"中", count: 80_000)
    let line = #"{"id":"big","rating":3,"body":"\#(body)"}"#
    #expect(line.utf8.count > 1_000_000)
    let review = try QueueTestSupport.decode(line).get()
    #expect(review.body.utf8.count == 80_000 * 12)
    #expect(review.body.hasSuffix("abcdefgh\"中"))
  }

  @Test func acceptsWhitespaceAndNullOptionals() throws {
    let line = " {\t\"id\" : \"w\" , \"rating\":1,\"title\":\"t\",\"body\":null,\"locale\":null} \r"
    let review = try QueueTestSupport.decode(line).get()
    #expect(review.id == "w")
    #expect(review.body.isEmpty)
    #expect(review.locale == nil)
  }
}
