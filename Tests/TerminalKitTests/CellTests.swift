import TerminalKit
import Testing

@Suite struct CellTests {
  /// A glyph of exactly one scalar is read back from the cell's inline UTF-8, for every
  /// UTF-8 length; anything else has none.
  @Test(arguments: ["a", "~", "é", "·", "★", "日", "😀", "\u{10FFFD}"])
  func oneScalarGlyphsGiveTheirScalar(text: String) throws {
    let scalar = try #require(Cell(text).singleScalar)
    #expect(String(Character(scalar)) == text)
  }

  @Test(arguments: ["e\u{301}", "🇯🇵", "👍🏽", "❤️", "", "👩‍👩‍👧‍👦"])
  func otherGlyphsGiveNone(text: String) {
    #expect(Cell(text).singleScalar == nil)
  }

  @Test func continuationAndBlankCells() {
    #expect(Cell.continuation(.plain).singleScalar == nil)
    #expect(Cell.blank.singleScalar == " ")
  }
}
