import Synchronization

/// Token keys of product names and brands, for comparing review text with the product.
enum ProductWords {
  /// Keys of every word of the texts ("Trailhead Daypack 20L" -> trailhead, daypack, 20l).
  ///
  /// A queue names the same few products over and over, and tokenising a name costs more than
  /// screening a short review, so the keys are kept per name (at most `cacheLimit` names).
  static func keys(of texts: [String]) -> Set<UInt64> {
    let name = texts.joined(separator: "\u{1F}")
    if let known = cache.withLock({ $0[name] }) { return known }
    var result: Set<UInt64> = []
    for text in texts where !text.isEmpty {
      for token in TextField(field: .body, text: text).tokens { result.insert(token.key) }
    }
    cache.withLock { known in
      if known.count >= cacheLimit { known.removeAll(keepingCapacity: true) }
      known[name] = result
    }
    return result
  }

  static let cacheLimit = 4096
  private static let cache = Mutex<[String: Set<UInt64>]>([:])
}
