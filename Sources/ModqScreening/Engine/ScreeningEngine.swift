import Dispatch
import ModqCore

/// Screens reviews against a policy for one store: builds every criterion's detector once,
/// then runs them over each prepared review and resolves the verdict (criteria.md).
public struct ScreeningEngine: Sendable {
  struct Compiled: Sendable {
    let criterion: Criterion
    let detector: any Detector
    let queue: (any QueueDetector)?
    let context: ScreeningContext
  }

  public let policy: Policy
  public let store: StoreProfile
  /// Criteria skipped because their detector is not registered (`modq policy check` reports
  /// these as errors; screening goes on without them).
  public let warnings: [PolicyError]
  let compiled: [Compiled]
  /// Indices in `compiled` of the queue-wide criteria.
  let queueSlots: [Int]
  /// The per-review loop's view of `compiled`: the detector of every criterion with its
  /// context (nil for the queue-wide ones), so screening a review copies no `Criterion` and
  /// no detector.
  private let perReview: [DetectorRunner?]

  /// Builds the detectors. Throws a `PolicyError` (file:line) for a bad parameter or an
  /// unreadable list; an unknown detector is skipped with a warning. `only` limits the
  /// engine to some criterion ids.
  public init(
    policy: Policy, store: StoreProfile, registry: DetectorRegistry = .builtIn,
    only ids: Set<String>? = nil
  ) throws {
    var compiled: [Compiled] = []
    var warnings: [PolicyError] = []
    for criterion in policy.criteria where ids?.contains(criterion.id) ?? true {
      guard let registration = registry.registration(named: criterion.detector) else {
        warnings.append(
          PolicyError(
            file: policy.file, line: criterion.line,
            "criterion \(criterion.id): unknown detector '\(criterion.detector)' (skipped)"))
        continue
      }
      let detector = try ScreeningEngine.build(
        criterion, registration: registration, policy: policy, store: store)
      compiled.append(
        Compiled(
          criterion: criterion, detector: detector, queue: detector as? any QueueDetector,
          context: ScreeningContext(store: store, criterionID: criterion.id)))
    }
    self.policy = policy
    self.store = store
    self.warnings = warnings
    self.compiled = compiled
    self.queueSlots = compiled.indices.filter { compiled[$0].queue != nil }
    self.perReview = compiled.map {
      $0.queue == nil ? DetectorRunner.make($0.detector, context: $0.context) : nil
    }
  }

  /// Builds one criterion's detector, checking that every parameter was understood.
  static func build(
    _ criterion: Criterion, registration: DetectorRegistration, policy: Policy,
    store: StoreProfile
  ) throws -> any Detector {
    let params = DetectorParameters(
      criterionID: criterion.id, values: criterion.params, store: store, file: policy.file,
      line: criterion.line, listsDirectory: policy.listsDirectory)
    let detector: any Detector
    do {
      detector = try registration.make(params)
    } catch let error as PolicyError {
      throw error
    } catch {
      throw PolicyError(
        file: policy.file, line: criterion.line, "criterion \(criterion.id): \(error)")
    }
    if let error = params.unusedKeyError() { throw error }
    return detector
  }

  /// Ids of the criteria this engine runs, in policy order.
  public var activeCriteria: [String] { compiled.map(\.criterion.id) }

  /// Tokenises a review once (its product filled in from the store catalog).
  public func prepare(_ review: Review, index: Int = 0) -> PreparedReview {
    PreparedReview(review: store.enriched(review), index: index)
  }

  /// Screens one review on its own (queue-wide criteria have nothing to compare with).
  public func screen(_ review: Review) -> ScreeningResult {
    let prepared = prepare(review)
    var hits: [[DetectorHit]] = []
    hits.reserveCapacity(compiled.count)
    for entry in compiled { hits.append(entry.detector.detect(prepared, context: entry.context)) }
    return result(for: review.id, hits: hits)
  }

  /// Screens a queue: one pass prepares each review once, runs per-review detectors and
  /// writes the queue-wide criteria's fixed-size fingerprints; then each queue-wide detector
  /// groups the fingerprints. Results are in queue order. `threads` workers split the queue
  /// in contiguous chunks. (`QueueScreener` does the same with memory flat in queue size.)
  public func screenQueue(
    _ reviews: [Review], threads: Int = 2, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> [ScreeningResult] {
    let count = reviews.count
    let hits = Slots<[[DetectorHit]]>(count: count, initial: [])
    let tables = queueSlots.map {
      FingerprintTable(width: compiled[$0].queue?.fingerprintWidth ?? 1, count: count)
    }
    let workers = max(1, min(threads, count / 256 + 1))
    ScreeningEngine.split(count, threads: workers) { range in
      var done = 0
      var keys: [UInt64] = []
      for i in range {
        let prepared = prepare(reviews[i], index: i)
        if !queueSlots.isEmpty { prepared.wordKeys(into: &keys) }
        keys.withUnsafeBufferPointer { keys in
          for (q, slot) in queueSlots.enumerated() {
            guard let queue = compiled[slot].queue else { continue }
            tables[q].fill(i) { queue.fingerprint(reviews[i], keys: keys, into: $0) }
          }
        }
        hits[i] = detectorHits(prepared)
        done += 1
        if range.lowerBound == 0, let progress, done & 1023 == 0 {
          progress(min(count, done * workers), count)
        }
      }
    }
    for (q, slot) in queueSlots.enumerated() {
      guard let queue = compiled[slot].queue else { continue }
      for group in queue.groups(tables[q]) {
        for index in group {
          let hit = queue.hit(for: reviews[index], index: index, group: group) { reviews[$0].id }
          var row = hits[index]
          row[slot].append(hit)
          hits[index] = row
        }
      }
    }
    progress?(count, count)
    let rows = hits.array
    return reviews.indices.map { result(for: reviews[$0].id, hits: rows[$0]) }
  }

  /// Every per-review detector's hits, in policy order (empty for the queue-wide criteria).
  func detectorHits(_ prepared: PreparedReview) -> [[DetectorHit]] {
    var row: [[DetectorHit]] = []
    row.reserveCapacity(perReview.count)
    perReview.withUnsafeBufferPointer { entries in
      for entry in entries { row.append(entry?.detect(prepared) ?? []) }
    }
    return row
  }

  /// Runs `body` over contiguous parts of `0..<count` on up to `threads` threads.
  static func split(_ count: Int, threads: Int, _ body: @Sendable (Range<Int>) -> Void) {
    let workers = max(1, min(threads, count / 256 + 1))
    let chunk = (count + workers - 1) / workers
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let range = (worker * chunk)..<min(count, (worker + 1) * chunk)
      if !range.isEmpty { body(range) }
    }
  }

  /// One finding per criterion that fired, in policy order, spans and evidence merged.
  func result(for id: String, hits: [[DetectorHit]]) -> ScreeningResult {
    var findings: [Finding] = []
    for (k, found) in hits.enumerated() where !found.isEmpty {
      let criterion = compiled[k].criterion
      var spans: [Span] = []
      var evidence: [String] = []
      var related: [String] = []
      for hit in found where spans.count < DetectorHit.maxPerField {
        for span in hit.spans where spans.count < DetectorHit.maxPerField && !spans.contains(span) {
          spans.append(span)
        }
        let text = DetectorHit.clippedEvidence(hit.evidence)
        if !text.isEmpty && evidence.count < 8 && !evidence.contains(text) {
          evidence.append(text)
        }
        for other in hit.relatedReviewIDs where !related.contains(other) { related.append(other) }
      }
      spans.sort { ($0.field.rawValue, $0.start, $0.end) < ($1.field.rawValue, $1.start, $1.end) }
      findings.append(
        Finding(
          criterion: criterion.id, action: criterion.action, spans: spans,
          evidence: evidence.joined(separator: " | "), explanation: criterion.explanation,
          relatedReviewIDs: related))
    }
    return ScreeningResult(id: id, verdict: ScreeningResult.resolve(findings), findings: findings)
  }
}
