import TerminalKit
import Testing

@Suite struct TextWidthTests {
  @Test func scalarsAndGraphemes() {
    #expect(TextWidth.width(of: "abc") == 3)
    #expect(TextWidth.width(of: "日本語") == 6)
    #expect(TextWidth.width(of: "ＦＲＥＥ") == 8)
    #expect(TextWidth.width(of: "e\u{0301}") == 1)
    #expect(TextWidth.width(of: "한국") == 4)
    #expect(TextWidth.width(of: "😀") == 2)
    #expect(TextWidth.width(of: "👍🏽") == 2)
    #expect(TextWidth.width(of: "🇫🇷") == 2)
    #expect(TextWidth.width(of: "❤\u{FE0F}") == 2)
    #expect(TextWidth.width(of: "❤") == 1)
    #expect(TextWidth.width(of: "→✔…") == 3)
    #expect(TextWidth.width(of: Character("\u{200B}")) == 0)
    #expect(TextWidth.width(of: Character("\u{1B}")) == 0)
  }

  @Test func truncation() {
    #expect(TextWidth.truncate("hello world", to: 8) == "hello w…")
    #expect(TextWidth.truncate("日本語テキスト", to: 6) == "日本…")
    #expect(TextWidth.truncate("short", to: 8) == "short")
    #expect(TextWidth.truncate("abc", to: 0) == "")
  }
}
