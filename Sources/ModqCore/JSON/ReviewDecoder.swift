/// Decodes one queue line (a JSON object, formats.md "Queue") into a `Review`.
///
/// Zero-copy until the end: strings are validated in place and copied once into `String`s;
/// unknown members (top level, and inside `product` / `author`) are kept as their exact value
/// bytes. Strict: anything `JSONSerialization` rejects is rejected, plus the queue's own rules
/// (required `id` string, integer `rating` 1-5, a `title` or a `body`, known members of the
/// right type, no member name twice in one object).
public enum ReviewDecoder {
  /// Decodes a line held in `bytes` (without its newline).
  public static func decode(_ bytes: [UInt8]) throws(JSONLineError) -> Review {
    let result: Result<Review, JSONLineError> = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(JSONLineError) -> Review in try decode(line: buffer) }
    }
    return try result.get()
  }

  /// Decodes a line held in `line` (without its newline). The buffer is not retained.
  public static func decode(line: UnsafeBufferPointer<UInt8>) throws(JSONLineError) -> Review {
    var parser = ReviewParser(cursor: JSONCursor(line))
    return try parser.parseReview()
  }
}

/// The member names the queue format defines, by object.
enum ReviewKeys {
  static let top: [StaticString] = [
    "id", "rating", "title", "body", "product", "author", "verified_purchase", "submitted_at",
    "locale", "order_id",
  ]
  static let product: [StaticString] = ["id", "name", "brand", "category"]
  static let author: [StaticString] = ["name", "email", "id"]
}

/// One object's member-name bookkeeping: known names by bit, unknown ones kept as members.
struct MemberSet {
  var seen: UInt32 = 0
  var extras: [RawMember] = []
}

struct ReviewParser {
  var cursor: JSONCursor

  mutating func parseReview() throws(JSONLineError) -> Review {
    cursor.skipWhitespace()
    guard cursor.peek == 0x7B else { throw cursor.fail("a review line must be a JSON object") }
    cursor.pos += 1
    var review = Review(id: "", rating: 0)
    var members = MemberSet()
    var first = true
    while let key = try nextMember(first: &first) {
      let known = try identify(key, in: ReviewKeys.top, members: &members)
      switch known {
      case 0: review.id = try requiredString("id")
      case 1: review.rating = try rating()
      case 2: review.title = try optionalString("title") ?? ""
      case 3: review.body = try optionalString("body") ?? ""
      case 4: review.product = try product()
      case 5: review.author = try author()
      case 6: review.verifiedPurchase = try optionalBool("verified_purchase")
      case 7: review.submittedAt = try optionalString("submitted_at")
      case 8: review.locale = try optionalString("locale")
      case 9: review.orderID = try optionalString("order_id")
      default: try keepUnknown(key, in: &members)
      }
    }
    let end = cursor.pos
    cursor.skipWhitespace()
    guard cursor.atEnd else { throw cursor.fail("unexpected data after the review object") }
    review.extras = members.extras
    guard members.seen & 1 != 0 else { throw cursor.fail("missing required \"id\"", at: end) }
    guard !review.id.isEmpty else { throw cursor.fail("\"id\" must not be empty", at: end) }
    guard members.seen & 2 != 0 else { throw cursor.fail("missing required \"rating\"", at: end) }
    guard !review.title.isEmpty || !review.body.isEmpty else {
      throw cursor.fail("needs a non-empty \"title\" or \"body\"", at: end)
    }
    return review
  }

  private mutating func product() throws(JSONLineError) -> Product {
    var product = Product()
    guard try openObject("product") else { return product }
    var members = MemberSet()
    var first = true
    while let key = try nextMember(first: &first) {
      switch try identify(key, in: ReviewKeys.product, members: &members) {
      case 0: product.id = try optionalString("product.id")
      case 1: product.name = try optionalString("product.name")
      case 2: product.brand = try optionalString("product.brand")
      case 3: product.category = try optionalString("product.category")
      default: try keepUnknown(key, in: &members)
      }
    }
    product.extras = members.extras
    return product
  }

  private mutating func author() throws(JSONLineError) -> Author {
    var author = Author()
    guard try openObject("author") else { return author }
    var members = MemberSet()
    var first = true
    while let key = try nextMember(first: &first) {
      switch try identify(key, in: ReviewKeys.author, members: &members) {
      case 0: author.name = try optionalString("author.name")
      case 1: author.email = try optionalString("author.email")
      case 2: author.id = try optionalString("author.id")
      default: try keepUnknown(key, in: &members)
      }
    }
    author.extras = members.extras
    return author
  }

  /// Consumes `{` (true) or `null` (false); anything else is a type error.
  private mutating func openObject(_ name: String) throws(JSONLineError) -> Bool {
    if cursor.peek == 0x6E {
      try cursor.scanLiteral("null")
      return false
    }
    guard cursor.peek == 0x7B else { throw typeError(name, "an object") }
    cursor.pos += 1
    return true
  }

  /// Moves to the next member's value and returns its name token; nil after the closing `}`.
  private mutating func nextMember(first: inout Bool) throws(JSONLineError) -> JSONStringToken? {
    cursor.skipWhitespace()
    if cursor.peek == 0x7D {
      cursor.pos += 1
      return nil
    }
    if !first {
      try cursor.expect(0x2C, "',' or '}'")
      cursor.skipWhitespace()
    }
    first = false
    guard cursor.peek == 0x22 else { throw cursor.unexpected("a member name") }
    let key = try cursor.scanString()
    cursor.skipWhitespace()
    try cursor.expect(0x3A, "':' after a member name")
    cursor.skipWhitespace()
    return key
  }

  /// Index of `key` in `names`, or -1 for an unknown name. Fails on a repeated known name.
  private func identify(
    _ key: JSONStringToken, in names: [StaticString], members: inout MemberSet
  ) throws(JSONLineError) -> Int {
    let found: Int
    if key.hasEscape {
      let decoded = JSONStringDecoding.bytes(cursor.bytes, key)
      found = decoded.withUnsafeBufferPointer { ReviewParser.index(of: $0, in: names) }
    } else {
      let raw = UnsafeBufferPointer(rebasing: cursor.bytes[key.start..<key.end])
      found = ReviewParser.index(of: raw, in: names)
    }
    guard found >= 0 else { return -1 }
    let bit: UInt32 = 1 << UInt32(found)
    guard members.seen & bit == 0 else {
      throw cursor.fail("member \"\(names[found])\" appears twice", at: key.start - 1)
    }
    members.seen |= bit
    return found
  }

  static func index(of key: UnsafeBufferPointer<UInt8>, in names: [StaticString]) -> Int {
    for (i, name) in names.enumerated() where name.utf8CodeUnitCount == key.count {
      let p = name.utf8Start
      var equal = true
      for k in 0..<key.count where key[k] != p[k] {
        equal = false
        break
      }
      if equal { return i }
    }
    return -1
  }

  private mutating func keepUnknown(
    _ key: JSONStringToken, in members: inout MemberSet
  ) throws(JSONLineError) {
    let name = JSONStringDecoding.string(cursor.bytes, key)
    if members.extras.contains(where: { $0.key == name }) {
      throw cursor.fail("member \(DiagnosticText.quoted(name)) appears twice", at: key.start - 1)
    }
    let start = cursor.pos
    try cursor.skipValue()
    let json = Array(UnsafeBufferPointer(rebasing: cursor.bytes[start..<cursor.pos]))
    members.extras.append(RawMember(key: name, json: json))
  }

  private func typeError(_ name: String, _ kind: String) -> JSONLineError {
    if cursor.atEnd { return cursor.fail("line ends early: expected a value for \"\(name)\"") }
    return cursor.fail("\"\(name)\" must be \(kind)")
  }

  private mutating func requiredString(_ name: String) throws(JSONLineError) -> String {
    guard cursor.peek == 0x22 else { throw typeError(name, "a string") }
    let token = try cursor.scanString()
    return JSONStringDecoding.string(cursor.bytes, token)
  }

  private mutating func optionalString(_ name: String) throws(JSONLineError) -> String? {
    if cursor.peek == 0x6E {
      try cursor.scanLiteral("null")
      return nil
    }
    return try requiredString(name)
  }

  private mutating func optionalBool(_ name: String) throws(JSONLineError) -> Bool? {
    switch cursor.peek {
    case 0x6E: try cursor.scanLiteral("null"); return nil
    case 0x74: try cursor.scanLiteral("true"); return true
    case 0x66: try cursor.scanLiteral("false"); return false
    default: throw typeError(name, "true or false")
    }
  }

  private mutating func rating() throws(JSONLineError) -> Int {
    let start = cursor.pos
    let peek = cursor.peek
    guard peek == 0x2D || cursor.isDigit(peek) else {
      throw typeError("rating", "an integer from 1 to 5")
    }
    let integer = try cursor.scanNumber()
    let length = cursor.pos - start
    let digit = cursor.bytes[start]
    guard integer, length == 1, digit >= 0x31, digit <= 0x35 else {
      throw cursor.fail("\"rating\" must be an integer from 1 to 5", at: start)
    }
    return Int(digit - 0x30)
  }
}
