import Foundation
import Testing
@testable import ModqCore

@Suite("Import: bad rows and stable ids")
struct ImportRowTests {
  @Test("every bad row is reported with its line and reason; good rows around it are kept")
  func malformedRows() throws {
    let text = """
      id,rating,title,body,product_id,author_name,submitted_at,verified_purchase
      r1,5,Nice,Good,P1,Ann,2026-11-01T10:00:00Z,yes
      r2,9,Too many stars,x,P1,Bob,,
      r3,,No rating,x,P1,Bob,,
      r4,4,,,P1,Cy,,
      r5,3,"unclosed,x,P1,Di,,
      r6,2,short row
      r7,4,Date,x,P1,E,yesterday,
      r8,4,Bool,x,P1,E,,maybe
      r1,5,Again,Same id,P1,Ann,,
      r9,1,last,line,P9,Z,2026-01-01,no
      """
    let run = try runImport(try tempFile(text + "\n"))
    #expect(run.reviews.map(\.id) == ["r1", "r9"])
    let got = run.issues.map { "\($0.line) \($0.rejection.code)" }
    #expect(
      got == [
        "3 bad-rating", "4 missing-rating", "5 missing-text", "6 csv-syntax", "7 column-count",
        "8 bad-date", "9 bad-boolean", "10 duplicate-id",
      ])
    #expect(run.summary.rowsRead == 10)
    #expect(run.summary.imported == 2)
    #expect(run.summary.rejectedTotal == 8)
    #expect(run.issues.allSatisfy { $0.file.hasSuffix("in.csv") })
  }

  @Test("invalid UTF-8 in a text column is rejected, not replaced")
  func invalidUTF8() throws {
    let path = try makeTempDir("utf8") + "/bad.csv"
    try writeBytes(path, Array("rating,body\n5,ok\n4,".utf8) + [0xC3, 0x28] + [0x0A])
    let run = try runImport(path)
    #expect(run.reviews.count == 1)
    #expect(run.issues.first?.rejection.code == "invalid-utf8")
    #expect(run.issues.first?.line == 3)
  }

  @Test("ids are stable: the same export imported twice, or reordered, gives the same ids")
  func stableIDs() throws {
    let rows = [
      "Ann,P1,2026-11-01,5,Great,Loved it", "Bob,P1,2026-11-02,2,Meh,Broke",
      "Ann,P2,2026-11-01,4,Good,Fine",
    ]
    let header = "author_name,product_id,submitted_at,rating,title,body\n"
    let a = try runImport(try tempFile(header + rows.joined(separator: "\n") + "\n"))
    let b = try runImport(try tempFile(header + rows.joined(separator: "\n") + "\n"))
    let c = try runImport(try tempFile(header + rows.reversed().joined(separator: "\n") + "\n"))
    #expect(a.reviews.map(\.id) == b.reviews.map(\.id))
    #expect(Set(a.reviews.map(\.id)) == Set(c.reviews.map(\.id)))
    #expect(Set(a.reviews.map(\.id)).count == 3)
    #expect(a.lines == b.lines)
    // A changed text is a different review.
    let d = try runImport(try tempFile(header + "Ann,P1,2026-11-01,5,Great,Loved it!\n"))
    #expect(d.reviews[0].id != a.reviews[0].id)
  }

  @Test("the platform's own id wins over the hash, with the mapping's prefix")
  func platformID() throws {
    var mapping = try presets.load("powerreviews")
    mapping.idPrefix = "pr-"
    let run = try runImport(fixture("powerreviews.csv"), mapping)
    #expect(run.reviews.map(\.id) == ["pr-3045211", "pr-3045212", "pr-3045213"])
  }
}
