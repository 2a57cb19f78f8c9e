/// Turns one CSV record into a queue `Review`, or says why it cannot.
public struct RowConverter: Sendable {
  public let plan: ImportPlan

  public init(plan: ImportPlan) { self.plan = plan }

  private static let yes: Set<String> = ["yes", "y", "true", "t", "1", "verified", "x"]
  private static let no: Set<String> = ["no", "n", "false", "f", "0", "unverified", ""]

  /// Converts `record` (already known not to be blank).
  public func convert(_ record: CSVRecord) -> Result<Review, ImportRejection> {
    let expected = plan.header.count
    guard record.count == expected else {
      return .failure(.columnCount(expected: expected, got: record.count))
    }
    do {
      return .success(try build(record))
    } catch {
      return .failure(error)
    }
  }

  /// The first non-empty (after trimming spaces) value for `field`, untrimmed.
  private func value(_ field: ImportField, _ r: CSVRecord) throws(ImportRejection) -> String? {
    guard let columns = plan.sources[field] else { return nil }
    for i in columns {
      let bytes = r.bytes(i)
      guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }) else {
        continue
      }
      guard let s = UTF8Validation.string(bytes) else {
        throw ImportRejection("invalid-utf8", "column '\(plan.header[i])' is not valid UTF-8")
      }
      return s
    }
    return nil
  }

  private func trimmed(_ field: ImportField, _ r: CSVRecord) throws(ImportRejection) -> String? {
    try value(field, r)?.trimmingASCIISpaces()
  }

  private func column(_ field: ImportField) -> String {
    plan.sources[field].flatMap { $0.first }.map { "'\(plan.header[$0])'" } ?? field.rawValue
  }

  private func build(_ r: CSVRecord) throws(ImportRejection) -> Review {
    let mapping = plan.mapping
    guard let rawRating = try trimmed(.rating, r) else {
      throw ImportRejection("missing-rating", "column \(column(.rating)) is empty")
    }
    guard let stars = mapping.ratingScale.stars(rawRating) else {
      throw ImportRejection(
        "bad-rating",
        "\(DiagnosticText.quoted(rawRating)) in column \(column(.rating)) is not a rating on the "
          + "\(mapping.ratingScale) scale")
    }
    let title = try value(.title, r) ?? ""
    let body = try value(.body, r) ?? ""
    guard !title.isEmpty || !body.isEmpty else {
      throw ImportRejection("missing-text", "no title and no body")
    }
    var review = Review(id: "", rating: stars, title: title, body: body)
    review.product = Product(
      id: try trimmed(.productID, r), name: try trimmed(.productName, r),
      brand: try trimmed(.productBrand, r), category: try trimmed(.productCategory, r))
    review.author = Author(
      name: try trimmed(.authorName, r), email: try trimmed(.authorEmail, r),
      id: try trimmed(.authorID, r))
    if let raw = try trimmed(.submittedAt, r) {
      guard let date = mapping.dates.normalize(raw) else {
        throw ImportRejection(
          "bad-date",
          "\(DiagnosticText.quoted(raw)) in column \(column(.submittedAt)) matches none of "
            + mapping.dates.formats.joined(separator: ", "))
      }
      review.submittedAt = date
    }
    if let raw = try trimmed(.verifiedPurchase, r) {
      let lower = raw.lowercased()
      if Self.yes.contains(lower) {
        review.verifiedPurchase = true
      } else if Self.no.contains(lower) {
        review.verifiedPurchase = false
      } else {
        throw ImportRejection(
          "bad-boolean", "\(DiagnosticText.quoted(raw)) in column \(column(.verifiedPurchase)) is not yes/no")
      }
    }
    review.locale = try trimmed(.locale, r)
    review.orderID = try trimmed(.orderID, r)
    if let platformID = try trimmed(.id, r) {
      review.id = mapping.idPrefix + platformID
    } else {
      review.id = StableReviewID.hashed(review)
    }
    review.extras = try extras(r, rawRating: mapping.ratingScale.converts ? rawRating : nil)
    return review
  }

  /// `"import": {"source": ..., "rating_raw": ..., "columns": {...}}`.
  private func extras(_ r: CSVRecord, rawRating: String?) throws(ImportRejection) -> [RawMember] {
    var json: [UInt8] = Array("{\"source\":".utf8)
    ReviewEncoder.appendQuoted(plan.mapping.name, to: &json)
    if let rawRating {
      json.append(contentsOf: ",\"rating_raw\":".utf8)
      ReviewEncoder.appendQuoted(rawRating, to: &json)
    }
    var first = true
    for (i, name) in plan.extras where !r.bytes(i).isEmpty {
      guard let text = UTF8Validation.string(r.bytes(i)) else {
        throw ImportRejection("invalid-utf8", "column '\(name)' is not valid UTF-8")
      }
      json.append(contentsOf: (first ? ",\"columns\":{" : ",").utf8)
      first = false
      ReviewEncoder.appendQuoted(name, to: &json)
      json.append(0x3A)
      ReviewEncoder.appendQuoted(text, to: &json)
    }
    if !first { json.append(0x7D) }
    json.append(0x7D)
    return [RawMember(key: "import", json: json)]
  }
}
