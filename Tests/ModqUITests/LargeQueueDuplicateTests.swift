import Foundation
import ModqCore
import TerminalKit
import Testing

@testable import ModqScreening
@testable import ModqUI

/// A spill store whose writes work and whose reads fail (a bad sector in the temporary file).
final class UnreadableSpillStore: FingerprintSpillStore {
  private(set) var reads = 0
  func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(FingerprintSpillError) {}
  func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int)
    throws(FingerprintSpillError)
  {
    reads += 1
    throw FingerprintSpillError(what: "read", errno: EIO)
  }
}

/// A queue opened from its head (over the size threshold) still gets the queue-wide
/// (near-duplicate) criterion once the background read resolved it.
@Suite("Large queue duplicates")
struct LargeQueueDuplicateTests {
  static let size = Size(width: 120, height: 40)
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let engine: ScreeningEngine? = {
    let data = root.appendingPathComponent("data")
    guard
      let policy = try? Policy.load(
        contentsOf: data.appendingPathComponent("policy/default.yaml")),
      let store = try? StoreProfile.load(
        contentsOf: data.appendingPathComponent("stores/northpeak.yaml"))
    else { return nil }
    return try? ScreeningEngine(policy: policy, store: store)
  }()
  static let criterion = "integrity.duplicate"
  /// Item 1 is on the first page (screened before the first frame); item 300 is past the head.
  static let first = 1
  static let second = 300

  /// A queue of short distinct filler reviews with `a` at item 1 and `b` at item 300.
  static func queue(_ a: String, _ b: String) throws -> (QueueFile, String) {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("modq-largedup-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
      .path
    var lines: [String] = []
    for index in 0..<400 {
      let body =
        index == first ? a : index == second ? b : "Fine item number \(index), thanks."
      lines.append(#"{"id":"r\#(index)","rating":5,"body":"\#(body)"}"#)
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    return (try QueueFile(path: path), path)
  }

  /// Opens `queue` as a large queue (threshold 0), loads it in full with the engine, and
  /// prefetches the first page (through the worker thread) and item 300 (directly).
  static func session(_ queue: QueueFile, engine: ScreeningEngine) -> AppModel {
    let mailbox = Mailbox()
    var model = SessionOpener.open(
      queue: queue, engine: engine, state: AuditState(), info: Fixtures.info, size: size,
      now: 0, mailbox: mailbox, background: false, threshold: 0)
    let prefetcher = Prefetcher(engine: engine, info: Fixtures.info, mailbox: mailbox)
    defer { prefetcher.stop() }
    // Item 300 prepared before the groups are known: a stale pane that must be refused.
    let body = model.layout.detailBody
    let early = SessionOpener.readAll(queue: queue, state: AuditState(), mailbox: nil)
    if case .queueLoaded(let items, _, _, _) = early, items.count > second {
      let stale = prefetcher.prepare(
        Prefetcher.Wish(
          index: second, item: items[second], width: body.width, height: body.height))
      mailbox.post(.prepared(stale))
    }
    let loaded = SessionOpener.readAll(
      queue: queue, state: AuditState(), mailbox: nil, engine: engine)
    if case .queueLoaded(_, _, _, let screener?) = loaded { prefetcher.use(screener) }
    model.update(loaded)
    for message in mailbox.drain() { model.update(message) }
    prefetcher.want(model.prefetchWishes())
    prefetcher.waitUntilIdle()
    for message in mailbox.drain() { model.update(message) }
    if second < model.items.count {
      let wish = Prefetcher.Wish(
        index: second, item: model.items[second], width: body.width, height: body.height)
      model.update(.prepared(prefetcher.prepare(wish)))
    }
    return model
  }

  /// The suggestions of items 1 and 300 after the session loaded, with the whole-queue
  /// screening (`modq screen`) of the same reviews, and the model.
  static func screened(_ a: String, _ b: String) throws
    -> [(index: Int, suggestion: ScreeningResult, expected: ScreeningResult, model: AppModel)]
  {
    let engine = try #require(Self.engine)
    let (queue, path) = try Self.queue(a, b)
    defer { unlink(path) }
    let model = Self.session(queue, engine: engine)
    try #require(model.items.count == 400)
    let expected = engine.screenQueue(model.items.map(\.review))
    return try [first, second].map { index in
      let suggestion = try #require(model.items[index].suggestion, "item \(index)")
      return (index, suggestion, expected[index], model)
    }
  }

  @Test func nearDuplicatesFarApartGetTheDuplicateFindingOnceLoaded() throws {
    let rows = try Self.screened(
      "Best tent ever, super easy setup and totally waterproof, buy it now!",
      "Best tent ever, super easy setup and totally waterproof, buy it now!!")
    for (index, suggestion, expected, model) in rows {
      #expect(suggestion.findings.contains { $0.criterion == Self.criterion }, "item \(index)")
      #expect(suggestion == expected, "item \(index): same as modq screen")
      #expect(suggestion.verdict == expected.verdict)
      #expect(model.prepared[index]?.suggestion == suggestion, "item \(index): pane redone")
    }
  }

  @Test func distinctReviewsGetNoDuplicateFinding() throws {
    let rows = try Self.screened(
      "Roomy tent, pitched it in the rain without trouble, the fly stays taut all night.",
      "Light pack, the hip belt is comfortable on long days and the pockets are handy.")
    for (index, suggestion, expected, _) in rows {
      #expect(!suggestion.findings.contains { $0.criterion == Self.criterion }, "item \(index)")
      #expect(suggestion == expected, "item \(index)")
    }
  }

  /// The background read spills the fingerprints (16-row blocks here, so the 400 reviews
  /// span 25); when a spilled block cannot be read back, it reads the queue again with them
  /// in memory, and the duplicate groups are the ones an in-memory read finds.
  @Test func anUnreadableSpillFileFallsBackToMemoryWithTheSameGroups() throws {
    let engine = try #require(Self.engine)
    let text = "Best tent ever, super easy setup and totally waterproof, buy it now!"
    let (queue, path) = try Self.queue(text, text)
    defer { unlink(path) }
    func members(_ message: Message) -> [Int]? {
      guard case .queueLoaded(_, _, _, let screener?) = message else { return nil }
      return screener.members
    }
    let inMemory = SessionOpener.readAll(
      queue: queue, state: AuditState(), mailbox: nil, engine: engine,
      makeScreener: QueueScreener.init(engine:))
    let spilled = SessionOpener.readAll(
      queue: queue, state: AuditState(), mailbox: nil, engine: engine) { engine in
        QueueScreener(engine: engine, spills: true) { width in
          FingerprintTable(width: width, count: 0, blockShift: 4) {
            () throws(FingerprintSpillError) in try UnlinkedSpillFile()
          }
        }
      }
    let store = UnreadableSpillStore()
    var made: [QueueScreener] = []
    let fellBack = SessionOpener.readAll(
      queue: queue, state: AuditState(), mailbox: nil, engine: engine) { engine in
        let screener = QueueScreener(engine: engine, spills: true) { width in
          FingerprintTable(width: width, count: 0, blockShift: 4) { store }
        }
        made.append(screener)
        return screener
      }
    let expected = try #require(members(inMemory))
    #expect(expected == [Self.first, Self.second])
    #expect(members(spilled) == expected)
    #expect(members(fellBack) == expected)
    #expect(store.reads > 0)
    #expect(made.count == 1)
    if case .queueLoaded(_, _, _, let screener?) = fellBack { #expect(!screener.spills) }
  }
}
