import Testing

@testable import ModqScreening

/// `OverlapIndex.overlapsAny` must answer exactly what testing every range with
/// `Range.overlaps` answers: nested, touching, empty and duplicate ranges included.
struct OverlapIndexTests {
  @Test func agreesWithTestingEveryRange() {
    var generator = SplitMix(seed: 23)
    var answers = Set<Bool>()
    for _ in 0..<2_000 {
      let ranges = (0..<Int(generator.next() % 12)).map { _ -> Range<Int> in
        let start = Int(generator.next() % 40)
        return start..<(start + Int(generator.next() % 9))
      }
      let index = OverlapIndex(ranges)
      for _ in 0..<20 {
        let start = Int(generator.next() % 45)
        let probe = start..<(start + Int(generator.next() % 6))
        let expected = ranges.contains { $0.overlaps(probe) }
        #expect(index.overlapsAny(probe) == expected, "\(ranges) \(probe)")
        answers.insert(expected)
      }
    }
    #expect(answers == [true, false])
  }

  @Test func touchingRangesDoNotOverlap() {
    let index = OverlapIndex([0..<5, 10..<20, 12..<14])
    #expect(!index.overlapsAny(5..<10))
    #expect(index.overlapsAny(4..<5))
    #expect(index.overlapsAny(19..<30))
    #expect(!index.overlapsAny(20..<30))
    #expect(!index.overlapsAny(3..<3))
    #expect(!OverlapIndex([]).overlapsAny(0..<100))
  }
}
