import TerminalKit
import Testing

@Suite struct ScreenTests {
  @Test func putWritesTextAndReturnsWidth() {
    var screen = Screen(size: Size(width: 10, height: 2))
    let used = screen.put(text: "café 日本", at: Point(row: 0, col: 0))
    #expect(used == 9)
    #expect(screen.lines == ["café 日本 ", "          "])
  }
}
