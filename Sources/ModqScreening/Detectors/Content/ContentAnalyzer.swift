import Foundation
import Synchronization

/// Shares one `ContentAnalysis` per review among all content criteria: the engine calls each
/// criterion's detector in turn on the same prepared review, so the analysis is computed by
/// the first and reused by the rest (a small per-analyzer memo, safe across threads).
final class ContentAnalyzer: Sendable {
  let lexicon: ContentLexicon

  private struct Key: Equatable {
    var index: Int
    var id: String
    var rating: Int
    var titleBase: UInt
    var bodyBase: UInt
    var titleCount: Int
    var bodyCount: Int
    var fingerprint: UInt64
  }

  private struct Memo {
    var keys: [Key] = []
    var values: [ContentAnalysis] = []
    var next = 0
  }

  private static let slots = 8
  private let memo = Mutex(Memo())

  init(lexicon: ContentLexicon) {
    self.lexicon = lexicon
  }

  /// The analysis of `review`, computed once.
  func analysis(of review: PreparedReview) -> ContentAnalysis {
    let key = Key(
      index: review.index, id: review.review.id, rating: review.review.rating,
      titleBase: ContentAnalyzer.base(review.title.bytes),
      bodyBase: ContentAnalyzer.base(review.body.bytes),
      titleCount: review.title.bytes.count, bodyCount: review.body.bytes.count,
      fingerprint: ContentAnalyzer.fingerprint(review))
    if let known = memo.withLock({ memo -> ContentAnalysis? in
      guard let at = memo.keys.firstIndex(of: key) else { return nil }
      return memo.values[at]
    }) {
      return known
    }
    let fresh = ContentAnalysis(review, lexicon: lexicon)
    memo.withLock { memo in
      if memo.keys.count < ContentAnalyzer.slots {
        memo.keys.append(key)
        memo.values.append(fresh)
      } else {
        memo.keys[memo.next] = key
        memo.values[memo.next] = fresh
        memo.next = (memo.next + 1) % ContentAnalyzer.slots
      }
    }
    return fresh
  }

  /// All token keys of title and body mixed, so two different texts never share an entry.
  private static func fingerprint(_ review: PreparedReview) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
    for field in review.fields {
      for token in field.tokens { hash = (hash ^ token.key) &* 0x0000_0100_0000_01b3 }
      hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  private static func base(_ bytes: [UInt8]) -> UInt {
    bytes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
  }

  private static let cache = Mutex<[String: ContentAnalyzer]>([:])

  /// The analyzer shared by every content detector reading this lists directory.
  static func shared(listsDirectory: URL) throws -> ContentAnalyzer {
    let path = listsDirectory.standardizedFileURL.path
    if let known = cache.withLock({ $0[path] }) { return known }
    let analyzer = ContentAnalyzer(lexicon: try ContentLexicon.shared(listsDirectory: listsDirectory))
    cache.withLock { $0[path] = analyzer }
    return analyzer
  }
}
