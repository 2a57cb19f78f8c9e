/// A strict UTF-8 decoder that keeps every invalid byte, so it can be shown, not guessed.
///
/// Output units are scalar values, or `invalidFlag | byte` for a byte that does not belong to
/// a well-formed sequence (overlong forms, encoded surrogates, values above U+10FFFF, stray
/// continuation bytes, truncated sequences). Each bad byte becomes its own unit.
enum StrictUTF8 {
  static let invalidFlag: UInt32 = 0x8000_0000

  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
    var units: [UInt32] = []
    units.reserveCapacity(bytes.count)
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        units.append(UInt32(lead))
        index += 1
        continue
      }
      let (length, secondLow, secondHigh) = shape(of: lead)
      guard length > 0, index + length <= count else {
        units.append(invalidFlag | UInt32(lead))
        index += 1
        continue
      }
      var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      var valid = true
      for offset in 1..<length {
        let byte = bytes[index + offset]
        let low: UInt8 = offset == 1 ? secondLow : 0x80
        let high: UInt8 = offset == 1 ? secondHigh : 0xBF
        if byte < low || byte > high {
          valid = false
          break
        }
        value = (value << 6) | UInt32(byte & 0x3F)
      }
      if valid {
        units.append(value)
        index += length
      } else {
        units.append(invalidFlag | UInt32(lead))
        index += 1
      }
    }
    return units
  }

  /// Sequence length and the allowed range of the second byte for a lead byte (length 0:
  /// the byte can never start a sequence).
  private static func shape(of lead: UInt8) -> (Int, UInt8, UInt8) {
    switch lead {
    case 0xC2...0xDF: return (2, 0x80, 0xBF)
    case 0xE0: return (3, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80, 0xBF)
    case 0xED: return (3, 0x80, 0x9F)
    case 0xF0: return (4, 0x90, 0xBF)
    case 0xF1...0xF3: return (4, 0x80, 0xBF)
    case 0xF4: return (4, 0x80, 0x8F)
    default: return (0, 0, 0)
    }
  }
}
