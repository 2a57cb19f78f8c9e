import ModqCore

/// `integrity.duplicate`: the same or nearly the same text in other reviews of the queue.
/// Each review keeps a fixed-size fingerprint (`DuplicateFingerprint`): the key of its
/// normalised word sequence, a bottom-k sketch of its word shingles (a MinHash variant) and
/// locality-sensitive band keys. `groups` joins equal keys, and pairs whose band keys collide
/// and whose sketches estimate a Jaccard similarity at or above `threshold`; every review of
/// a group is reported with the other ids. Linear in queue size apart from sorting the band
/// keys; short texts never take part.
struct DuplicateDetector: QueueDetector {
  let minTokens: Int
  let shingleSize: Int
  let sketchSize: Int
  let threshold: Double
  let maxPosting: Int
  let maxRelated: Int

  init(_ params: DetectorParameters) throws {
    minTokens = try params.int("min_tokens", default: 8)
    shingleSize = try params.int("shingle_words", default: 2)
    sketchSize = try params.int("sketch_size", default: 48)
    threshold = try params.double("threshold", default: 0.75)
    maxPosting = try params.int("max_posting", default: 64)
    maxRelated = try params.int("max_related", default: 20)
    guard minTokens >= 1 else { throw params.error("min_tokens", "expected at least 1") }
    guard (1...8).contains(shingleSize) else {
      throw params.error("shingle_words", "expected 1...8")
    }
    guard (4...256).contains(sketchSize) else {
      throw params.error("sketch_size", "expected 4...256")
    }
    guard threshold > 0, threshold <= 1 else {
      throw params.error("threshold", "expected a number in (0, 1]")
    }
  }

  var layout: DuplicateFingerprint { DuplicateFingerprint(sketchSize: sketchSize) }

  var fingerprintWidth: Int { layout.width }

  func fingerprint(
    _ review: Review, keys: UnsafeBufferPointer<UInt64>,
    into row: UnsafeMutableBufferPointer<UInt32>
  ) -> Bool {
    guard keys.count >= minTokens else { return false }
    layout.write(keys, shingleSize: shingleSize, into: row)
    return true
  }

  func groups(_ table: FingerprintTable) -> [[Int]] {
    DuplicateGrouping(
      layout: layout, threshold: threshold, sketchSize: sketchSize, maxPosting: maxPosting
    ).groups(table)
  }

  func hit(for review: Review, index: Int, group: [Int], id: (Int) -> String) -> DetectorHit {
    var others: [String] = []
    // Stop at `maxRelated`: a flood of one text is one group, and reading all of it for
    // each member made screening quadratic in the flood's size.
    for member in group where member != index {
      if others.count == maxRelated { break }
      others.append(id(member))
    }
    let more = group.count - 1 - others.count
    let evidence = "same or nearly the same text as " + others.joined(separator: ", ")
      + (more > 0 ? " and \(more) more" : "")
    let field: ReviewField = review.body.isEmpty ? .title : .body
    let text = review.body.isEmpty ? review.title : review.body
    var scalars = 0
    for byte in text.utf8 where byte & 0xC0 != 0x80 { scalars += 1 }
    return DetectorHit(
      spans: [Span(field: field, start: 0, end: scalars)], evidence: evidence,
      relatedReviewIDs: others)
  }
}
