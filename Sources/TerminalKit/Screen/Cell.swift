/// One terminal cell: a single grapheme and its style. A wide glyph occupies its cell and
/// the next one, which is a continuation cell (empty text) with the same style.
///
/// A plain value of 16 bytes with no references: the grapheme's UTF-8 is kept inline (up to
/// 8 bytes: ASCII, CJK, emoji, flags), longer graphemes as a number in `GlyphTable`. So
/// filling, copying and comparing screens costs no reference counting and no string work.
public struct Cell: Sendable, Hashable {
  /// The grapheme: its UTF-8 bytes, first byte lowest, unused bytes zero (0: empty);
  /// or, when the lowest byte is `spilled`, a `GlyphTable` number in the upper bytes.
  var glyph: UInt64
  /// Display width of `text`: 1, 2, or 0 for a continuation cell.
  public var width: UInt8
  public var style: Style

  /// A lowest byte no UTF-8 text starts with: marks a glyph kept in `GlyphTable`.
  static let spilled: UInt64 = 0xFF

  public init(_ text: String, width: UInt8 = 1, style: Style = .plain) {
    self.glyph = Cell.encode(text)
    self.width = width
    self.style = style
  }

  /// A cell of one printable ASCII byte (the render fast path: no string at all).
  init(ascii byte: UInt8, style: Style) {
    self.glyph = UInt64(byte)
    self.width = 1
    self.style = style
  }

  /// The grapheme shown, `""` for the right half of a wide glyph.
  public var text: String {
    get {
      if glyph & 0xFF == Cell.spilled {
        return GlyphTable.text(UInt32(truncatingIfNeeded: glyph >> 8))
      }
      var bytes: [UInt8] = []
      var rest = glyph
      while rest != 0 {
        bytes.append(UInt8(truncatingIfNeeded: rest))
        rest >>= 8
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    set { glyph = Cell.encode(newValue) }
  }

  /// The byte when the cell holds one printable ASCII character (nil otherwise).
  public var printableASCII: UInt8? {
    glyph >= 0x20 && glyph < 0x7F ? UInt8(truncatingIfNeeded: glyph) : nil
  }

  /// The scalar when the grapheme is exactly one Unicode scalar, read from the inline UTF-8
  /// without building a `String` (nil for several scalars, an empty cell, or a long glyph).
  public var singleScalar: Unicode.Scalar? {
    let lead = UInt8(truncatingIfNeeded: glyph)
    let length: Int
    switch lead {
    case 0x01..<0x80: length = 1
    case 0xC2..<0xE0: length = 2
    case 0xE0..<0xF0: length = 3
    case 0xF0..<0xF5: length = 4
    default: return nil
    }
    guard glyph >> UInt64(length * 8) == 0 else { return nil }
    guard length > 1 else { return Unicode.Scalar(lead) }
    var value = UInt32(lead) & (0x7F >> UInt32(length))
    for index in 1..<length {
      let byte = UInt32(truncatingIfNeeded: glyph >> UInt64(index * 8))
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | (byte & 0x3F)
    }
    return Unicode.Scalar(value)
  }

  /// A space in the default style.
  public static let blank = Cell(ascii: 0x20, style: .plain)

  /// A space in `style`.
  public static func blank(_ style: Style) -> Cell { Cell(ascii: 0x20, style: style) }

  /// The right half of a wide glyph.
  public static func continuation(_ style: Style) -> Cell {
    var cell = Cell(ascii: 0, style: style)
    cell.width = 0
    return cell
  }

  public var isContinuation: Bool { width == 0 }

  /// The inline form of `text` when its UTF-8 fits 8 bytes without a NUL, else its number
  /// in the glyph table.
  static func encode(_ text: String) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    for byte in text.utf8 {
      guard shift < 64, byte != 0 else {
        return UInt64(GlyphTable.number(text)) << 8 | spilled
      }
      value |= UInt64(byte) << shift
      shift += 8
    }
    return value
  }
}
