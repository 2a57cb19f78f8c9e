import Foundation
import ModqCore
import ModqScreening
import TerminalKit

/// Builds the first model for a queue. A small queue is read and screened whole before the
/// first frame; a large one shows its head at once (screened review by review) while a
/// background thread reads the rest, screens the whole queue and posts the results.
public enum SessionOpener {
  /// Queues up to this many bytes are read and screened before the first frame.
  public static let smallQueueBytes = 4 << 20
  /// Reviews read for the first frame of a large queue.
  public static let headCount = 200

  /// The model for `queue`; decided reviews (per `state`) are not pending.
  public static func open(
    queue: QueueFile, engine: ScreeningEngine, state: AuditState, info: SessionInfo,
    size: Size, now: Double, mailbox: Mailbox, background: Bool = true
  ) -> AppModel {
    let small = queue.byteCount <= smallQueueBytes
    let load = small ? queue.loadAll() : queue.head(headCount)
    var items: [QueueItem]
    if small {
      let results = engine.screenQueue(load.entries.map(\.review))
      items = zip(load.entries, results).map { QueueItem(entry: $0, suggestion: $1) }
    } else {
      items = load.entries.map { QueueItem(entry: $0, suggestion: engine.screen($0.review)) }
    }
    var model = AppModel(
      info: info, items: items, isDecided: { state.decision(for: $0) != nil }, size: size,
      now: now, auditEvents: state.eventCount)
    if small, !load.diagnostics.isEmpty {
      model.status = StatusMessage(
        "\(load.diagnostics.count) queue line(s) skipped: \(load.diagnostics[0])", .warning)
    }
    if !small && background {
      model.screening = .running(done: 0, total: max(1, queue.byteCount))
      loadRest(queue: queue, engine: engine, state: state, mailbox: mailbox)
    }
    return model
  }

  /// Reads and screens the whole queue on a background thread, posting to `mailbox`.
  static func loadRest(
    queue: QueueFile, engine: ScreeningEngine, state: AuditState, mailbox: Mailbox
  ) {
    Thread.detachNewThread {
      let load = queue.loadAll()
      let items = load.entries.map { QueueItem(entry: $0) }
      let decided = load.entries.map { state.decision(for: $0.review.id) != nil }
      mailbox.post(.queueLoaded(items, decided: decided, diagnostics: load.diagnostics.count))
      let reviews = load.entries.map(\.review)
      let results = engine.screenQueue(reviews) { done, total in
        mailbox.post(.screeningProgress(done: done, total: total))
      }
      mailbox.post(.screened(results))
    }
  }
}
