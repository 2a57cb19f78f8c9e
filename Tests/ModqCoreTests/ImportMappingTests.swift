import Foundation
import Testing
@testable import ModqCore

@Suite("Import: mapping files, rating scales, dates")
struct ImportMappingTests {
  @Test("rating scales map onto 1-5 (linear, rounded half up) and reject values off the scale")
  func scales() throws {
    let ten = try #require(RatingScale(spec: "1-10"))
    #expect((1...10).map { ten.stars(String($0)) } == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    #expect(ten.stars("0") == nil && ten.stars("11") == nil && ten.stars("x") == nil)
    let pct = try #require(RatingScale(spec: "0-100"))
    #expect([0, 12, 13, 50, 62, 63, 100].map { pct.stars(String($0)) } == [1, 1, 2, 3, 3, 4, 5])
    let thumbs = try #require(RatingScale(spec: "thumbs"))
    #expect(thumbs.stars("Up") == 5 && thumbs.stars("👎") == 1 && thumbs.stars("meh") == nil)
    #expect(RatingScale.stars.stars("4") == 4 && RatingScale.stars.stars("4.5") == nil)
    #expect(RatingScale.stars.stars("6") == nil && RatingScale.stars.stars("0") == nil)
    #expect(RatingScale(spec: "5-1") == nil && RatingScale(spec: "stars") == nil)
  }

  @Test("dates: ISO 8601 with offsets, patterns, a default time zone, invalid dates refused")
  func dates() {
    let iso = DateNormalizer()
    #expect(iso.normalize("2026-11-19T10:22:00Z") == "2026-11-19T10:22:00Z")
    #expect(iso.normalize("2026-11-19T10:22:00.123+02:00") == "2026-11-19T08:22:00Z")
    #expect(iso.normalize("2026-11-19 23:30-0130") == "2026-11-20T01:00:00Z")
    #expect(iso.normalize("2024-02-29") == "2024-02-29T00:00:00Z")
    #expect(iso.normalize("2026-02-29") == nil)
    #expect(iso.normalize("19/11/2026") == nil)
    let us = DateNormalizer(formats: ["MM/dd/yyyy HH:mm", "M/d/yyyy"], offsetSeconds: -5 * 3600)
    #expect(us.normalize("11/19/2026 22:15") == "2026-11-20T03:15:00Z")
    #expect(us.normalize("1/2/2026") == "2026-01-02T05:00:00Z")
    #expect(us.normalize("13/02/2026") == nil)
    #expect(DateNormalizer(formats: ["unix"]).normalize("0") == "1970-01-01T00:00:00Z")
    #expect(DateNormalizer.offset("+05:30") == 19800 && DateNormalizer.offset("UTC") == 0)
    #expect(DateNormalizer.offset("Mars") == nil)
  }

  @Test("a mapping file: columns, 1-10 scale, dates and time zone, kept extras")
  func mappingFile() throws {
    let yaml = """
      name: shop
      columns:
        Stars: rating
        Headline: title
        Comments: body
        SKU: product_id
        When: submitted_at
        Internal: ignore
      rating_scale: 1-10
      date_formats: [dd.MM.yyyy HH:mm]
      timezone: "+01:00"
      """
    let mapping = try ImportMapping.parse(yaml: yaml, path: "shop.yaml")
    let path = try tempFile(
      "SKU,Stars,Headline,Comments,When,Internal,Colour\nA1,7,Good,Works,19.11.2026 10:00,secret,red\n")
    let run = try runImport(path, mapping)
    let review = try #require(run.reviews.first)
    #expect(review.rating == 4)
    #expect(review.product.id == "A1")
    #expect(review.submittedAt == "2026-11-19T09:00:00Z")
    let line = String(decoding: run.lines[0], as: UTF8.self)
    #expect(line.contains("\"rating_raw\":\"7\""))
    #expect(line.contains("\"Colour\":\"red\""))
    #expect(!line.contains("secret"))
  }

  @Test("thumbs with the mapping's own words")
  func thumbsWords() throws {
    let mapping = try ImportMapping.parse(
      yaml: "columns: {vote: rating, text: body}\nthumbs_up: [good]\nthumbs_down: [bad]\n",
      path: "t.yaml")
    let run = try runImport(try tempFile("vote,text\ngood,a\nbad,b\nup,c\n"), mapping)
    #expect(run.reviews.map(\.rating) == [5, 1])
    #expect(run.issues.map(\.line) == [4])
    #expect(run.issues.first?.rejection.code == "bad-rating")
  }

  @Test("mapping errors name the file and line")
  func mappingErrors() {
    #expect(throws: ImportError.mapping(path: "m.yaml:3", reason: "unknown field 'stars' (fields: \(ImportField.names))")) {
      try ImportMapping.parse(yaml: "name: x\ncolumns:\n  Rating: stars\n", path: "m.yaml")
    }
    #expect(throws: ImportError.self) { try ImportMapping.parse(yaml: "rating_scale: 9\n", path: "m.yaml") }
    #expect(throws: ImportError.self) { try ImportMapping.parse(yaml: "colums: {}\n", path: "m.yaml") }
  }

  @Test("a header without a rating or text column is refused before any row")
  func headerChecks() throws {
    #expect(throws: ImportError.self) { try runImport(try tempFile("id,title\nr1,x\n")) }
    #expect(throws: ImportError.self) { try runImport(try tempFile("id,rating\nr1,5\n")) }
    #expect(throws: ImportError.self) { try runImport(try tempFile("rating,body,Body\n5,a,b\n")) }
    #expect(throws: ImportError.self) { try runImport(try tempFile("")) }
  }
}
