import ModqCore
import Testing

@testable import ModqScreening

@Suite struct DuplicateDetectorTests {
  func screen(_ bodies: [String]) throws -> [ScreeningResult] {
    let engine = try #require(ContentFixture.engine)
    let reviews = bodies.enumerated().map {
      Review(id: "d-\($0.offset)", rating: 5, body: $0.element)
    }
    return engine.screenQueue(reviews, threads: 1)
  }

  func duplicate(_ result: ScreeningResult) -> Finding? {
    result.findings.first { $0.criterion == "integrity.duplicate" }
  }

  @Test func sameTextAfterNormalisationNamesTheOthers() throws {
    let text = "Best tent ever, super easy setup and totally waterproof, buy it now!"
    let results = try screen([text, "Roomy and light tent.", text.uppercased() + "!!"])
    let first = try #require(duplicate(results[0]))
    #expect(first.relatedReviewIDs == ["d-2"])
    #expect(duplicate(results[1]) == nil)
    #expect(try #require(duplicate(results[2])).relatedReviewIDs == ["d-0"])
  }

  /// A flood of one text is one group: each member names the first 20 others (itself left
  /// out) and counts the rest.
  @Test func aFloodNamesTwentyOthersAndCountsTheRest() throws {
    let text = "This jacket is warm and the zipper is sturdy, I wear it every day on the trail."
    let results = try screen(Array(repeating: text, count: 60))
    for k in [0, 7, 19, 20, 59] {
      let finding = try #require(duplicate(results[k]))
      let expected = (0..<60).filter { $0 != k }.prefix(20).map { "d-\($0)" }
      #expect(finding.relatedReviewIDs == expected)
      #expect(finding.evidence.hasSuffix(" and 39 more"))
      #expect(!finding.relatedReviewIDs.contains("d-\(k)"))
    }
  }

  @Test func nearDuplicatesAboveTheThreshold() throws {
    let a = "I have used this headlamp on three long night hikes and the beam is bright, "
      + "the battery lasts the whole night and the strap stays comfortable on my head."
    let b = a.replacingOccurrences(of: "three", with: "four")
    let results = try screen([a, b])
    #expect(duplicate(results[0]) != nil)
    #expect(duplicate(results[1]) != nil)
  }

  /// "I have" and "I've", "Five stars" and "5 stars" say the same words (u309-7, u309-21):
  /// one copy pasted twice with the spelling changed is still a copy.
  @Test func contractionsAndNumberWordsReadAsTheSameWords() throws {
    let results = try screen([
      "Amazing quality!!! Best hiking boots I have ever owned, super comfortable right out of "
        + "the box. Highly recommend to everyone!! Five stars",
      "Amazing quality!!! Best hiking boots I've ever owned, super comfortable right out of "
        + "the box. Highly recommend to everyone!! 5 stars",
    ])
    #expect(results.allSatisfy { duplicate($0) != nil })
  }

  @Test func shortGenericTextsAndDifferentReviewsDoNotFire() throws {
    let results = try screen([
      "Great product!", "Great product!", "Love it", "Love it",
      "Roomy tent, pitched it in the rain without trouble at all this weekend.",
      "Light pack, the hip belt is comfortable on long days and the pockets are handy.",
    ])
    #expect(results.allSatisfy { duplicate($0) == nil })
  }

  /// Shingles keep word order: the text read backwards has the same words and the same
  /// neighbours, but no word pair in the same order.
  @Test func theSameTextBackwardsIsNotADuplicate() throws {
    let words = ("the beam is bright and the battery lasts all night while the strap stays "
      + "comfortable on long hikes in cold rain").split(separator: " ").map(String.init)
    let backwards = Array(words.reversed())
    let results = try screen([words.joined(separator: " "), backwards.joined(separator: " ")])
    #expect(results.allSatisfy { duplicate($0) == nil })
    // The same pair, once in the same order, is one.
    let again = try screen([words.joined(separator: " "), words.joined(separator: " ")])
    #expect(again.allSatisfy { duplicate($0) != nil })
  }

  /// Two sketches shorter than the sketch size are whole shingle sets: the estimate is the
  /// exact Jaccard similarity, 11 shared of 15 (not 11 of the first 13 of the union).
  @Test func shortSketchesGiveTheExactSimilarity() {
    let grouping = DuplicateGrouping(
      layout: DuplicateFingerprint(sketchSize: 48), threshold: 0.75, sketchSize: 48,
      maxPosting: 64)
    let a: [UInt32] = Array(1...13)
    let b: [UInt32] = Array(1...11) + [14, 15]
    let similarity = a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in grouping.jaccard(a, b) }
    }
    #expect(similarity == 11.0 / 15.0)
  }

  /// One template with different names: 13 word pairs each, 11 shared, 0.73 < 0.75.
  @Test func aTemplateWithDifferentNamesIsBelowTheThreshold() throws {
    let results = try screen([
      "The name in the account is not correct, please change it to Bekbolat Musliyevich",
      "The name in the account is not correct, please change it to Mary Gavrilova",
    ])
    #expect(results.allSatisfy { duplicate($0) == nil })
  }
}
