/// Finds amounts of money written with a currency symbol in a field's bytes ("$24.99",
/// "€ 30", "30€", "£5"), and tells discount amounts from prices.
enum MoneyScanner {
  struct Amount {
    var bytes: Range<Int>
    /// Index of the amount's first number token.
    var numberToken: Int
  }

  /// Every symbol amount, with the index of its number token.
  static func symbolAmounts(in field: TextField) -> [Amount] {
    var result: [Amount] = []
    let b = field.bytes
    // Every symbol starts with one of three bytes: most fields hold none of them.
    guard b.contains(byte: UInt8(ascii: "$")) || b.contains(byte: 0xC2) || b.contains(byte: 0xE2)
    else { return result }
    var i = 0
    while i < b.count {
      let symbolLength = symbol(b, i)
      guard symbolLength > 0 else { i += 1; continue }
      // "5$2": digits on both sides of the symbol are a typo or a code, not an amount.
      if i > 0, isDigit(b[i - 1]), i + symbolLength < b.count, isDigit(b[i + symbolLength]) {
        i += symbolLength
        continue
      }
      var j = i + symbolLength
      if j < b.count && b[j] == 0x20 { j += 1 }
      if j < b.count, isDigit(b[j]), let token = tokenIndex(field, startingAt: j) {
        let end = numberEnd(field, from: token)
        result.append(Amount(bytes: i..<Int(field.tokens[end].end), numberToken: token))
      } else if i > 0, let token = tokenIndex(field, endingAt: i - (b[i - 1] == 0x20 ? 1 : 0)),
        field.tokens[token].has(.allDigits)
      {
        let start = amountStart(field, token: token)
        result.append(Amount(bytes: Int(field.tokens[start].start)..<(i + symbolLength),
          numberToken: start))
      }
      i += symbolLength
    }
    return result
  }

  /// "$5 off", "save $10", "$10 coupon", "a $10 discount": not an actual price.
  static func isDiscount(_ field: TextField, masks: [UInt64], number: Int) -> Bool {
    let end = numberEnd(field, from: number)
    let sentence = field.tokens[number].sentence
    for k in (end + 1)...(end + 2) where k < field.tokens.count {
      guard field.tokens[k].sentence == sentence else { break }
      if masks[k] & Cue.priceDiscount.bit != 0 { return true }
      if !field.tokens[k].has(.hasLetter) { continue }
      if masks[k] & Cue.currencyWord.bit == 0 { break }
    }
    for k in stride(from: number - 1, through: max(0, number - 2), by: -1) {
      guard field.tokens[k].sentence == sentence else { break }
      if masks[k] & Cue.priceDiscount.bit != 0 { return true }
    }
    // "50%" is a discount share, never a price.
    let after = Int(field.tokens[end].end)
    return after < field.bytes.count && field.bytes[after] == UInt8(ascii: "%")
  }

  /// The first token of "24.99" / "1,299" when `token` is a later part of it.
  static func amountStart(_ field: TextField, token: Int) -> Int {
    var start = token
    while start > 0, field.tokens[start - 1].has(.allDigits),
      field.tokens[start].start - field.tokens[start - 1].end == 1,
      isGroupSeparator(field.bytes[Int(field.tokens[start - 1].end)])
    {
      start -= 1
    }
    return start
  }

  /// The last token of the number starting at `token` ("24" "." "99").
  static func numberEnd(_ field: TextField, from token: Int) -> Int {
    var end = token
    while end + 1 < field.tokens.count, field.tokens[end + 1].has(.allDigits),
      field.tokens[end + 1].start - field.tokens[end].end == 1,
      isGroupSeparator(field.bytes[Int(field.tokens[end].end)])
    {
      end += 1
    }
    return end
  }

  private static func isGroupSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Length of a currency symbol at `i` ($, €, £, ¥), or 0.
  private static func symbol(_ b: [UInt8], _ i: Int) -> Int {
    if b[i] == UInt8(ascii: "$") { return 1 }
    if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA3 || b[i + 1] == 0xA5 { return 2 }
    if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x82, b[i + 2] == 0xAC { return 3 }
    return 0
  }

  /// The all-digit token starting at `byte`, if any (tokens are in text order and do not
  /// overlap, so a binary search finds it: a linear one made a field of many symbols
  /// quadratic).
  private static func tokenIndex(_ field: TextField, startingAt byte: Int) -> Int? {
    guard let k = field.tokenIndex(startingAtOrAfter: byte), Int(field.tokens[k].start) == byte,
      field.tokens[k].has(.allDigits)
    else { return nil }
    return k
  }

  /// The token ending at `byte`, if any.
  private static func tokenIndex(_ field: TextField, endingAt byte: Int) -> Int? {
    guard let k = field.tokenIndex(endingAtOrBefore: byte), Int(field.tokens[k].end) == byte
    else { return nil }
    return k
  }
}
