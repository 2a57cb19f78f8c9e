import Foundation
import ModqCore
import ModqScreening

/// What `modq decide` records as `suggested` and `policy`: the screening engine's suggestion,
/// exactly as the moderator UI shows it, and the hash of the policy in force.
///
/// The UI screens the whole queue. Per-review criteria depend on one review only, so only the
/// reviews being decided are screened for them; queue-wide criteria (near-duplicates) still
/// look at every review of the queue, so their findings agree with the UI. The findings are
/// merged in policy order and resolved as the engine does (criteria.md).
enum DecideSuggestions {
  static func load(
    policy: String?, store: String?, entries: [QueueEntry], pipelined: Bool = true
  ) throws -> (provider: DecideSuggestionProvider, policyHash: String) {
    let probe = QueueWideProbe()
    let engine = try EngineLoader.engine(
      policy: policy, store: store, quiet: true, registry: probe.registry)
    let queueWide = Set(
      engine.policy.criteria.filter { probe.names.contains($0.detector) }.map(\.id))
    let provider = try DecideSuggestionProvider(
      engine: engine, queueWide: queueWide, entries: entries, pipelined: pipelined)
    return (provider, engine.policy.sha256)
  }
}

/// Wraps the built-in detector registry to learn which detectors are queue-wide.
private final class QueueWideProbe: @unchecked Sendable {
  private let lock = NSLock()
  private var found: Set<String> = []

  var names: Set<String> { lock.withLock { found } }

  var registry: DetectorRegistry {
    let builtIn = DetectorRegistry.builtIn
    return DetectorRegistry(
      builtIn.names.compactMap { name in
        guard let original = builtIn.registration(named: name) else { return nil }
        return DetectorRegistration(name, summary: original.summary) { [self] params in
          let detector = try original.make(params)
          if detector is any QueueDetector { lock.withLock { _ = found.insert(name) } }
          return detector
        }
      })
  }
}

/// Screens decided reviews for per-review criteria (all at once in `prepare`, in parallel)
/// and the whole queue once for queue-wide criteria (on first use). When the reviews being
/// decided are most of the queue, `prepare` screens with the full engine instead (the same
/// findings): pipelined (`PipelinedScreening`: the queue's fingerprints first, then the
/// decided reviews in recording order on background threads while the caller records the
/// first ones), or, with `pipelined: false`, the whole queue at once before returning.
final class DecideSuggestionProvider: SuggestionProvider, @unchecked Sendable {
  private let perReview: ScreeningEngine
  private let hasPerReview: Bool
  private let queueEngine: ScreeningEngine?
  private let full: ScreeningEngine
  private let order: [String: Int]
  private let entries: [QueueEntry]
  private let lock = NSLock()
  private var own: [String: ScreeningResult] = [:]
  /// Results of the full engine over the whole queue (nil until `prepare` chose that).
  private var whole: [String: ScreeningResult]?
  /// The full engine's results as background threads produce them (nil until `prepare`).
  private var pipeline: PipelinedScreening?
  private let pipelined: Bool
  private var queueFindings: [String: [Finding]]?

  init(
    engine: ScreeningEngine, queueWide: Set<String>, entries: [QueueEntry],
    pipelined: Bool = true
  ) throws {
    self.pipelined = pipelined
    let active = engine.activeCriteria
    order = Dictionary(active.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    self.entries = entries
    full = engine
    if queueWide.isDisjoint(with: active) {
      perReview = engine
      queueEngine = nil
    } else {
      perReview = try ScreeningEngine(
        policy: engine.policy, store: engine.store,
        only: Set(active.filter { !queueWide.contains($0) }))
      queueEngine = try ScreeningEngine(
        policy: engine.policy, store: engine.store, only: queueWide)
    }
    hasPerReview = !perReview.activeCriteria.isEmpty
  }

  /// Screens `reviews` (in the order they will be recorded) for the per-review criteria
  /// ahead of time (two threads); with queue-wide criteria and at least three quarters of the
  /// queue to decide, screens them with the full engine instead, pipelined or at once.
  func prepare(_ reviews: [Review]) {
    if queueEngine != nil, reviews.count * 4 >= entries.count * 3, pipelined {
      let started = PipelinedScreening(
        engine: full, queue: entries.map(\.review), order: reviews)
      lock.withLock { pipeline = started }
      return
    }
    if queueEngine != nil, reviews.count * 4 >= entries.count * 3 {
      var byID: [String: ScreeningResult] = [:]
      byID.reserveCapacity(entries.count)
      for result in full.screenQueue(entries.map(\.review)) where byID[result.id] == nil {
        byID[result.id] = result
      }
      lock.withLock { whole = byID }
      return
    }
    // Without per-review criteria there is nothing to compute (no tokenising either).
    guard hasPerReview else { return }
    let todo = lock.withLock { reviews.filter { own[$0.id] == nil } }
    guard !todo.isEmpty else { return }
    let results = perReview.screenQueue(todo)
    lock.withLock { for result in results where own[result.id] == nil { own[result.id] = result } }
  }

  func suggestion(for review: Review) -> AuditSuggestion {
    let (cached, wholeResult, running) = lock.withLock {
      (own[review.id], whole?[review.id], pipeline)
    }
    let screened = wholeResult ?? running?.result(for: review.id)
    if let screened {
      return AuditSuggestion(
        verdict: ScreeningResult.resolve(screened.findings),
        criteria: screened.findings.map(\.criterion))
    }
    var findings: [Finding] = []
    if hasPerReview {
      findings = (cached ?? perReview.screen(review)).findings
    }
    if let queueEngine {
      let shared = lock.withLock { () -> [Finding] in
        if queueFindings == nil {
          var byID: [String: [Finding]] = [:]
          for found in queueEngine.screenQueue(entries.map(\.review))
          where !found.findings.isEmpty && byID[found.id] == nil {
            byID[found.id] = found.findings
          }
          queueFindings = byID
        }
        return queueFindings?[review.id] ?? []
      }
      if !shared.isEmpty {
        findings += shared
        findings.sort { (order[$0.criterion] ?? 0) < (order[$1.criterion] ?? 0) }
      }
    }
    return AuditSuggestion(
      verdict: ScreeningResult.resolve(findings), criteria: findings.map(\.criterion))
  }
}
