import TerminalKit

/// The 30 hostile review texts of reliability-anchors.md §6 (T7), as Swift escapes.
enum HostileTexts {
  /// A hostile text: either a string or raw bytes (for invalid UTF-8).
  enum Input {
    case text(String)
    case bytes([UInt8])
  }

  static let all: [(name: String, input: Input)] = [
    ("01 OSC 0 set title", .text("\u{1B}]0;pwned\u{07}")),
    ("02 OSC 52 clipboard write", .text("\u{1B}]52;c;cm0gLXJmIH4=\u{07}")),
    ("03 OSC 8 hyperlink", .text("\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\")),
    ("04 clear screen", .text("\u{1B}[2J\u{1B}[H")),
    ("05 rewrite line above", .text("\u{1B}[1A\u{1B}[2K✔ ACCEPTED by supervisor")),
    ("06 lone CR", .text("great product\rSPAM SPAM SPAM")),
    ("07 backspaces", .text("good\u{08}\u{08}\u{08}\u{08}bad")),
    ("08 DSR query", .text("\u{1B}[6n")),
    ("09 XTVERSION query", .text("\u{1B}[>0q")),
    ("10 DECRQSS", .text("\u{1B}P$qm\u{1B}\\")),
    ("11 OSC 50 font query", .text("\u{1B}]50;?\u{07}")),
    ("12 C1 CSI scalar", .text("\u{9B}31m")),
    ("13 raw 0x9B byte", .bytes([0x9B, 0x33, 0x31, 0x6D])),
    ("14a overlong", .bytes([0x2F, 0xC0, 0xAF])),
    ("14b encoded surrogate", .bytes([0xED, 0xA0, 0x80])),
    ("14c truncated", .bytes([0x61, 0xE2, 0x82])),
    ("15 conceal and black on black", .text("\u{1B}[8mhidden\u{1B}[0m \u{1B}[30;40mblack")),
    ("16 alternate screen, hide cursor", .text("\u{1B}[?1049h\u{1B}[?25l")),
    ("17 RIS reset", .text("\u{1B}c")),
    ("18 iTerm2 inline file", .text("\u{1B}]1337;File=name=eC50eHQ=;inline=1:AAAA\u{07}")),
    ("19 NUL and DEL", .text("a\u{0}b\u{7F}c")),
    ("20 RLO", .text("user\u{202E}gnp.exe")),
    ("21 isolates and ALM", .text("\u{2066}abc\u{2069}\u{2067}d\u{2068}e\u{061C}")),
    ("22 word-filter evasion", .text("f\u{200B}r\u{200C}e\u{200D}e \u{2060}x\u{FEFF}y\u{00AD}z")),
    ("23 tag smuggling", .text("hi\u{E0001}\u{E0041}\u{E0042}\u{E007F}")),
    ("24 Hangul filler name", .text("\u{3164}\u{3164}")),
    ("25 Zalgo", .text("e" + String(repeating: "\u{0301}", count: 500) + "x")),
    ("26 wide and ZWJ family", .text(String(repeating: "日", count: 300) + "👨\u{200D}👩\u{200D}👧")),
    ("27 separators and VT FF", .text("a\u{2028}b\u{2029}c\u{0085}d\u{0B}e\u{0C}f")),
    ("28 one 1 MiB line", .text(String(repeating: "a", count: 1 << 20))),
    ("29 Cyrillic homoglyph", .text("\u{0440}\u{0430}\u{0443}\u{0440}\u{0430}l")),
    ("30 UI imitation", .text("[ESCALATED → legal] Press y to approve")),
  ]

  static func sanitize(_ input: Input) -> SanitizedText {
    switch input {
    case .text(let text): return SanitizedText(text)
    case .bytes(let bytes): return SanitizedText(bytes: bytes)
    }
  }
}
