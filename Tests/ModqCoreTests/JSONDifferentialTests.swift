import Foundation
import ModqCore
import Testing

/// The hand parser against Foundation's JSONSerialization, on thousands of generated and
/// mutated lines. Known, documented deviations (docs/queue.md): modq rejects trailing commas
/// and repeated member names, which JSONSerialization tolerates.
@Suite struct JSONDifferentialTests {
  @Test func agreesWithJSONSerializationOnGeneratedLines() throws {
    var generator = JSONFuzzLineGenerator(rng: SeededRandom(seed: 20_261_123))
    var mismatches: [String] = []
    var valid = 0
    var invalid = 0
    for _ in 0..<4000 {
      let line = generator.line()
      let ours = QueueTestSupport.decode(line)
      let expected = FoundationOracle.review(line)
      switch (ours, expected) {
      case (.success(let review), .success(let object)):
        valid += 1
        if let difference = FoundationOracle.difference(review, object) {
          mismatches.append("values differ (\(difference)): \(show(line))")
        }
      case (.failure(let error), .failure):
        invalid += 1
        _ = error
      case (.success, .failure(let why)):
        mismatches.append("modq accepted, Foundation said \(why): \(show(line))")
      case (.failure(let error), .success):
        if error.reason.contains("appears twice") { continue }
        mismatches.append("modq rejected (\(error)), Foundation accepted: \(show(line))")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    // The generator must exercise both sides substantially.
    #expect(valid > 500)
    #expect(invalid > 1500)
  }

  private func show(_ line: [UInt8]) -> String {
    String(decoding: line, as: UTF8.self).debugDescription
  }
}

/// Foundation's verdict on a line, with the queue's schema rules applied to its dictionary.
enum FoundationOracle {
  struct Rejection: Error, CustomStringConvertible {
    var description: String
  }

  static let known: Set<String> = [
    "id", "rating", "title", "body", "product", "author", "verified_purchase", "submitted_at",
    "locale", "order_id",
  ]

  static func review(_ line: [UInt8]) -> Result<[String: Any], Rejection> {
    if hasTrailingComma(line) { return .failure(Rejection(description: "trailing comma")) }
    guard let any = try? JSONSerialization.jsonObject(with: Data(line)),
      let object = any as? [String: Any]
    else { return .failure(Rejection(description: "invalid JSON")) }
    guard let id = object["id"] as? String, !id.isEmpty else { return reject("id") }
    guard let rating = object["rating"] as? NSNumber, isInteger(rating),
      (1...5).contains(rating.intValue)
    else { return reject("rating") }
    for key in ["title", "body", "submitted_at", "locale", "order_id"] {
      guard isOptional(object[key], String.self) else { return reject(key) }
    }
    let title = object["title"] as? String ?? ""
    let body = object["body"] as? String ?? ""
    guard !title.isEmpty || !body.isEmpty else { return reject("title/body") }
    for (key, fields) in [("product", ["id", "name", "brand", "category"]),
      ("author", ["name", "email", "id"])] {
      guard let value = object[key], !(value is NSNull) else { continue }
      guard let inner = value as? [String: Any] else { return reject(key) }
      for field in fields where !isOptional(inner[field], String.self) { return reject(field) }
    }
    if let flag = object["verified_purchase"], !(flag is NSNull) {
      guard let number = flag as? NSNumber, isBool(number) else { return reject("verified") }
    }
    return .success(object)
  }

  private static func reject(_ what: String) -> Result<[String: Any], Rejection> {
    .failure(Rejection(description: "schema: \(what)"))
  }

  private static func isOptional<T>(_ value: Any?, _ type: T.Type) -> Bool {
    guard let value, !(value is NSNull) else { return true }
    return value is T && !(value is NSNumber)
  }

  static func isBool(_ n: NSNumber) -> Bool { String(cString: n.objCType) == "c" }

  static func isInteger(_ n: NSNumber) -> Bool {
    let kind = String(cString: n.objCType)
    return !isBool(n) && kind != "d" && kind != "f" && !(n is NSDecimalNumber)
  }

  /// A `,` followed (after whitespace) by `}` or `]`, outside strings.
  static func hasTrailingComma(_ line: [UInt8]) -> Bool {
    var inString = false
    var escaped = false
    var pendingComma = false
    for b in line {
      if inString {
        if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 {
          inString = false
        }
        continue
      }
      switch b {
      case 0x22: inString = true; pendingComma = false
      case 0x2C: pendingComma = true
      case 0x7D, 0x5D: if pendingComma { return true }
      case 0x20, 0x09, 0x0D, 0x0A: break
      default: pendingComma = false
      }
    }
    return false
  }

  /// A description of the first field where `review` and `object` disagree, or nil.
  static func difference(_ review: Review, _ object: [String: Any]) -> String? {
    let product = object["product"] as? [String: Any] ?? [:]
    let author = object["author"] as? [String: Any] ?? [:]
    let pairs: [(String, String?, String?)] = [
      ("id", review.id, object["id"] as? String),
      ("title", review.title, object["title"] as? String ?? ""),
      ("body", review.body, object["body"] as? String ?? ""),
      ("submitted_at", review.submittedAt, object["submitted_at"] as? String),
      ("locale", review.locale, object["locale"] as? String),
      ("order_id", review.orderID, object["order_id"] as? String),
      ("product.id", review.product.id, product["id"] as? String),
      ("product.name", review.product.name, product["name"] as? String),
      ("product.brand", review.product.brand, product["brand"] as? String),
      ("product.category", review.product.category, product["category"] as? String),
      ("author.name", review.author.name, author["name"] as? String),
      ("author.email", review.author.email, author["email"] as? String),
      ("author.id", review.author.id, author["id"] as? String),
    ]
    for (name, ours, theirs) in pairs where ours.map(scalars) != theirs.map(scalars) {
      return name
    }
    if review.rating != (object["rating"] as? NSNumber)?.intValue { return "rating" }
    let verified = (object["verified_purchase"] as? NSNumber)?.boolValue
    if review.verifiedPurchase != verified { return "verified_purchase" }
    if let problem = extrasDifference(review.extras, object, known: known) { return problem }
    if let problem = extrasDifference(review.product.extras, product,
      known: ["id", "name", "brand", "category"]) { return "product." + problem }
    if let problem = extrasDifference(
      review.author.extras, author, known: ["name", "email", "id"]) {
      return "author." + problem
    }
    return nil
  }

  /// Exact scalar sequence (Swift's `==` on String is canonical equivalence, too lenient here).
  private static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

  private static func extrasDifference(
    _ extras: [RawMember], _ object: [String: Any], known: Set<String>
  ) -> String? {
    let expectedKeys = Set(object.keys).subtracting(known)
    guard Set(extras.map(\.key)) == expectedKeys, extras.count == expectedKeys.count else {
      return "extras keys"
    }
    for member in extras {
      guard let theirs = object[member.key],
        let ours = try? JSONSerialization.jsonObject(
          with: Data(member.json), options: .fragmentsAllowed),
        canonical(ours) == canonical(theirs)
      else { return "extra \(member.key)" }
    }
    return nil
  }

  private static func canonical(_ value: Any) -> Data? {
    try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys, .fragmentsAllowed])
  }
}
