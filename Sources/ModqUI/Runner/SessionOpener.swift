import Foundation
import ModqCore
import ModqScreening
import TerminalKit

/// Builds the first model for a queue. A small queue is read and screened whole before the
/// first frame. A large one shows its head at once (only the first page screened) while a
/// background thread reads the rest into compact items that decode their review on demand;
/// reviews are then screened ahead of the cursor by a `Prefetcher`, never all at once, so
/// memory stays bounded whatever the queue's size.
public enum SessionOpener {
  /// Queues up to this many bytes are read and screened before the first frame.
  public static let smallQueueBytes = 4 << 20
  /// Reviews fingerprinted at a time for the queue-wide criteria while reading a large queue.
  static let fingerprintChunk = 4096
  /// Reviews read for the first frame of a large queue.
  public static let headCount = 200

  /// The model for `queue`; decided reviews (per `state`) are not pending. Queues over
  /// `threshold` bytes open from their head.
  public static func open(
    queue: QueueFile, engine: ScreeningEngine, state: AuditState, info: SessionInfo,
    size: Size, now: Double, mailbox: Mailbox, background: Bool = true,
    threshold: Int = smallQueueBytes
  ) -> AppModel {
    let small = queue.byteCount <= threshold
    let load = small ? queue.loadAll() : queue.head(headCount)
    var items: [QueueItem]
    if small {
      let results = engine.screenQueue(load.entries.map(\.review))
      items = zip(load.entries, results).map { QueueItem(entry: $0, suggestion: $1) }
    } else {
      // Only the first page is screened before the first frame; the prefetcher does the rest.
      let page = ScreenLayout(size: size).listRows
      items = load.entries.enumerated().map { position, entry in
        QueueItem(entry: entry, suggestion: position < page ? engine.screen(entry.review) : nil)
      }
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
      Thread.detachNewThread {
        mailbox.post(readAll(queue: queue, state: state, mailbox: mailbox, engine: engine))
      }
    }
    return model
  }

  /// Reads every line of `queue` into compact items (id, stars, product, line) that decode
  /// their review on demand, and answers the `.queueLoaded` message. Duplicate ids keep their
  /// first line; malformed and duplicate lines are counted. Progress goes to `mailbox`.
  /// With `engine` and a queue-wide criterion in its policy, the kept reviews are also
  /// fingerprinted in item order and the message carries the resolved `QueueScreener`. The
  /// fingerprints go to a temporary file (`QueueScreener.spilling`), so the heap does not
  /// grow by 252 bytes a review; if the file fails, they are kept in memory instead.
  public static func readAll(
    queue: QueueFile, state: AuditState, mailbox: Mailbox?, engine: ScreeningEngine? = nil,
    makeScreener: (ScreeningEngine) -> QueueScreener = QueueScreener.spilling(engine:)
  ) -> Message {
    let screener = engine.map(makeScreener).flatMap {
      $0.needsFingerprintPass ? $0 : nil
    }
    var chunk: [Review] = []
    let source = ReviewSource(queue: queue)
    let lines = queue.lineCount
    var items: [QueueItem] = []
    var decided: [Bool] = []
    items.reserveCapacity(lines)
    decided.reserveCapacity(lines)
    var seen = Set<String>(minimumCapacity: lines)
    var products: [String: String] = [:]
    var skipped = 0
    let step = max(1, lines / 100)
    for line in stride(from: 1, through: lines, by: 1) {
      if line % step == 0 { mailbox?.post(.screeningProgress(done: line, total: lines)) }
      let entry: QueueEntry
      do {
        guard let decoded = try queue.entry(at: line) else { continue }
        entry = decoded
      } catch {
        skipped += 1
        continue
      }
      let id = entry.review.id
      guard seen.insert(id).inserted else {
        skipped += 1
        continue
      }
      let name = entry.review.product.name ?? entry.review.product.id ?? ""
      let shared = products[name] ?? name
      if products.count < 100_000, products[name] == nil { products[name] = name }
      items.append(QueueItem(summaryOf: entry, productName: shared, source: source))
      decided.append(state.decision(for: id) != nil)
      if let screener {
        chunk.append(entry.review)
        if chunk.count >= fingerprintChunk {
          screener.addFingerprints(chunk, threads: 1)
          chunk.removeAll(keepingCapacity: true)
        }
      }
    }
    if let screener {
      screener.addFingerprints(chunk, threads: 1)
      guard let members = try? screener.resolve() else {
        // A spilled fingerprint could not be read back (the temporary file failed): read the
        // queue again with the fingerprints in memory, so the suggestions are the same.
        return readAll(
          queue: queue, state: state, mailbox: mailbox, engine: engine,
          makeScreener: QueueScreener.init(engine:))
      }
      var ids: [Int: String] = [:]
      for member in members where member < items.count {
        ids[member] = items[member].id
      }
      screener.setIDs(ids)
      // The session can last hours: give the fingerprints (and their temporary file) back.
      screener.releaseFingerprints()
    }
    mailbox?.post(.screeningProgress(done: lines, total: lines))
    return .queueLoaded(items, decided: decided, diagnostics: skipped, screener: screener)
  }
}
