import Foundation
import ModqCore
import ModqScreening
import TerminalKit

/// Screens reviews and lays out their review pane ahead of the cursor, on a background
/// thread, so a key press only draws what is already prepared. The runner tells it which
/// items the model wants (`AppModel.prefetchWishes`); each result is posted to the mailbox as
/// `.prepared` and reaches the model on the loop's next turn.
public final class Prefetcher: @unchecked Sendable {
  /// One item to prepare for a review-pane width.
  public struct Wish: Sendable {
    public var index: Int
    public var item: QueueItem
    public var width: Int
    public var height: Int
  }

  private struct Key: Hashable {
    var index: Int
    var width: Int
    var height: Int
  }

  private let engine: ScreeningEngine
  /// Screens with the queue-wide findings once the background read resolved them.
  private var screener: QueueScreener?
  private let info: SessionInfo
  private let mailbox: Mailbox
  private let condition = NSCondition()
  private var wishes: [Wish] = []
  private var done: Set<Key> = []
  private var busy = false
  private var stopped = false

  public init(engine: ScreeningEngine, info: SessionInfo, mailbox: Mailbox) {
    self.engine = engine
    self.info = info
    self.mailbox = mailbox
    Thread.detachNewThread { [self] in work() }
  }

  /// Replaces what is wanted, most urgent first (called on the UI thread).
  public func want(_ list: [Wish]) {
    condition.lock()
    defer { condition.unlock() }
    wishes = list.filter {
      !done.contains(Key(index: $0.index, width: $0.width, height: $0.height))
    }
    if !wishes.isEmpty { condition.signal() }
  }

  /// Waits until everything wanted so far has been prepared and posted.
  public func waitUntilIdle() {
    condition.lock()
    defer { condition.unlock() }
    while (busy || !wishes.isEmpty) && !stopped { condition.wait() }
  }

  /// Screens from now on with `screener` (resolved over the items in model order), so the
  /// suggestions include the queue-wide findings; what was done is forgotten, so that items
  /// the model invalidated are prepared again.
  public func use(_ screener: QueueScreener) {
    condition.lock()
    defer { condition.unlock() }
    self.screener = screener
    done.removeAll(keepingCapacity: true)
  }

  /// Ends the worker thread.
  public func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }

  private func work() {
    while true {
      condition.lock()
      busy = false
      condition.broadcast()
      while wishes.isEmpty && !stopped { condition.wait() }
      if stopped {
        condition.unlock()
        return
      }
      let wish = wishes.removeFirst()
      let key = Key(index: wish.index, width: wish.width, height: wish.height)
      if done.count > 4096 { done.removeAll(keepingCapacity: true) }
      done.insert(key)
      busy = true
      condition.unlock()
      mailbox.post(.prepared(prepare(wish)))
    }
  }

  /// Screens (if needed) and lays out one item: the same work the view would do.
  func prepare(_ wish: Wish) -> PreparedPane {
    var item = wish.item
    condition.lock()
    let screener = self.screener
    condition.unlock()
    var queueWide = false
    if item.suggestion == nil {
      if let screener {
        item.suggestion = screener.screen(item.review, at: wish.index)
        queueWide = true
      } else {
        item.suggestion = engine.screen(item.review)
      }
    }
    var pane = Self.layout(
      item, index: wish.index, info: info, width: wish.width, height: wish.height)
    pane.queueWide = queueWide
    return pane
  }

  /// The pane of a screened `item`: its document, and its first screenful drawn.
  static func layout(
    _ item: QueueItem, index: Int, info: SessionInfo, width: Int, height: Int
  ) -> PreparedPane {
    let document = ReviewDocument(item: item, info: info, width: width)
    var picture = Screen(size: Size(width: max(0, width), height: max(0, height)))
    document.render(into: &picture, rect: picture.bounds, offset: 0)
    return PreparedPane(
      index: index, id: item.id, suggestion: item.suggestion, width: width,
      document: document, height: height, picture: picture)
  }
}

/// A review screened and laid out off the key path, for one review-pane width.
public struct PreparedPane: Sendable {
  public var index: Int
  public var id: String
  public var suggestion: ScreeningResult?
  /// The review pane's width the document was laid out for.
  public var width: Int
  public var document: ReviewDocument
  /// The review pane's height `picture` was drawn for.
  public var height: Int = 0
  /// The pane at scroll offset 0, drawn ahead (nil: draw from `document`).
  public var picture: Screen? = nil
  /// Screened with the queue-wide findings (a large queue's resolved `QueueScreener`).
  public var queueWide = false
}
