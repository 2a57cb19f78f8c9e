import Testing

@testable import TerminalKit

/// One test per class of hostile input the end-to-end corpus (hostile.jsonl) exercises:
/// what each becomes on screen, and what the badge counts.
@Suite struct SanitizerClassTests {
  @Test func osc52ClipboardWriteIsInert() {
    let text = SanitizedText("copy \u{1B}]52;c;cm0gLXJmIH4K\u{07} now")
    #expect(text.string == "copy ␛]52;c;cm0gLXJmIH4K␇ now")
    #expect(text.hiddenCount == 2)
    let terminated = SanitizedText("\u{1B}]52;p;aGk=\u{1B}\\")
    #expect(terminated.string == "␛]52;p;aGk=␛\\")
  }

  @Test func titleChangesOSC0AndOSC2AreInert() {
    #expect(SanitizedText("\u{1B}]0;pwned\u{07}").string == "␛]0;pwned␇")
    #expect(SanitizedText("\u{1B}]2;pwned\u{1B}\\").string == "␛]2;pwned␛\\")
  }

  @Test func csiCursorMovesAndClearsAreInert() {
    let text = SanitizedText("\u{1B}[2J\u{1B}[10;10H\u{1B}[5A\u{1B}[2K\u{1B}[1;3r")
    #expect(text.string == "␛[2J␛[10;10H␛[5A␛[2K␛[1;3r")
    #expect(text.hiddenCount == 5)
    #expect(text.markers.count == 5)
  }

  @Test func dcsIsInert() {
    #expect(SanitizedText("\u{1B}P$qm\u{1B}\\").string == "␛P$qm␛\\")
  }

  @Test func c1ControlsAsScalarsGetNamedMarkers() {
    let text = SanitizedText("\u{9B}31m\u{9D}0;t\u{9C}\u{85}")
    #expect(text.string == "⟨U+009B⟩31m⟨U+009D⟩0;t⟨U+009C⟩⟨U+0085⟩")
    #expect(text.hiddenCount == 4)
  }

  @Test func c1ControlAsARawByteIsShownAsAnInvalidByte() {
    let text = SanitizedText(bytes: [0x9B, 0x33, 0x31, 0x6D])
    #expect(text.string == "⟨9B⟩31m")
    #expect(text.invalidByteCount == 1)
    #expect(text.hiddenCount == 0)
  }

  @Test func bidiOverridesAndIsolatesAreNamed() {
    #expect(SanitizedText("a\u{202E}b").string == "a⟨RLO⟩b")
    let isolates = SanitizedText("\u{2066}\u{2067}\u{2068}\u{2069}")
    #expect(isolates.string == "⟨LRI⟩⟨RLI⟩⟨FSI⟩⟨PDI⟩")
    #expect(isolates.hiddenCount == 4)
  }

  @Test func zeroWidthJoinersAreShownEvenInsideEmoji() {
    let text = SanitizedText("f\u{200D}r 👨\u{200D}👩")
    #expect(text.string == "f⟨ZWJ⟩r 👨⟨ZWJ⟩👩")
    #expect(text.hiddenCount == 2)
  }

  @Test func combiningFloodKeepsFourMarksAndCountsTheRest() {
    let text = SanitizedText("e" + String(repeating: "\u{301}", count: 600) + "x")
    #expect(text.string == "e\u{301}\u{301}\u{301}\u{301}⟨+596⟩x")
    #expect(text.collapsedMarkCount == 596)
    #expect(TextWidth.width(of: text.string) == "e⟨+596⟩x".count)
  }

  @Test func oneMebibyteLineStaysOneLineOfText() {
    let line = "\u{1B}[2J" + String(repeating: "kettle ", count: (1 << 20) / 7)
    let text = SanitizedText(line)
    #expect(text.string.hasPrefix("␛[2Jkettle"))
    #expect(text.hiddenCount == 1)
    #expect(!text.string.contains("\n"))
  }

  @Test func invalidUTF8BytesAreShownOneByOne() {
    let text = SanitizedText(bytes: [0x61, 0xC0, 0xAF, 0xE2, 0x82])
    #expect(text.string == "a⟨C0⟩⟨AF⟩⟨E2⟩⟨82⟩")
    #expect(text.invalidByteCount == 4)
  }

  @Test func nulIsAControlPicture() {
    let text = SanitizedText("a\u{0}b\u{0}")
    #expect(text.string == "a␀b␀")
    #expect(text.hiddenCount == 2)
  }

  @Test func wideCJKAndEmojiPassWithTheirWidth() {
    let text = SanitizedText("日本語 👍🏽 ❤️")
    #expect(text.string == "日本語 👍🏽 ❤️")
    #expect(text.suspiciousCount == 0)
    #expect(text.width == 6 + 1 + 2 + 1 + 2)
  }

  @Test func tabsBecomeSpacesAndLoneCRIsShown() {
    #expect(SanitizedText("a\tb").string == "a    b")
    #expect(SanitizedText("a\tb").hiddenCount == 0)
    let cr = SanitizedText("good\rSPAM")
    #expect(cr.string == "good␍SPAM")
    #expect(cr.hiddenCount == 1)
    #expect(SanitizedText("a\r\nb").string == "a\nb")
  }

  /// The fast path must pass only what the full path would pass unchanged.
  @Test func fastPathAgreesWithTheFullRules() {
    var checked = 0
    for value in UInt32(0)...0xFFFF where Sanitizer.isPlainPrintable(value) {
      guard let scalar = Unicode.Scalar(value) else {
        Issue.record("U+\(String(value, radix: 16)) is not a scalar")
        continue
      }
      let properties = scalar.properties
      let unsafe =
        properties.isDefaultIgnorableCodePoint || properties.isBidiControl
        || properties.isNoncharacterCodePoint
      var category = false
      switch properties.generalCategory {
      case .format, .unassigned, .privateUse, .surrogate, .lineSeparator, .paragraphSeparator,
        .control, .nonspacingMark, .spacingMark, .enclosingMark:
        category = true
      default: break
      }
      #expect(!unsafe && !category, "U+\(String(value, radix: 16)) must take the full path")
      checked += 1
    }
    #expect(checked > 20_000)
    #expect(!Sanitizer.isPlainPrintable(0xAD))
    #expect(!Sanitizer.isPlainPrintable(0x3099))
    #expect(!Sanitizer.isPlainPrintable(0x202E))
  }
}
