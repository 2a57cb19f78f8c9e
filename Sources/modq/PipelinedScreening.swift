import Foundation
import ModqCore
import ModqScreening

/// Screens the reviews a bulk `decide --from` records on background threads, in the order
/// they will be recorded, so the first decisions are written and synced while later reviews
/// are still being screened (the writer waits only for the review it is drafting).
///
/// Queue-wide criteria (near-duplicates) need the whole queue first: `init` runs pass 1 of a
/// `QueueScreener` (every review's fingerprint, then the groups) before any result exists.
/// Each result is then `QueueScreener.screen(_:at:)` at the review's queue index, the same
/// result `ScreeningEngine.screenQueue` gives for that index. A review id that occurs twice in
/// the queue is screened at its first index, as the recorder uses its first entry.
final class PipelinedScreening: @unchecked Sendable {
  /// Reviews a worker takes at a time: small, so results arrive in about recording order.
  static let chunk = 8

  private let screener: QueueScreener
  /// The reviews to screen, in recording order, with their queue indices.
  private let todo: [(review: Review, index: Int)]
  private let position: [String: Int]
  private let condition = NSCondition()
  /// Guarded by `condition`.
  private var results: [ScreeningResult?]
  private var next = 0

  /// Runs pass 1 over `queue` (the whole queue, in order), then starts `threads` workers
  /// screening `order` (the reviews to record, in recording order; ids not in the queue and
  /// repeats are skipped).
  init(engine: ScreeningEngine, queue: [Review], order: [Review], threads: Int = 2) {
    let screener = QueueScreener(engine: engine)
    if screener.needsFingerprintPass {
      screener.addFingerprints(queue, threads: threads)
      var ids: [Int: String] = [:]
      for index in screener.resolveInMemory() { ids[index] = queue[index].id }
      screener.setIDs(ids)
    }
    self.screener = screener
    var first: [String: Int] = [:]
    first.reserveCapacity(queue.count)
    // Backwards, so the first index of a repeated id is the one kept.
    for index in queue.indices.reversed() { first[queue[index].id] = index }
    var todo: [(review: Review, index: Int)] = []
    todo.reserveCapacity(order.count)
    var position: [String: Int] = [:]
    position.reserveCapacity(order.count)
    for review in order {
      // Taken out when used: a repeated id is screened once.
      guard let index = first.removeValue(forKey: review.id) else { continue }
      position[review.id] = todo.count
      todo.append((queue[index], index))
    }
    self.todo = todo
    self.position = position
    results = Array(repeating: nil, count: todo.count)
    for _ in 0..<max(1, threads) { Thread.detachNewThread { [self] in work() } }
  }

  /// The full engine's result for review `id`, waiting until a worker has it; nil if `id` is
  /// not one of the reviews given to `init`.
  func result(for id: String) -> ScreeningResult? {
    guard let k = position[id] else { return nil }
    condition.lock()
    defer { condition.unlock() }
    while results[k] == nil { condition.wait() }
    return results[k]
  }

  /// Takes chunks in order until none is left.
  private func work() {
    var screened: [ScreeningResult] = []
    screened.reserveCapacity(Self.chunk)
    while true {
      let range = condition.withLock { () -> Range<Int> in
        let start = next
        next = min(todo.count, start + Self.chunk)
        return start..<next
      }
      guard !range.isEmpty else { return }
      screened.removeAll(keepingCapacity: true)
      for k in range { screened.append(screener.screen(todo[k].review, at: todo[k].index)) }
      condition.withLock {
        for (k, result) in zip(range, screened) { results[k] = result }
        condition.broadcast()
      }
    }
  }
}
