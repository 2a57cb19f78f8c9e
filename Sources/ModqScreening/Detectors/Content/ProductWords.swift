/// Token keys of product names and brands, for comparing review text with the product.
enum ProductWords {
  /// Keys of every word of the texts ("Trailhead Daypack 20L" -> trailhead, daypack, 20l).
  static func keys(of texts: [String]) -> Set<UInt64> {
    var result: Set<UInt64> = []
    for text in texts where !text.isEmpty {
      for token in TextField(field: .body, text: text).tokens { result.insert(token.key) }
    }
    return result
  }
}
