import Dispatch
import ModqCore

/// Screens a queue read in chunks, keeping memory flat in queue size. Pass 1 keeps each
/// review's fixed-size fingerprint when the policy has a queue-wide criterion
/// (`spilling(engine:)`: in a temporary file, but for the last block): `screenAndFingerprint`
/// also screens the chunk (streaming `modq screen`, which spills those results and adds the
/// queue-wide findings with `withQueueFindings` later), `addFingerprints` only fingerprints it
/// (the moderator UI and `decide`, which screen reviews one by one later). `resolve` groups
/// the fingerprints; the batch `screen` then screens each chunk in queue order with the
/// queue-wide findings. Results are the same as `ScreeningEngine.screenQueue` on the whole
/// queue. After `resolve` and `setIDs`, `screen(_:at:)` screens any one review with its
/// queue-wide findings, in any order.
///
/// `@unchecked Sendable`: the mutating calls (`addFingerprints`, `screenAndFingerprint`,
/// `resolve`, `setIDs`, and the batch `screen`) must come from one thread; after them, `screen(_:at:)` and `members` only
/// read state that no longer changes, so a resolved screener may be handed to another thread
/// (the moderator UI's prefetcher) and used there.
public final class QueueScreener: @unchecked Sendable {
  public let engine: ScreeningEngine
  private var tables: [FingerprintTable]
  /// Per queue-wide criterion: its groups, and queue index -> group number.
  private var groups: [[[Int]]] = []
  private var groupOf: [[Int: Int]] = []
  private var ids: [Int: String] = [:]
  private var fingerprinted = 0
  /// The queue indices of every review in a queue-wide group (set by `resolve`).
  public private(set) var members: [Int] = []
  private var screened = 0

  /// Whether the fingerprint tables spill their complete blocks to a temporary file.
  public let spills: Bool

  /// A screener whose fingerprints stay in memory (252 bytes per review with the default
  /// duplicate sketch): for callers that hold the queue in memory anyway.
  public convenience init(engine: ScreeningEngine) {
    self.init(engine: engine, spills: false) { FingerprintTable(width: $0, count: 0) }
  }

  /// A screener whose fingerprint tables keep only their last, partial block in memory and
  /// spill the rest to an unlinked temporary file (`FingerprintTable.spilling`); streaming
  /// `modq screen` uses it, so its memory does not grow with those bytes per review.
  public static func spilling(engine: ScreeningEngine) -> QueueScreener {
    QueueScreener(engine: engine, spills: true) { FingerprintTable.spilling(width: $0) }
  }

  /// `makeTable` makes an empty table of the given width (tests pass small spilling blocks).
  init(engine: ScreeningEngine, spills: Bool, makeTable: (Int) -> FingerprintTable) {
    self.engine = engine
    self.spills = spills
    tables = engine.queueSlots.map {
      makeTable(engine.compiled[$0].queue?.fingerprintWidth ?? 1)
    }
  }

  /// Whether pass 1 is needed (the policy has a queue-wide criterion such as duplicates).
  public var needsFingerprintPass: Bool { !tables.isEmpty }

  /// Bytes of fingerprints held in memory so far.
  public var fingerprintBytes: Int { tables.reduce(0) { $0 + $1.byteCount } }

  /// Bytes of fingerprints written to the spill file so far.
  public var spilledFingerprintBytes: Int { tables.reduce(0) { $0 + $1.spilledByteCount } }

  /// Why some fingerprints stay in memory although the screener spills (the spill file could
  /// not be created or written); results are the same, only memory is higher.
  public var spillFailure: FingerprintSpillError? {
    tables.lazy.compactMap(\.spillFailure).first
  }

  /// Pass 1: fingerprints of the next reviews of the queue, in order.
  public func addFingerprints(_ reviews: [Review], threads: Int = 2) {
    let (base, queues) = openRows(reviews.count)
    ScreeningEngine.split(reviews.count, threads: threads) { range in
      var reader = WordKeyReader()
      for k in range {
        reader.withKeys(of: reviews[k]) { keys in
          for queue in queues {
            queue.table.fill(base + k) {
              queue.detector.fingerprint(reviews[k], keys: keys, into: $0)
            }
          }
        }
      }
    }
    closeRows(reviews.count)
  }

  /// The queue detectors with their tables, taken out once per chunk: reading them through
  /// the engine per review copied the engine's criteria (a retain for each of their strings).
  private typealias QueueTable = (table: FingerprintTable, detector: any QueueDetector)

  /// Adds `count` rows to every table; gives the queue index of the first and the tables with
  /// their detectors.
  private func openRows(_ count: Int) -> (base: Int, queues: [QueueTable]) {
    for table in tables { for _ in 0..<count { table.appendRow() } }
    let queues: [QueueTable] = engine.queueSlots.enumerated().compactMap { q, slot in
      engine.compiled[slot].queue.map { (tables[q], $0) }
    }
    return (fingerprinted, queues)
  }

  /// Seals the tables after `count` rows were filled.
  private func closeRows(_ count: Int) {
    for table in tables { table.seal() }
    fingerprinted += count
  }

  /// Pass 1 of the streaming screen: screens the next reviews of the queue, in order, without
  /// the queue-wide findings (they need the whole queue: `withQueueFindings` adds them after
  /// `resolve`), and fingerprints each from the tokens screening made, so no review is read
  /// twice.
  public func screenAndFingerprint(_ reviews: [Review], threads: Int = 2) -> [ScreeningResult] {
    let (base, queues) = openRows(reviews.count)
    let engine = self.engine
    let rows = Slots<[[DetectorHit]]>(count: reviews.count, initial: [])
    ScreeningEngine.split(reviews.count, threads: threads) { range in
      var keys: [UInt64] = []
      for k in range {
        let prepared = engine.prepare(reviews[k], index: base + k)
        if !queues.isEmpty {
          prepared.wordKeys(into: &keys)
          keys.withUnsafeBufferPointer { keys in
            for queue in queues {
              queue.table.fill(base + k) {
                queue.detector.fingerprint(reviews[k], keys: keys, into: $0)
              }
            }
          }
        }
        rows[k] = engine.detectorHits(prepared)
      }
    }
    closeRows(reviews.count)
    return reviews.indices.map { engine.result(for: reviews[$0].id, hits: rows[$0]) }
  }

  /// `result`, pass 1's result of `review` at queue index `index`, with the queue-wide
  /// findings of that index added in policy order (call after `resolve` and `setIDs`): the
  /// result `screen(_:at:)` gives, without screening the review again.
  func withQueueFindings(
    _ result: ScreeningResult, review: Review, at index: Int, codec: ResultCodec
  ) -> ScreeningResult {
    var row: [[DetectorHit]] = []
    for (q, slot) in engine.queueSlots.enumerated() where q < groups.count {
      guard let g = groupOf[q][index], let queue = engine.compiled[slot].queue else {
        continue
      }
      if row.isEmpty { row = Array(repeating: [], count: engine.compiled.count) }
      row[slot].append(
        queue.hit(for: review, index: index, group: groups[q][g]) { self.ids[$0] ?? "" })
    }
    guard !row.isEmpty else { return result }
    var findings = result.findings + engine.result(for: result.id, hits: row).findings
    findings.sort { codec.slot(of: $0) < codec.slot(of: $1) }
    return ScreeningResult(
      id: result.id, verdict: ScreeningResult.resolve(findings), findings: findings)
  }

  /// Takes the reviews at queue indices `indices` out of the queue-wide criteria before
  /// `resolve` (the repeated ids that pass 1 fingerprinted before they were known): they join
  /// no group, as if they had never been added.
  public func exclude(_ indices: [Int]) {
    for table in tables {
      for index in indices where index < table.count { table.setAbsent(index) }
    }
  }

  /// Ends pass 1: the queue indices of every review in a group, whose ids the findings name
  /// (give them with `setIDs` before pass 2). Throws when a spilled fingerprint could not be
  /// read back: the groups would be wrong, so there are none.
  public func resolve() throws(FingerprintSpillError) -> [Int] {
    var members = Set<Int>()
    groups = []
    groupOf = []
    for (q, slot) in engine.queueSlots.enumerated() {
      let found = engine.compiled[slot].queue?.groups(tables[q]) ?? []
      if let failure = tables[q].readFailure {
        groups = []
        groupOf = []
        self.members = []
        throw failure
      }
      var index: [Int: Int] = [:]
      for (g, group) in found.enumerated() {
        for member in group {
          index[member] = g
          members.insert(member)
        }
      }
      groups.append(found)
      groupOf.append(index)
    }
    self.members = members.sorted()
    return self.members
  }

  /// `resolve()` of a screener made by `init(engine:)`: its tables never read a spill file,
  /// so it cannot fail.
  public func resolveInMemory() -> [Int] {
    precondition(!spills, "resolveInMemory() on a spilling QueueScreener")
    do {
      return try resolve()
    } catch {
      preconditionFailure("an in-memory QueueScreener failed to resolve: \(error)")
    }
  }

  /// Frees the fingerprints, and with them the spill file, once `resolve` has grouped them:
  /// pass 2 and `screen(_:at:)` read only the groups. No `addFingerprints` after it.
  public func releaseFingerprints() {
    tables = tables.map { FingerprintTable(width: $0.width, count: 0) }
  }

  /// The review ids of the queue indices `resolve` returned.
  public func setIDs(_ ids: [Int: String]) { self.ids = ids }

  /// Pass 2: screens the next reviews of the queue, in order.
  public func screen(_ reviews: [Review], threads: Int = 2) -> [ScreeningResult] {
    let base = screened
    screened += reviews.count
    return screen(reviews, at: Array(base..<(base + reviews.count)), threads: threads)
  }

  /// Pass 2 with the reviews' queue indices given (ascending; some may be missing, such as
  /// the repeated ids pass 1 fingerprinted and `exclude` took out).
  public func screen(_ reviews: [Review], at indices: [Int], threads: Int = 2)
    -> [ScreeningResult]
  {
    precondition(indices.count == reviews.count, "QueueScreener.screen: one index per review")
    let engine = self.engine
    let rows = Slots<[[DetectorHit]]>(count: reviews.count, initial: [])
    ScreeningEngine.split(reviews.count, threads: threads) { range in
      for k in range {
        rows[k] = engine.detectorHits(engine.prepare(reviews[k], index: indices[k]))
      }
    }
    var results: [ScreeningResult] = []
    results.reserveCapacity(reviews.count)
    for (k, review) in reviews.enumerated() {
      results.append(result(for: review, at: indices[k], hits: rows[k]))
    }
    return results
  }

  /// Screens the review at queue index `index` (its position in the fingerprinted order)
  /// with the queue-wide findings; call after `resolve` and `setIDs`. Read-only.
  public func screen(_ review: Review, at index: Int) -> ScreeningResult {
    result(for: review, at: index, hits: engine.detectorHits(engine.prepare(review, index: index)))
  }

  /// `hits` (the per-review detectors') plus the queue-wide hits of queue index `index`.
  private func result(for review: Review, at index: Int, hits: [[DetectorHit]])
    -> ScreeningResult
  {
    var row = hits
    for (q, slot) in engine.queueSlots.enumerated() where q < groups.count {
      guard let g = groupOf[q][index], let queue = engine.compiled[slot].queue else {
        continue
      }
      row[slot].append(
        queue.hit(for: review, index: index, group: groups[q][g]) { self.ids[$0] ?? "" })
    }
    return engine.result(for: review.id, hits: row)
  }
}
