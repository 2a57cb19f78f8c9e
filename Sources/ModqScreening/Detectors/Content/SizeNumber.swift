/// A number that names what was ordered or sent ("the 20L", "750ml", "a 9", "size 10"): the
/// numeric half of a wrong-item variant, next to the size and colour words of
/// `variant-words.txt`. Read on the token's original bytes, since the tokenizer maps digits
/// to leetspeak letters ("750ml" -> "tsoml").
enum SizeNumber {
  /// Units a capacity, length or garment size is given in ("20L", "32oz", "34in", "2XL").
  private static let units: Set<[UInt8]> = Set(
    ["l", "ml", "cl", "lt", "ltr", "oz", "cm", "mm", "in", "xl", "xxl", "xs", "xxs"].map {
      Array($0.utf8)
    })
  /// Words before a bare number that make it a size: "a 9", "the 10", "size 10", "mens 11",
  /// and what a tag, a box or the shoes inside read ("the tag says 11 UK", "the shoes inside
  /// say 8"; twenty-eighth session).
  private static let sizeLeads = WordSet([
    "a", "an", "the", "size", "sz", "sizes", "mens", "womens", "us", "uk", "eu",
    "say", "says", "said", "reads", "marked", "labelled", "labeled",
  ])
  /// Words after a bare number that make it a time or a count: "the 10 days", "a 3 pack".
  private static let notSizes = WordSet([
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
    "minute", "minutes", "min", "mins", "hr", "hrs", "time", "times", "am", "pm", "pack",
    "packs", "pair", "pairs", "star", "stars", "percent", "dollars", "bucks", "of",
    // "I'd say 8 out of 10": a score.
    "out",
  ])

  /// A number up to 16 (with a decimal part or not): a shoe or clothing size said in the
  /// plural ("8.5s", "10s"), where a larger one is an age, a decade or a count ("my 20s",
  /// "the 90s", "100s").
  private static func isShoeSize(_ digits: ArraySlice<UInt8>) -> Bool {
    var whole = 0
    for byte in digits {
      if byte == UInt8(ascii: ".") { break }
      whole = whole * 10 + Int(byte - 0x30)
      if whole > 16 { return false }
    }
    return whole > 0
  }

  /// True when token `k` of `field` is a size number.
  static func isSize(_ k: Int, in field: TextField) -> Bool {
    let tokens = field.tokens
    let token = tokens[k]
    guard token.has(.hasDigit) else { return false }
    let bytes = field.bytes
    var i = Int(token.start)
    let end = Int(token.end)
    guard i < end, bytes[i] >= 0x30, bytes[i] <= 0x39 else { return false }
    while i < end, (bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == UInt8(ascii: ".") {
      i += 1
    }
    if i < end {
      let suffix = bytes[i..<end].map { $0 | 0x20 }
      // "8.5s", "the 10s": sizes in the plural (but not "the 90s", a decade).
      if suffix == [UInt8(ascii: "s")] { return isShoeSize(bytes[Int(token.start)..<(end - 1)]) }
      return units.contains(suffix)
    }
    let endsSentence = k + 1 >= tokens.count || tokens[k + 1].sentence != token.sentence
    // "i ordered 10.5": a half size from 4 to 16 (the tokenizer reads "10" and "5") needs no
    // lead word, unless a unit or a count follows ("1.5 kg", "2.5 days").
    if let after = halfSizeEnd(k, in: field) {
      return after >= tokens.count || tokens[after].sentence != token.sentence
        || !notSizes.contains(tokens[after]) && !measures.contains(tokens[after])
    }
    guard k > 0, tokens[k - 1].sentence == token.sentence, sizeLeads.contains(tokens[k - 1])
    else { return false }
    return endsSentence || !notSizes.contains(tokens[k + 1])
  }

  /// The value of the size number at token `k`, the same however it is written: its digits
  /// with ".5" for a half size ("11s" and "11" are one value, "10.5" another than "10"), and
  /// with its unit ("1L" is not "1").
  static func valueKey(_ k: Int, in field: TextField) -> UInt64 {
    let token = field.tokens[k]
    var bytes = Array(field.bytes[Int(token.start)..<Int(token.end)]).map {
      $0 >= 0x41 && $0 <= 0x5a ? $0 | 0x20 : $0
    }
    // "11s": a size said in the plural.
    if bytes.count > 1, bytes.last == UInt8(ascii: "s"), bytes[bytes.count - 2] >= 0x30,
      bytes[bytes.count - 2] <= 0x39
    {
      bytes.removeLast()
    }
    if halfSizeEnd(k, in: field) != nil { bytes += Array(".5".utf8) }
    return WordHash.key(of: bytes)
  }

  /// When token `k` is the whole part of a half size ("10" of "10.5": a number from 4 to 16,
  /// a point, then the token "5"), the index of the token after the "5"; otherwise nil.
  private static func halfSizeEnd(_ k: Int, in field: TextField) -> Int? {
    let tokens = field.tokens
    let bytes = field.bytes
    let token = tokens[k]
    let end = Int(token.end)
    guard k + 1 < tokens.count, end < bytes.count, bytes[end] == UInt8(ascii: "."),
      Int(tokens[k + 1].start) == end + 1, Int(tokens[k + 1].end) == end + 2,
      bytes[end + 1] == UInt8(ascii: "5")
    else { return nil }
    var whole = 0
    for byte in bytes[Int(token.start)..<end] {
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      whole = whole * 10 + Int(byte - 0x30)
      // A run of digits stops here, before it could overflow.
      if whole > 16 { return nil }
    }
    return whole >= 4 ? k + 2 : nil
  }

  /// A garment size written as one capital letter ("size M", "got the S", "came in L."): the
  /// key of the size it stands for ("M" is "medium", so "ordered a medium, the tag says M" is
  /// one value), or nil. After "size" or "sz"; after "a", "an", "the" or "in" only where its
  /// clause ends or a link word follows ("the S. Hip belt", "the L and"; not "the L shaped
  /// zip").
  static func letterSize(_ k: Int, in field: TextField) -> UInt64? {
    let tokens = field.tokens
    let token = tokens[k]
    guard token.end - token.start == 1, k > 0, tokens[k - 1].sentence == token.sentence
    else { return nil }
    let byte = field.bytes[Int(token.start)]
    let size: UInt64
    switch byte {
    case UInt8(ascii: "S"): size = small
    case UInt8(ascii: "M"): size = medium
    case UInt8(ascii: "L"): size = large
    default: return nil
    }
    if letterLeads.contains(tokens[k - 1]) { return size }
    guard articles.contains(tokens[k - 1]) else { return nil }
    let next = k + 1
    if next >= tokens.count || tokens[next].sentence != token.sentence
      || field.breaksClause(before: next) || letterFollowers.contains(tokens[next])
    {
      return size
    }
    return nil
  }

  private static let small = WordHash.key(ofWord: "small")
  private static let medium = WordHash.key(ofWord: "medium")
  private static let large = WordHash.key(ofWord: "large")
  /// "size M", and a fit before the letter: "in youth M ... came as adult L" (u395-39).
  private static let letterLeads = WordSet([
    "size", "sz", "youth", "adult", "adults", "mens", "men's", "womens", "women's", "kids",
    "kid's", "unisex",
  ])
  private static let articles = WordSet(["a", "an", "the", "in"])
  private static let letterFollowers = WordSet([
    "and", "but", "instead", "not", "so", "which", "one", "pair", "size", "socks", "hoodie",
    "jacket", "boots", "shoes",
  ])

  /// Units written apart from a number ("1.5 kg", "4.5 miles").
  private static let measures = WordSet([
    "kg", "kgs", "kilo", "kilos", "lb", "lbs", "pound", "pounds", "g", "grams", "l", "litre",
    "litres", "liter", "liters", "ml", "oz", "ounces", "mile", "miles", "mi", "km", "k", "m",
    "meters", "metres", "cm", "mm", "in", "inch", "inches", "ft", "feet", "hours", "hrs",
    "percent", "x", "stars", "out",
  ])
}
