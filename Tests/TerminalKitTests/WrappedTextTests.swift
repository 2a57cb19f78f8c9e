import TerminalKit
import Testing

@Suite struct WrappedTextTests {
  func lines(_ text: String, width: Int) -> [String] {
    let wrapped = WrappedText(StyledText(SanitizedText(text)), width: width)
    return wrapped.lines.indices.map { String(wrapped.segment($0)) }
  }

  @Test func wrapsAtSpacesAndKeepsParagraphs() {
    #expect(lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    #expect(lines("one\n\ntwo", width: 10) == ["one", "", "two"])
    #expect(lines("", width: 5) == [""])
  }

  @Test func hardBreaksLongWordsAndWideText() {
    #expect(lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(lines("日本語テキスト", width: 5) == ["日本", "語テ", "キス", "ト"])
    let wrapped = WrappedText(StyledText(SanitizedText("日本語テキスト")), width: 5)
    #expect(wrapped.lines.allSatisfy { $0.width <= 5 })
  }

  @Test func spansAreCarriedAcrossLines() {
    var text = StyledText(SanitizedText("cheap fake watches here"))
    text.highlight(original: 6..<18, style: .role("highlight.reject"))
    let wrapped = WrappedText(text, width: 11)
    var screen = Screen(size: Size(width: 11, height: 3))
    wrapped.render(into: &screen, rect: screen.bounds, from: 0)
    #expect(screen.lines == ["cheap fake ", "watches    ", "here       "])
    #expect(screen.styleRuns == ["r0 c6-9 highlight.reject", "r1 c0-6 highlight.reject"])
  }

  @Test func aOneMebibyteLineWrapsIntoBoundedLines() {
    let text = StyledText(SanitizedText(String(repeating: "a", count: 1 << 20)))
    let wrapped = WrappedText(text, width: 100)
    #expect(wrapped.lines.count == (1 << 20 + 99) / 100)
    #expect(wrapped.lines.allSatisfy { $0.width <= 100 })
  }
}
