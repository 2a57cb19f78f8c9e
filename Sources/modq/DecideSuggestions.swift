import Foundation
import ModqCore
import ModqScreening

/// What `modq decide` records as `suggested` and `policy`: the screening engine's suggestion,
/// exactly as the moderator UI shows it (the whole queue is screened once, so queue-wide
/// criteria such as near-duplicates agree with the UI), and the hash of the policy in force.
enum DecideSuggestions {
  static func load(policy: String?, store: String?, entries: [QueueEntry]) throws
    -> (provider: SuggestionProvider, policyHash: String)
  {
    let engine = try EngineLoader.engine(policy: policy, store: store, quiet: true)
    return (QueueSuggestions(engine: engine, entries: entries), engine.policy.sha256)
  }
}

/// Screens the queue on first use and answers from the results.
private final class QueueSuggestions: SuggestionProvider, @unchecked Sendable {
  private let engine: ScreeningEngine
  private let entries: [QueueEntry]
  private let lock = NSLock()
  private var byID: [String: ScreeningResult]?

  init(engine: ScreeningEngine, entries: [QueueEntry]) {
    self.engine = engine
    self.entries = entries
  }

  func suggestion(for review: Review) -> AuditSuggestion {
    let result = lock.withLock { () -> ScreeningResult? in
      if byID == nil {
        let results = engine.screenQueue(entries.map(\.review))
        byID = Dictionary(results.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      }
      return byID?[review.id]
    }
    let screened = result ?? engine.screen(review)
    return AuditSuggestion(
      verdict: screened.verdict, criteria: screened.findings.map(\.criterion))
  }
}
