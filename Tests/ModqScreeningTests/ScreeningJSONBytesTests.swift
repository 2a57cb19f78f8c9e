import Foundation
import ModqCore
import Testing

@testable import ModqScreening

/// `ScreeningJSON` writes bytes; these tests hold it to the scalar-by-scalar `String` writer
/// it replaced (kept here as the oracle), on every text `PhraseGateTests` gathers (demo
/// queue, eval data, hostile strings) and on every escaped code point and its neighbours.
struct ScreeningJSONBytesTests {
  /// The former writer: one unicode scalar at a time into a `String`.
  static func oracleString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E,
        0x2066...0x2069:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  static func bytes(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    ScreeningJSON.appendString(text, to: &out)
    return out
  }

  @Test func everyTextEscapesAsTheScalarWriterDid() {
    var checked = 0
    for text in PhraseGateTests.texts {
      #expect(Self.bytes(text) == Array(Self.oracleString(text).utf8), "\(text.prefix(60))")
      checked += 1
    }
    #expect(checked > 20)
  }

  @Test func everyCodePointNearAnEscapeMatches() {
    var scalars: [Unicode.Scalar] = []
    let ranges: [ClosedRange<UInt32>] = [
      0...0x100, 0x1FF0...0x2100, 0x2FF0...0x3010, 0xD7F0...0xD7FF, 0xE000...0xE010,
      0xFFF0...0xFFFF, 0x1F600...0x1F610, 0x10FFF0...0x10FFFF,
    ]
    for range in ranges {
      for value in range { if let s = Unicode.Scalar(value) { scalars.append(s) } }
    }
    for scalar in scalars {
      let text = "a" + String(scalar) + "b"
      #expect(Self.bytes(text) == Array(Self.oracleString(text).utf8), "U+\(scalar.value)")
    }
    let all = String(String.UnicodeScalarView(scalars))
    #expect(Self.bytes(all) == Array(Self.oracleString(all).utf8))
  }

  @Test func integersAndStringLineAgree() {
    var out: [UInt8] = []
    for value in [0, 7, 10, 99, 100, 12_345, Int(Int32.max), Int.max, -1, Int.min] {
      out.removeAll()
      JSONDecimal.append(value, to: &out)
      #expect(String(decoding: out, as: UTF8.self) == String(value))
    }
    let finding = Finding(
      criterion: "pii.phone", action: .reject,
      spans: [Span(field: .body, start: 3, end: 1_234), Span(field: .title, start: 0, end: 9)],
      evidence: "x\u{2028}y", explanation: "e", relatedReviewIDs: ["r\"2", "r\u{85}3"])
    let result = ScreeningResult(id: "r\n1", verdict: .reject, findings: [finding, finding])
    var line: [UInt8] = []
    ScreeningJSON.append(result, to: &line)
    #expect(String(decoding: line, as: UTF8.self) == ScreeningJSON.line(result))
    let one =
      "{\"criterion\":\"pii.phone\",\"action\":\"reject\",\"spans\":[{\"field\":\"body\","
      + "\"start\":3,\"end\":1234},{\"field\":\"title\",\"start\":0,\"end\":9}],"
      + "\"evidence\":\"x\\u2028y\",\"explanation\":\"e\",\"related\":[\"r\\\"2\",\"r\\u00853\"]}"
    #expect(
      ScreeningJSON.line(result)
        == "{\"id\":\"r\\n1\",\"verdict\":\"reject\",\"findings\":[" + one + "," + one + "]}")
  }
}
