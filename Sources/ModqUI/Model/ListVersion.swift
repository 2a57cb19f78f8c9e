import Synchronization

/// Stamps for `AppModel.listVersion`: one process-wide counter, so two models carry the same
/// stamp only when one is a copy of the other with its items and rows unchanged.
enum ListVersion {
  private static let counter = Atomic<Int>(0)

  static func next() -> Int { counter.add(1, ordering: .relaxed).newValue }
}
