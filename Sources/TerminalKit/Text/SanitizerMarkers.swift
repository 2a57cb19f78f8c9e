/// The visible stand-ins the sanitiser draws for characters it will not send raw.
enum SanitizerMarkers {
  /// Names for bidi controls and well-known invisible characters.
  static let names: [UInt32: String] = [
    0x061C: "ALM", 0x200E: "LRM", 0x200F: "RLM", 0x202A: "LRE", 0x202B: "RLE",
    0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO", 0x2066: "LRI", 0x2067: "RLI",
    0x2068: "FSI", 0x2069: "PDI",
    0x00AD: "SHY", 0x034F: "CGJ", 0x180E: "MVS", 0x200B: "ZWSP", 0x200C: "ZWNJ",
    0x200D: "ZWJ", 0x2060: "WJ", 0xFEFF: "BOM", 0x2028: "LS", 0x2029: "PS",
    0x115F: "HF", 0x1160: "HF", 0x3164: "HF", 0xFFA0: "HF", 0xFE0E: "VS15", 0xFE0F: "VS16",
  ]

  /// `⟨RLO⟩`, `⟨tag:A⟩`, or `⟨U+E000⟩`.
  static func marker(for value: UInt32) -> String {
    if let name = names[value] { return "⟨\(name)⟩" }
    if value >= 0xE0020 && value <= 0xE007E, let ascii = Unicode.Scalar(value - 0xE0000) {
      return "⟨tag:\(Character(ascii))⟩"
    }
    return "⟨U+\(hex(value, digits: 4))⟩"
  }

  /// Control Pictures for C0 and DEL: ESC becomes `␛`, NUL `␀`, DEL `␡`.
  static func controlPicture(for value: UInt32) -> Unicode.Scalar {
    Unicode.Scalar(value == 0x7F ? 0x2421 : 0x2400 + value) ?? "?"
  }

  /// `⟨9B⟩` for an invalid byte.
  static func invalidByte(_ byte: UInt32) -> String { "⟨\(hex(byte, digits: 2))⟩" }

  /// `⟨+12⟩` for combining marks dropped from one grapheme.
  static func collapsedMarks(_ count: Int) -> String { "⟨+\(count)⟩" }

  static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
