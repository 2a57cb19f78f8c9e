import Foundation

/// Trimming of list and lexicon lines as Foundation's `trimmingCharacters(in:)` does it, with
/// ASCII lines (every shipped list) trimmed byte by byte: loading the lists at startup
/// trimmed tens of thousands of lines through `NSString`.
enum ListTrimming {
  /// `text.trimmingCharacters(in: .whitespaces)`: ASCII space and tab.
  static func whitespace<S: StringProtocol>(_ text: S) -> String {
    trimmed(text, newlines: false) ?? text.trimmingCharacters(in: .whitespaces)
  }

  /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`: ASCII space, tab, and
  /// line feed through carriage return.
  static func whitespaceAndNewlines<S: StringProtocol>(_ text: S) -> String {
    trimmed(text, newlines: true) ?? text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The trimmed text when it is all ASCII, else nil.
  private static func trimmed<S: StringProtocol>(_ text: S, newlines: Bool) -> String? {
    let text = Substring(text)
    let utf8 = text.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || (newlines && b >= 0x0A && b <= 0x0D) }
    guard let first = utf8.firstIndex(where: { !isSpace($0) }),
      let last = utf8.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(text[first...last])
  }
}
