import ModqCore

/// `integrity.duplicate`: the same or nearly the same text in other reviews of the queue.
/// Each review is summarised by the key of its normalised word sequence and a bottom-k
/// sketch of its word shingles (a MinHash variant); `resolve` groups exact keys and
/// candidate pairs that share sketch values, estimates their Jaccard similarity from the
/// sketches, and reports every review of a group with the other ids. Linear in queue size
/// (posting lists of very common shingles are capped). Short texts never take part.
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
    guard (4...256).contains(sketchSize) else { throw params.error("sketch_size", "expected 4...256") }
    guard threshold > 0, threshold <= 1 else {
      throw params.error("threshold", "expected a number in (0, 1]")
    }
  }

  func digest(_ review: PreparedReview, context: ScreeningContext) -> QueueDigest? {
    var keys: [UInt64] = []
    keys.reserveCapacity(review.tokenCount)
    for field in review.fields { for token in field.tokens { keys.append(token.key) } }
    guard keys.count >= minTokens else { return nil }
    var exact: UInt64 = 0xcbf2_9ce4_8422_2325
    for key in keys { exact = (exact ^ key) &* 0x0000_0100_0000_01b3 }
    var sketch: [UInt64] = []
    sketch.reserveCapacity(sketchSize + 1)
    let size = min(shingleSize, keys.count)
    for start in 0...(keys.count - size) {
      var h: UInt64 = 0x9E37_79B9_7F4A_7C15
      for k in start..<(start + size) { h = DuplicateDetector.mix(h ^ keys[k]) }
      insert(h, into: &sketch)
    }
    let field = review.body.isEmpty ? review.title : review.body
    let span = field.span(byteRange: 0..<field.bytes.count)
    let preview = String(field.text.unicodeScalars.prefix(80))
    return QueueDigest(
      reviewID: review.review.id, values: [exact] + sketch, spans: [span], evidence: preview)
  }

  func resolve(_ digests: [QueueDigest?], context: ScreeningContext) -> [Int: [DetectorHit]] {
    var groups = UnionFind(count: digests.count)
    var exact: [UInt64: Int] = [:]
    var postings: [UInt64: [Int]] = [:]
    for (index, digest) in digests.enumerated() {
      guard let digest, let key = digest.values.first else { continue }
      if let other = exact[key] { groups.union(index, other) } else { exact[key] = index }
      var candidates: [Int: Int] = [:]
      for value in digest.values.dropFirst() {
        var list = postings[value, default: []]
        for other in list { candidates[other, default: 0] += 1 }
        if list.count < maxPosting { list.append(index); postings[value] = list }
      }
      let sketch = Array(digest.values.dropFirst())
      let needed = Int((Double(min(sketch.count, sketchSize)) * threshold * 0.5).rounded(.down))
      for (other, shared) in candidates where shared >= max(1, needed) {
        guard let otherDigest = digests[other] else { continue }
        let similarity = jaccard(sketch, Array(otherDigest.values.dropFirst()))
        if similarity >= threshold { groups.union(index, other) }
      }
    }
    var members: [Int: [Int]] = [:]
    for index in digests.indices where digests[index] != nil {
      members[groups.find(index), default: []].append(index)
    }
    var result: [Int: [DetectorHit]] = [:]
    for group in members.values where group.count > 1 {
      for index in group {
        guard let digest = digests[index] else { continue }
        let others = group.filter { $0 != index }.prefix(maxRelated).compactMap {
          digests[$0]?.reviewID
        }
        let more = group.count - 1 - others.count
        let evidence = "same or nearly the same text as " + others.joined(separator: ", ")
          + (more > 0 ? " and \(more) more" : "")
        result[index] = [DetectorHit(
          spans: digest.spans, evidence: evidence, relatedReviewIDs: Array(others))]
      }
    }
    return result
  }

  /// Keeps the `sketchSize` smallest distinct values, sorted.
  private func insert(_ value: UInt64, into sketch: inout [UInt64]) {
    if sketch.count == sketchSize, let last = sketch.last, value >= last { return }
    var i = sketch.count
    while i > 0 && sketch[i - 1] > value { i -= 1 }
    if i > 0 && sketch[i - 1] == value { return }
    sketch.insert(value, at: i)
    if sketch.count > sketchSize { sketch.removeLast() }
  }

  /// Bottom-k Jaccard estimate: of the k smallest values of the union, the share in both.
  private func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
    let k = min(sketchSize, max(a.count, b.count))
    guard k > 0 else { return 0 }
    var i = 0, j = 0, taken = 0, both = 0
    while taken < k && (i < a.count || j < b.count) {
      if j >= b.count || (i < a.count && a[i] < b[j]) {
        i += 1
      } else if i >= a.count || b[j] < a[i] {
        j += 1
      } else {
        both += 1; i += 1; j += 1
      }
      taken += 1
    }
    return Double(both) / Double(taken)
  }

  @inline(__always)
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Disjoint sets over queue indices (path halving).
struct UnionFind {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  mutating func find(_ x: Int) -> Int {
    var x = x
    while parent[x] != x {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  mutating func union(_ a: Int, _ b: Int) {
    let ra = find(a), rb = find(b)
    if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
  }
}
