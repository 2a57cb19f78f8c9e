import ModqCore
import Testing

@testable import ModqScreening

/// `SentimentScorer.contrastWeights` computes every token's "but" weight in two sweeps. It
/// must give exactly what the per-token rule gives (kept here as the reference): 1.5 after a
/// contrast word of the same sentence, else 0.5 before one or when the very next sentence
/// opens with one, else 1; over generated sentences, gaps in sentence numbers included.
struct ContrastWeightTests {
  /// The rule as first written: scan back in the sentence, then forward through it and the
  /// next sentence's first token.
  static func reference(at i: Int, tokens: [Token], cues: [UInt64]) -> Float {
    let sentence = tokens[i].sentence
    var j = i - 1
    while j >= 0 && tokens[j].sentence == sentence {
      if cues[j] & Cue.contrast.bit != 0 { return 1.5 }
      j -= 1
    }
    j = i + 1
    while j < tokens.count && tokens[j].sentence <= sentence + 1 {
      if cues[j] & Cue.contrast.bit != 0 {
        let opensNext = tokens[j].sentence == sentence + 1
          && (j == 0 || tokens[j - 1].sentence != tokens[j].sentence)
        if tokens[j].sentence == sentence || opensNext { return 0.5 }
      }
      if tokens[j].sentence > sentence && j > 0 && tokens[j - 1].sentence > sentence { break }
      j += 1
    }
    return 1
  }

  static func token(sentence: Int32) -> Token {
    Token(
      start: 0, end: 1, normStart: 0, normEnd: 1, key: 1, altKey: 0, squeezedKey: 0,
      sentence: sentence, flags: [])
  }

  @Test func sweepsEqualThePerTokenRule() {
    var generator = SplitMix(seed: 17)
    var checked = 0
    var weightsSeen = Set<Float>()
    for _ in 0..<3_000 {
      let count = Int(generator.next() % 14)
      var sentence: Int32 = 0
      var tokens: [Token] = []
      var cues: [UInt64] = []
      for _ in 0..<count {
        let roll = generator.next() % 10
        if roll == 0 { sentence += 1 }
        if roll == 1 { sentence += 2 }  // a blank line: the next sentence number is skipped
        tokens.append(Self.token(sentence: sentence))
        cues.append(generator.next() % 4 == 0 ? Cue.contrast.bit : 0)
      }
      let weights = SentimentScorer.contrastWeights(tokens: tokens, cues: cues)
      for i in tokens.indices {
        let expected = Self.reference(at: i, tokens: tokens, cues: cues)
        #expect(weights[i] == expected)
        weightsSeen.insert(expected)
        checked += 1
      }
    }
    #expect(checked > 15_000)
    #expect(weightsSeen == [0.5, 1, 1.5])
  }

  @Test func aSentenceOpeningWithButDampsTheOneBefore() {
    let tokens = [0, 0, 1, 1, 3].map { Self.token(sentence: Int32($0)) }
    let cues: [UInt64] = [0, 0, Cue.contrast.bit, 0, 0]
    #expect(SentimentScorer.contrastWeights(tokens: tokens, cues: cues) == [0.5, 0.5, 1, 1.5, 1])
  }
}

/// `ContentAnalysis.hits(_:near:window:)` finds the near hits by binary search over hits in
/// text order; it must give what filtering every hit with `isNear` gives.
struct NearHitsTests {
  @Test func binarySearchEqualsTheFilter() {
    var generator = SplitMix(seed: 5)
    for _ in 0..<500 {
      var hits: [CueHit] = []
      var sentence: Int32 = 0
      var field = 0
      for k in 0..<Int(generator.next() % 30) {
        if generator.next() % 3 == 0 { sentence += Int32(generator.next() % 3) }
        if field == 0 && generator.next() % 12 == 0 {
          field = 1
          sentence = Int32(generator.next() % 2)
        }
        hits.append(CueHit(cue: .damageState, field: field, tokens: k..<(k + 1),
          byteRange: k..<(k + 1), sentence: sentence))
      }
      for probe in hits {
        for window: Int32 in [0, 1, 2] {
          let expected = hits.filter { $0.isNear(probe, window: window) }
          #expect(Array(hits[hits.indices(near: probe, window: window)]) == expected)
          let slice = hits.dropFirst(hits.count / 3)
          #expect(Array(slice[slice.indices(near: probe, window: window)])
            == slice.filter { $0.isNear(probe, window: window) })
        }
      }
    }
  }
}

/// `ContrastClauses.shareAClause` (binary search) must agree with comparing the sentence and
/// the number of contrast words before each hit, on real review sentences.
struct ContrastClauseTests {
  @Test func binarySearchEqualsComparingEveryHit() throws {
    let engine = try #require(ContentFixture.engine)
    let analyzer = try ContentAnalyzer.shared(
      listsDirectory: ContentFixture.data.appendingPathComponent("lists"))
    let texts = [
      "Shipping took forever but the jacket is worth the wait, warm and light.",
      "The store never replied and the jacket is late, but the fabric is soft. Customer service is rude though the boots fit.",
      "Delivery was slow, however the tent is roomy but the poles bend and support never answered.",
    ]
    var compared = 0
    for text in texts {
      let review = engine.prepare(Review(id: "c", rating: 3, body: text))
      let a = analyzer.analysis(of: review)
      let clauses = ContrastClauses(a)
      let hits = a.hits
      func contrastBefore(_ hit: CueHit) -> Int {
        let masks = a.tokenCues[hit.field][..<hit.tokens.lowerBound]
        return masks.filter { $0 & Cue.contrast.bit != 0 }.count
      }
      for cue in Cue.allCases where a.has(cue) {
        let group = a.hits(cue)
        for hit in hits {
          let clause = contrastBefore(hit)
          let expected = group.contains { (other: CueHit) -> Bool in
            guard other.field == hit.field, other.sentence == hit.sentence else { return false }
            return contrastBefore(other) == clause
          }
          #expect(clauses.shareAClause(hit, withAnyOf: group) == expected, "\(text)")
          compared += 1
        }
      }
    }
    #expect(compared > 100)
  }
}
