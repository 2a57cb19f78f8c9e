import Foundation
import Testing

@testable import ModqScreening

/// `ListTrimming` must trim exactly as Foundation does, ASCII fast path or not.
struct ListTrimmingTests {
  @Test func trimsAsFoundationDoes() {
    var texts = ["", " ", "a", " a ", "\ta b\t", "\n a\r\n", "\u{0B}x\u{0C}", "a  b", "  \t\n "]
    texts += ["caf\u{E9} ", "\u{A0}nbsp\u{A0}", "\u{85}x\u{85}", "\u{2003}em\u{3000}", " \u{1F600} "]
    texts += (0..<128).map { " " + String(UnicodeScalar(UInt8($0))) + "x" + String(UnicodeScalar(UInt8($0))) }
    texts += (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    for text in texts {
      #expect(ListTrimming.whitespace(text) == text.trimmingCharacters(in: .whitespaces))
      #expect(
        ListTrimming.whitespaceAndNewlines(text)
          == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.utf8))")
      let sub = Substring(text)
      #expect(ListTrimming.whitespace(sub) == sub.trimmingCharacters(in: .whitespaces))
    }
  }
}
