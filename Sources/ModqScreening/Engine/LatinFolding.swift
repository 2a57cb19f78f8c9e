/// Folding of non-ASCII letters to ASCII base letters for matching, without Foundation.
enum LatinFolding {
  /// Base letters for U+00C0...U+017F (192 entries; `.` for the two non-letters × and ÷).
  private static let latin: [UInt8] = Array(
    ("AAAAAAACEEEEIIIIDNOOOOO.OUUUUYTsaaaaaaaceeeeiiiidnooooo.ouuuuyty"
      + "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOo"
      + "RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs").utf8)

  /// The ASCII letter for a Latin accented letter or a Cyrillic/Greek look-alike, with
  /// whether it is upper case; nil for any other scalar.
  static func fold(_ value: UInt32) -> (letter: UInt8, upper: Bool)? {
    if value >= 0xC0 && value <= 0x17F {
      let base = latin[Int(value - 0xC0)]
      if base == UInt8(ascii: ".") { return nil }
      let upper = base >= 65 && base <= 90
      return (upper ? base | 0x20 : base, upper)
    }
    switch value {
    // Cyrillic look-alikes used to dodge filters (а е о р с у х і).
    case 0x430, 0x410: return (UInt8(ascii: "a"), value == 0x410)
    case 0x435, 0x415: return (UInt8(ascii: "e"), value == 0x415)
    case 0x43E, 0x41E: return (UInt8(ascii: "o"), value == 0x41E)
    case 0x440, 0x420: return (UInt8(ascii: "p"), value == 0x420)
    case 0x441, 0x421: return (UInt8(ascii: "c"), value == 0x421)
    case 0x443: return (UInt8(ascii: "y"), false)
    case 0x445, 0x425: return (UInt8(ascii: "x"), value == 0x425)
    case 0x456, 0x406: return (UInt8(ascii: "i"), value == 0x406)
    // Greek omicron and alpha.
    case 0x3BF: return (UInt8(ascii: "o"), false)
    case 0x3B1: return (UInt8(ascii: "a"), false)
    default: return nil
    }
  }

  /// Zero-width and format characters removed before matching (they never split a word).
  static func isInvisible(_ value: UInt32) -> Bool {
    switch value {
    case 0xAD, 0x34F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF: true
    default: false
    }
  }
}
