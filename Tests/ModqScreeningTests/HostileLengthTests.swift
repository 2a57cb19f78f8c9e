import Foundation
import ModqCore
import Testing

@testable import ModqScreening

/// A long review must cost time in proportion to its length, whatever it repeats: cue
/// phrases near each other, prices, a contrast word in one endless sentence (each of these
/// once took 12-30 s for 650 KB), and its findings stay bounded: at most
/// `DetectorHit.maxPerField` spans and evidence texts clipped to `maxEvidenceBytes`.
/// (No timing is asserted here; `modq screen` on such files is in the README's figures.)
struct HostileLengthTests {
  static func body(_ unit: String, bytes: Int = 200_000) -> String {
    String(repeating: unit, count: bytes / unit.utf8.count)
  }

  @Test(arguments: [
    ("arrived broken damaged torn never received refund ", "escalate.damaged"),
    ("$12.99 ", "price.actual"),
    ("$h!t ", "profanity"),
    (String(repeating: "q", count: 200_000), "unclear.gibberish"),
    // "people like that" looks back for a group once per sentence, not per mention; packing
    // phrases and paid amounts are indexed once per field.
    ("immigrants are vermin, people like that ", "legal.hate"),
    ("packed nice and tight ", "irrelevant.shipping_service"),
    ("paid 1.99 and ", "price.actual"),
    // What was sent is judged once per review, not once per "ordered" (0.85 s at 650 KB
    // before); a full stop after every word makes one long sentence.
    ("I ordered a medium, got a large, received an XL, please send the medium ",
      "escalate.wrong_item"),
    ("Bottle. Arrived. Broken. Refund. ", "escalate.damaged"),
  ])
  func findingsOfALongReviewStayBounded(unit: String, criterion: String) throws {
    let engine = try #require(Fixture.engine)
    let result = engine.screen(Review(id: "h", rating: 2, body: Self.body(unit)))
    let finding = try #require(result.findings.first { $0.criterion == criterion })
    #expect(finding.spans.count <= DetectorHit.maxPerField)
    for f in result.findings {
      #expect(f.spans.count <= DetectorHit.maxPerField, "\(f.criterion)")
      // At most 8 texts of at most 512 bytes + "…", joined by " | ".
      #expect(f.evidence.utf8.count <= 8 * (DetectorHit.maxEvidenceBytes + 3 + 3), "\(f.criterion)")
    }
  }

  @Test func aLongSentenceWithButStillScoresAsBefore() throws {
    let engine = try #require(Fixture.engine)
    let unit = "good bad nice awful love hate great poor "
    let result = engine.screen(Review(id: "s", rating: 3, body: Self.body(unit) + " but ok"))
    #expect(result.findings.allSatisfy { $0.spans.count <= DetectorHit.maxPerField })
  }

  @Test func evidenceIsClippedAtACharacterBoundary() {
    let max = DetectorHit.maxEvidenceBytes
    #expect(DetectorHit.clippedEvidence("555-201-7788") == "555-201-7788")
    let exact = String(repeating: "a", count: max)
    #expect(DetectorHit.clippedEvidence(exact) == exact)
    #expect(DetectorHit.clippedEvidence(exact + "b") == exact + "…")
    for unit in ["é", "👍", "e\u{301}", "日本"] {
      let long = String(repeating: unit, count: 400)
      let clipped = DetectorHit.clippedEvidence(long)
      #expect(clipped.hasSuffix("…"))
      let kept = String(clipped.dropLast())
      #expect(kept.utf8.count <= max && kept.utf8.count > max - 8, "\(unit)")
      #expect(long.hasPrefix(kept), "\(unit)")
      let perCharacter = unit.utf8.count / unit.count
      #expect(kept.count * perCharacter == kept.utf8.count, "whole characters of \(unit)")
    }
  }
}
