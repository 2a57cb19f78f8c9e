import Foundation
import ModqCore

/// Decodes queue entries on demand from the mapped queue file, keeping the last few decoded
/// (the review on screen is asked for on every frame). Memory stays bounded whatever the
/// queue's size. Safe from any thread.
public final class ReviewSource: @unchecked Sendable {
  /// How many decoded entries are kept.
  static let capacity = 64

  let queue: QueueFile
  private let lock = NSLock()
  private var cache: [Int: QueueEntry] = [:]
  private var order: [Int] = []
  private var next = 0

  public init(queue: QueueFile) {
    self.queue = queue
  }

  /// The entry on 1-based `line`. If the line cannot be decoded again (the file changed
  /// under modq), a stand-in review says so rather than showing something else.
  func entry(line: Int, id: String, rating: Int) -> QueueEntry {
    if let hit = lock.withLock({ cache[line] }) { return hit }
    let decoded: QueueEntry
    if let entry = try? queue.entry(at: line), entry.review.id == id {
      decoded = entry
    } else {
      let review = Review(
        id: id, rating: rating,
        body: "(line \(line) of \(queue.path) could not be read again: the file changed)")
      decoded = QueueEntry(review: review, line: line, lineSHA256: "")
    }
    lock.withLock {
      if order.count < Self.capacity {
        order.append(line)
      } else {
        cache[order[next]] = nil
        order[next] = line
        next = (next + 1) % Self.capacity
      }
      cache[line] = decoded
    }
    return decoded
  }
}
