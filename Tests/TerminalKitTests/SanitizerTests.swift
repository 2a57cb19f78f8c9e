import TerminalKit
import Testing

/// True when every scalar of `text` may reach a terminal.
func isSafeAlphabet(_ text: String) -> Bool {
  var previous: Unicode.Scalar?
  for scalar in text.unicodeScalars {
    defer { previous = scalar }
    let value = scalar.value
    if value == 0x0A { continue }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return false }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .format, .control, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse,
      .surrogate:
      return false
    default: break
    }
    if properties.isBidiControl { return false }
    if properties.isDefaultIgnorableCodePoint {
      let variationSelector = (0xFE00...0xFE0F).contains(value)
      guard variationSelector, let previous, previous.properties.isEmoji else { return false }
    }
  }
  return true
}

@Suite struct SanitizerTests {
  @Test(arguments: HostileTexts.all.map(\.name))
  func hostileTextIsSafeIdempotentAndVisible(name: String) throws {
    let entry = try #require(HostileTexts.all.first { $0.name == name })
    let sanitized = HostileTexts.sanitize(entry.input)
    #expect(isSafeAlphabet(sanitized.string), "unsafe output for \(name)")
    #expect(!sanitized.string.contains("\u{1B}"))
    #expect(SanitizedText(sanitized.string).string == sanitized.string, "not idempotent: \(name)")
    if case .text(let original) = entry.input,
      original.unicodeScalars.contains(where: {
        $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0)
      })
    {
      #expect(sanitized.hiddenCount > 0, "controls not counted for \(name)")
      #expect(!sanitized.markers.isEmpty)
    }
  }

  @Test func escapeSequencesBecomeControlPictures() {
    let text = SanitizedText("\u{1B}]0;pwned\u{07}")
    #expect(text.string == "␛]0;pwned␇")
    #expect(text.hiddenCount == 2)
    #expect(text.markers == [0..<1, 9..<10])
  }

  @Test func cleanTextPassesUnchanged() {
    for clean in ["Great blender, works fine.", "Très bien ! 日本語 👍🏽", "раураl", "a\n\nb", "❤️"] {
      let text = SanitizedText(clean)
      #expect(text.string == clean)
      #expect(text.suspiciousCount == 0)
      #expect(text.markers.isEmpty)
    }
  }

  @Test func loneCarriageReturnIsVisibleButCRLFIsALineBreak() {
    #expect(SanitizedText("great\rSPAM").string == "great␍SPAM")
    #expect(SanitizedText("one\r\ntwo").string == "one\ntwo")
    #expect(SanitizedText("one\r\ntwo").hiddenCount == 0)
  }

  @Test func c1AndBidiAndInvisiblesGetNamedMarkers() {
    #expect(SanitizedText("\u{9B}31m").string == "⟨U+009B⟩31m")
    #expect(SanitizedText("user\u{202E}gnp.exe").string == "user⟨RLO⟩gnp.exe")
    let evasion = SanitizedText("f\u{200B}r\u{200D}e\u{2060}e\u{FEFF}\u{00AD}")
    #expect(evasion.string == "f⟨ZWSP⟩r⟨ZWJ⟩e⟨WJ⟩e⟨BOM⟩⟨SHY⟩")
    #expect(evasion.hiddenCount == 5)
    #expect(SanitizedText("\u{3164}").string == "⟨HF⟩")
    #expect(SanitizedText("hi\u{E0041}\u{E0042}").string == "hi⟨tag:A⟩⟨tag:B⟩")
    #expect(SanitizedText("\u{E000}").string == "⟨U+E000⟩")
    #expect(SanitizedText("\u{0378}").string == "⟨U+0378⟩")
  }

  @Test func separatorsTabsAndLineBreakRuns() {
    #expect(SanitizedText("a\u{2028}b\u{2029}c\u{0085}").string == "a⟨LS⟩b⟨PS⟩c⟨U+0085⟩")
    #expect(SanitizedText("a\tb").string == "a    b")
    #expect(SanitizedText("a\n\n\n\n\nb").string == "a\n\nb")
    #expect(SanitizedText("a\u{0B}b\u{0C}c").string == "a␋b␌c")
  }

  @Test func invalidBytesAreShownOneByOne() {
    let overlong = SanitizedText(bytes: [0xC0, 0xAF])
    #expect(overlong.string == "⟨C0⟩⟨AF⟩")
    #expect(overlong.invalidByteCount == 2)
    #expect(SanitizedText(bytes: [0xED, 0xA0, 0x80]).string == "⟨ED⟩⟨A0⟩⟨80⟩")
    #expect(SanitizedText(bytes: [0x61, 0xE2, 0x82]).string == "a⟨E2⟩⟨82⟩")
    #expect(SanitizedText(bytes: Array("café €".utf8)).string == "café €")
    #expect(SanitizedText(bytes: Array("café €".utf8)).invalidByteCount == 0)
  }

  @Test func combiningFloodsCollapse() {
    let zalgo = SanitizedText("e" + String(repeating: "\u{0301}", count: 500) + "x")
    #expect(zalgo.string == "e\u{0301}\u{0301}\u{0301}\u{0301}⟨+496⟩x")
    #expect(zalgo.collapsedMarkCount == 496)
    #expect(SanitizedText("e\u{0301}\u{0302}").string == "e\u{0301}\u{0302}")
    #expect(SanitizedText("\u{0301}a").string == "\u{25CC}\u{0301}a")
  }

  @Test func variationSelectorsOnlyAfterEmoji() {
    #expect(SanitizedText("❤\u{FE0F}").string == "❤\u{FE0F}")
    #expect(SanitizedText("a\u{FE0F}").string == "a⟨VS16⟩")
  }

  @Test func highlightOffsetsFollowTheSanitisedText() {
    let text = SanitizedText("ab\u{202E}cd")
    #expect(text.displayRange(ofOriginal: 3..<5) == 7..<9)
    #expect(text.displayRange(ofOriginal: 2..<3) == 2..<7)
    let unchanged = SanitizedText("hello world")
    #expect(unchanged.displayRange(ofOriginal: 6..<11) == 6..<11)
    #expect(unchanged.displayRange(ofOriginal: 6..<99) == 6..<11)
    let bytes = SanitizedText(bytes: [0x61, 0x9B, 0x62])
    #expect(bytes.string == "a⟨9B⟩b")
    #expect(bytes.displayRange(ofOriginal: 2..<3) == 5..<6)
    let tabs = SanitizedText("\tbad")
    #expect(tabs.displayRange(ofOriginal: 1..<4) == 4..<7)
  }

  @Test func literalsAndInterpolationAreSanitisedToo() {
    let name = "eve\u{1B}[2J"
    let text: SanitizedText = "moderator: \(name)"
    #expect(text.string == "moderator: eve␛[2J")
    let joined = SanitizedText("a\u{202E}") + SanitizedText("\u{7}b")
    #expect(joined.string == "a⟨RLO⟩␇b")
    #expect(joined.markers == [1..<6, 6..<7])
    #expect(joined.hiddenCount == 2)
  }
}
