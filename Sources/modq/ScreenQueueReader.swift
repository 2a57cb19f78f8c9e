import Foundation
import ModqCore

/// Reads a queue file for `modq screen` (formats.md). Stand-in until the shared queue reader
/// (`QueueFile`) is merged: malformed lines become `file:line: reason` diagnostics, never
/// stop the rest of the file.
struct ScreenQueueReader {
  var reviews: [Review] = []
  var diagnostics: [String] = []

  init(path: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    var seen = Set<String>()
    var lineNumber = 0
    var start = data.startIndex
    while start < data.endIndex {
      lineNumber += 1
      let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
      let line = data[start..<end]
      start = end < data.endIndex ? end + 1 : end
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      do {
        let review = try Self.review(from: Data(line))
        if !seen.insert(review.id).inserted {
          diagnostics.append("\(path):\(lineNumber): duplicate id \(review.id) (screened again)")
        }
        reviews.append(review)
      } catch {
        diagnostics.append("\(path):\(lineNumber): \(error)")
      }
    }
  }

  struct Problem: Error, CustomStringConvertible {
    let description: String
  }

  static func review(from line: Data) throws -> Review {
    guard let object = try? JSONSerialization.jsonObject(with: line),
      let json = object as? [String: Any]
    else { throw Problem(description: "not a JSON object") }
    guard let id = json["id"] as? String, !id.isEmpty else {
      throw Problem(description: "missing string 'id'")
    }
    guard let rating = json["rating"] as? Int, (1...5).contains(rating) else {
      throw Problem(description: "'rating' must be an integer 1-5")
    }
    let title = json["title"] as? String ?? ""
    let body = json["body"] as? String ?? ""
    if json["title"] == nil && json["body"] == nil {
      throw Problem(description: "needs a 'title' or a 'body'")
    }
    var review = Review(id: id, rating: rating, title: title, body: body)
    if let product = json["product"] as? [String: Any] {
      review.product = Product(
        id: product["id"] as? String, name: product["name"] as? String,
        brand: product["brand"] as? String, category: product["category"] as? String)
    }
    if let author = json["author"] as? [String: Any] {
      review.author = Author(
        name: author["name"] as? String, email: author["email"] as? String,
        id: author["id"] as? String)
    }
    review.verifiedPurchase = json["verified_purchase"] as? Bool
    review.orderID = json["order_id"] as? String
    review.locale = json["locale"] as? String
    review.submittedAt = json["submitted_at"] as? String
    return review
  }
}
