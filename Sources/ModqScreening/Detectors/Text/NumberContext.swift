/// Context checks shared by the number detectors.
enum NumberContext {
  /// Words before a number that make it an order, tracking, model or price number.
  static let orderWords = WordSet([
    "order", "orders", "tracking", "invoice", "confirmation", "reference", "ref", "item", "sku",
    "model", "serial", "style", "product", "receipt", "transaction", "case", "ticket", "rma",
    "upc", "isbn", "lot", "batch", "part",
  ])

  /// True when the number at byte `start` follows `#`, a currency sign, or an order word
  /// (up to two tokens back: "order no. 123", "order #123").
  static func isReference(_ field: TextField, at start: Int, words: WordSet = orderWords) -> Bool {
    var k = start - 1
    while k >= 0, field.bytes[k] == 0x20 { k -= 1 }
    if k >= 0 {
      let c = field.bytes[k]
      if c == UInt8(ascii: "#") || c == UInt8(ascii: "$") {
        return true
      }
      if c >= 0x80 && k >= 1 {
        // £ (C2 A3), € (E2 82 AC), ¥ (C2 A5)
        if c == 0xA3 || c == 0xA5 || c == 0xAC { return true }
      }
    }
    guard let last = field.tokenIndex(endingAtOrBefore: start) else { return false }
    for back in 0..<2 where last - back >= 0 {
      let token = field.tokens[last - back]
      if start - Int(token.end) > 12 { return false }
      if words.contains(token) { return true }
      if token.has(.hasDigit) { return false }
    }
    return false
  }

  /// True when the byte before `start` continues a word or number ("SKU4111...", "1.5").
  static func glued(_ b: [UInt8], before start: Int) -> Bool {
    guard start > 0 else { return false }
    let c = b[start - 1]
    if ByteClass.isAlnum(c) || c == UInt8(ascii: "_") { return true }
    if (c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: "-")
      || c == UInt8(ascii: "/")) && start >= 2 && ByteClass.isDigit(b[start - 2])
    {
      return true
    }
    return false
  }

  /// True when the byte after `end` continues a word or number.
  static func glued(_ b: [UInt8], after end: Int) -> Bool {
    guard end < b.count else { return false }
    let c = b[end]
    if ByteClass.isAlnum(c) || c == UInt8(ascii: "_") { return true }
    if (c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: "-")
      || c == UInt8(ascii: "/") || c == UInt8(ascii: "%")) && end + 1 < b.count
      && ByteClass.isDigit(b[end + 1])
    {
      return true
    }
    return c == UInt8(ascii: "%")
  }
}
