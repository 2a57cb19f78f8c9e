import Foundation
import Testing
@testable import ModqCore

@Suite("Import: platform presets")
struct ImportPresetTests {
  @Test("okendo: the import template's columns become queue fields, ids are hashed")
  func okendo() throws {
    let run = try runImport(fixture("okendo.csv"), try presets.load("okendo"))
    #expect(run.issues.isEmpty)
    #expect(run.reviews.count == 3)
    let first = try #require(run.reviews.first)
    #expect(first.body == "The strap broke after a week.\nSewing came apart, \"heavy duty\" it is not.")
    #expect(first.rating == 2)
    #expect(first.author == Author(name: "Dana K.", email: "dana@example.com"))
    #expect(first.product.id == "7712345678")
    #expect(first.submittedAt == "2026-11-19T00:00:00Z")
    #expect(first.id.hasPrefix("h-"))
    #expect(run.reviews[1].submittedAt == "2026-11-18T00:00:00Z")
    #expect(run.reviews[2].product.id == "SKU-990")
    #expect(run.reviews[2].submittedAt == "2026-11-17T08:30:00Z")
    // The unmapped and fallback columns are kept, not dropped.
    let extras = String(decoding: run.lines[1], as: UTF8.self)
    #expect(extras.contains("\"imageUrls\":\"https://img.example.com/1.jpg\""))
    #expect(extras.contains("\"sku\":\"SKU-881\""))
  }

  @Test("powerreviews: platform review ids, US dates, Yes/No verified buyer")
  func powerreviews() throws {
    let run = try runImport(fixture("powerreviews.csv"), try presets.load("powerreviews"))
    #expect(run.issues.isEmpty)
    #expect(run.reviews.map(\.id) == ["3045211", "3045212", "3045213"])
    #expect(run.reviews.map(\.verifiedPurchase) == [true, false, true])
    #expect(run.reviews[1].title == "Roomy \"and\" light")
    #expect(run.reviews[0].submittedAt == "2026-11-19T00:00:00Z")
    #expect(run.reviews[2].body.isEmpty && run.reviews[2].title == "Warm")
    #expect(HandBackPreset.importedColumn(run.reviews[0], "Review Location") == "Portland, OR")
  }

  @Test("meta: reviewID, content and ISO 8601 created_at with an offset, converted to UTC")
  func meta() throws {
    let run = try runImport(fixture("meta.csv"), try presets.load("meta"))
    #expect(run.issues.isEmpty)
    #expect(run.reviews.map(\.id) == ["m-1", "m-2"])
    #expect(run.reviews[0].submittedAt == "2026-11-19T09:22:00Z")
    #expect(run.reviews[0].product == Product(id: "SKU-881", name: "Trailhead Daypack 20L"))
    #expect(run.reviews[1].body == "Roomy, light.")
  }

  @Test("every imported line decodes back to the same review (queue round trip)")
  func queueRoundTrip() throws {
    for name in ["okendo", "powerreviews", "meta"] {
      let run = try runImport(fixture("\(name).csv"), try presets.load(name))
      for (review, line) in zip(run.reviews, run.lines) {
        #expect(try ReviewDecoder.decode(line) == review, "\(name)")
      }
    }
  }

  @Test("hand-back presets round-trip: export in the platform's import shape, re-import, same reviews")
  func handBackRoundTrip() throws {
    for preset in HandBackPreset.allCases {
      let mapping = try presets.load(preset.rawValue)
      let original = try runImport(fixture("\(preset.rawValue).csv"), mapping)
      let csv = CSVWriter()
      var out = csv.line(preset.header)
      for (i, review) in original.reviews.enumerated() {
        let record = DecisionRecord(
          review: review.id, verdict: .publish, type: "accept", criteria: [], note: nil,
          moderator: "m", ts: "2026-11-23T10:00:00Z", seq: i + 1, queue: nil)
        out += csv.line(try #require(preset.row(record, review: review)))
      }
      let path = try makeTempDir("handback") + "/back.csv"
      try writeBytes(path, out)
      let again = try runImport(path, mapping)
      #expect(again.issues.isEmpty, "\(preset)")
      #expect(again.reviews.map(\.id) == original.reviews.map(\.id), "\(preset)")
      #expect(again.reviews.map(\.body) == original.reviews.map(\.body), "\(preset)")
      #expect(again.reviews.map(\.title) == original.reviews.map(\.title), "\(preset)")
      #expect(again.reviews.map(\.rating) == original.reviews.map(\.rating), "\(preset)")
      #expect(again.reviews.map(\.product.id) == original.reviews.map(\.product.id), "\(preset)")
    }
  }

  @Test("powerreviews hand-back: Review Status follows the verdict; meta keeps only published")
  func handBackStatus() throws {
    let review = Review(id: "r1", rating: 3, title: "t", body: "b")
    func record(_ v: Verdict) -> DecisionRecord {
      DecisionRecord(
        review: "r1", verdict: v, type: "override", criteria: [], note: nil, moderator: "m",
        ts: "2026-11-23T10:00:00Z", seq: 1, queue: nil)
    }
    #expect(HandBackPreset.powerreviews.row(record(.publish), review: review)?.last == "Approved")
    #expect(HandBackPreset.powerreviews.row(record(.reject), review: review)?.last == "Rejected")
    #expect(HandBackPreset.powerreviews.row(record(.escalate), review: review)?.last == "Pending")
    #expect(HandBackPreset.meta.row(record(.reject), review: review) == nil)
    #expect(HandBackPreset.meta.row(record(.publish), review: review) != nil)
  }

  @Test("an unknown preset names the known ones")
  func unknownPreset() {
    #expect(throws: ImportError.self) { try presets.load("nope") }
    #expect(presets.names == ["meta", "okendo", "powerreviews"])
  }
}
