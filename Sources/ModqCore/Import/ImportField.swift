/// A queue field (formats.md) that a CSV column can fill.
public enum ImportField: String, Sendable, Hashable, CaseIterable {
  case id
  case rating
  case title
  case body
  case productID = "product.id"
  case productName = "product.name"
  case productBrand = "product.brand"
  case productCategory = "product.category"
  case authorName = "author.name"
  case authorEmail = "author.email"
  case authorID = "author.id"
  case verifiedPurchase = "verified_purchase"
  case submittedAt = "submitted_at"
  case locale
  case orderID = "order_id"
  /// The column is deliberately not imported (not even kept as a pass-through extra).
  case ignore

  /// Parses a field name; accepts `product.id` and `product_id` alike.
  public init?(name: String) {
    let trimmed = name.trimmingASCIISpaces()
    if let f = ImportField(rawValue: trimmed) {
      self = f
      return
    }
    let dotted = trimmed.replacingFirstUnderscore(in: ["product_", "author_"])
    guard let f = ImportField(rawValue: dotted) else { return nil }
    self = f
  }

  /// Every accepted name, for error messages.
  public static var names: String {
    allCases.map(\.rawValue).joined(separator: ", ")
  }
}

extension String {
  /// The string without leading and trailing ASCII spaces and tabs (not per review text).
  func trimmingASCIISpaces() -> String {
    var s = Substring(self)
    while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
    return String(s)
  }

  /// `product_name` -> `product.name` for the given prefixes.
  fileprivate func replacingFirstUnderscore(in prefixes: [String]) -> String {
    for p in prefixes where hasPrefix(p) {
      return String(p.dropLast()) + "." + dropFirst(p.count)
    }
    return self
  }
}
