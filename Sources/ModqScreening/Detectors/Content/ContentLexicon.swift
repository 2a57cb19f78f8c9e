import Foundation
import Synchronization

/// Every cue list of the content detectors compiled into one `PhraseMatcher` (one probe per
/// token for all lists), plus the sentiment lexicon. Loaded once per lists directory.
final class ContentLexicon: Sendable {
  let matcher: PhraseMatcher
  /// Cue mask of each matcher entry.
  let entryCues: [UInt64]
  let sentiment: SentimentLexicon

  init(listsDirectory: URL, sentimentDirectory: URL) throws {
    var masks: [String: UInt64] = [:]
    var order: [String] = []
    for cue in Cue.allCases {
      let url = listsDirectory.appendingPathComponent(cue.file)
      let entries: [String]
      do {
        entries = try PhraseMatcher.entries(ofListFile: url)
      } catch {
        throw PolicyError(file: url.path, line: nil, "cannot read cue list")
      }
      for entry in entries {
        let normal = ContentLexicon.canonical(entry)
        if masks[normal] == nil { order.append(normal) }
        masks[normal, default: 0] |= cue.bit
      }
    }
    let matcher = PhraseMatcher(
      phrases: order, sources: Cue.allCases.map(\.file), matchesJoined: false, stretch: false)
    self.matcher = matcher
    self.entryCues = matcher.entries.map { masks[$0] ?? 0 }
    self.sentiment = try SentimentLexicon.load(directory: sentimentDirectory)
  }

  /// An entry's token keys joined, so "Don't" and "dont" are one entry.
  private static func canonical(_ entry: String) -> String {
    let field = TextField(field: .body, text: entry)
    return field.tokens.map { field.normalizedString(of: $0) }.joined(separator: " ")
  }

  private static let cache = Mutex<[String: ContentLexicon]>([:])

  /// The lexicon for a lists directory (its sentiment files are in `../sentiment`), loaded
  /// once and shared by every content detector.
  static func shared(listsDirectory: URL) throws -> ContentLexicon {
    let path = listsDirectory.standardizedFileURL.path
    if let known = cache.withLock({ $0[path] }) { return known }
    let sentiment = listsDirectory.deletingLastPathComponent().appendingPathComponent("sentiment")
    let lexicon = try ContentLexicon(listsDirectory: listsDirectory, sentimentDirectory: sentiment)
    cache.withLock { $0[path] = lexicon }
    return lexicon
  }
}
