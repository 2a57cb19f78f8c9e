import Foundation

/// Decisions written in the shape a review platform re-imports (docs/import-export.md,
/// "Hand-back"). Needs the queue the reviews came from, to fill the platform's required
/// content columns.
public enum HandBackPreset: String, Sendable, CaseIterable {
  /// PowerReviews' review import CSV with `Review Status` = Approved / Rejected / Pending
  /// (escalated reviews stay Pending until customer support has dealt with them).
  case powerreviews
  /// Meta's product review feed (CSV): only published reviews go into the feed.
  case meta

  /// Presets that exist for import but have no documented way to take decisions back.
  public static let importOnly: [String: String] = [
    "okendo":
      "Okendo's import template has no moderation-status column; use --format csv or jsonl"
  ]

  public var header: [String] {
    switch self {
    case .powerreviews:
      return [
        "Review Id", "Page Id", "Review Display", "Review Title", "Review Date",
        "Review Location", "Review Text", "Rating", "Verified Buyer", "Review Status",
      ]
    case .meta:
      return [
        "reviewID", "rating", "title", "content", "created_at", "reviewer.name", "product.name",
        "product.productIdentifiers.skus",
      ]
    }
  }

  /// The row for one decision, or nil when this platform's file leaves it out.
  public func row(_ r: DecisionRecord, review: Review) -> [String]? {
    switch self {
    case .powerreviews:
      let status: String
      switch r.verdict {
      case .publish: status = "Approved"
      case .reject: status = "Rejected"
      case .escalate: status = "Pending"
      }
      return [
        r.review, review.product.id ?? "", review.author.name ?? "", review.title,
        Self.usDate(review.submittedAt), Self.importedColumn(review, "Review Location") ?? "",
        review.body, String(review.rating), review.verifiedPurchase.map { $0 ? "Yes" : "No" } ?? "",
        status,
      ]
    case .meta:
      guard r.verdict == .publish else { return nil }
      return [
        r.review, String(review.rating), review.title, review.body, review.submittedAt ?? "",
        review.author.name ?? "", review.product.name ?? "", review.product.id ?? "",
      ]
    }
  }

  /// `MM/DD/YYYY` from an RFC 3339 date.
  static func usDate(_ rfc3339: String?) -> String {
    guard let s = rfc3339, s.count >= 10 else { return "" }
    let chars = Array(s)
    return String(chars[5..<7]) + "/" + String(chars[8..<10]) + "/" + String(chars[0..<4])
  }

  /// A column the import kept under `import.columns`.
  public static func importedColumn(_ review: Review, _ name: String) -> String? {
    guard let member = review.extras.first(where: { $0.key == "import" }),
      let object = try? JSONSerialization.jsonObject(with: Data(member.json)) as? [String: Any],
      let columns = object["columns"] as? [String: Any]
    else { return nil }
    return columns[name] as? String
  }
}
