import Foundation

/// Results of `DispatchQueue.concurrentPerform` workers: one slot per worker, each written
/// once under a lock, read after all workers are done.
final class ParallelSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value]
  private let lock = NSLock()

  init(count: Int, empty: Value) {
    slots = Array(repeating: empty, count: count)
  }

  func set(_ i: Int, _ value: Value) { lock.withLock { slots[i] = value } }

  func take() -> [Value] { lock.withLock { slots } }
}
