import Foundation
import Synchronization

/// Shares one `ContentAnalysis` per review among all content criteria: the engine calls each
/// criterion's detector in turn on the same prepared review, so the analysis is computed by
/// the first and reused by the rest (memoised in the prepared review itself).
final class ContentAnalyzer: Sendable {
  let lexicon: ContentLexicon

  init(lexicon: ContentLexicon) {
    self.lexicon = lexicon
  }

  /// The analysis of `review`, computed once per prepared review (memoised in the review).
  func analysis(of review: PreparedReview) -> ContentAnalysis {
    let owner = ObjectIdentifier(self)
    return review.memo.content.withLock { slot in
      if let slot, slot.owner == owner { return slot.analysis }
      let fresh = ContentAnalysis(review, lexicon: lexicon)
      slot = (owner, fresh)
      return fresh
    }
  }

  private static let cache = Mutex<[String: ContentAnalyzer]>([:])

  /// The analyzer shared by every content detector reading this lists directory.
  static func shared(listsDirectory: URL) throws -> ContentAnalyzer {
    let path = listsDirectory.standardizedFileURL.path
    if let known = cache.withLock({ $0[path] }) { return known }
    let lexicon = try ContentLexicon.shared(listsDirectory: listsDirectory)
    let analyzer = ContentAnalyzer(lexicon: lexicon)
    cache.withLock { $0[path] = analyzer }
    return analyzer
  }
}
