import Crypto

/// Review ids that survive re-imports: the platform's own id when the export has one, else a
/// hash of the fields that do not change between exports of the same review.
public enum StableReviewID {
  /// `h-` and 20 hex digits (80 bits) of SHA-256 over product, author, submission time,
  /// title and body (separated by U+001F). The same review exported twice gets the same id.
  public static func hashed(
    product: String, author: String, submittedAt: String, title: String, body: String
  ) -> String {
    var hasher = SHA256()
    for (i, part) in [product, author, submittedAt, title, body].enumerated() {
      if i > 0 { hasher.update(data: [0x1F]) }
      hasher.update(data: Array(part.utf8))
    }
    let hex = Array("0123456789abcdef".utf8)
    var out: [UInt8] = Array("h-".utf8)
    for b in hasher.finalize().prefix(10) {
      out.append(hex[Int(b >> 4)])
      out.append(hex[Int(b & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The hash id of a converted review (author key: id, else email, else name).
  public static func hashed(_ review: Review) -> String {
    let product = review.product.id ?? review.product.name ?? ""
    let author = review.author.id ?? review.author.email ?? review.author.name ?? ""
    return hashed(
      product: product, author: author, submittedAt: review.submittedAt ?? "",
      title: review.title, body: review.body)
  }
}
