import Dispatch
import Foundation

/// A JSON Lines review queue on disk (formats.md "Queue"), mapped read-only.
///
/// Opening is O(1): nothing is read until asked. `head(_:)` decodes the first reviews for the
/// first screen; `buildIndex()` (any thread) finds every line start with memchr; `entry(at:)`
/// decodes one line on demand; `loadAll()` decodes everything and reports what it skipped.
/// All methods are safe to call from several threads at once.
public final class QueueFile: @unchecked Sendable {
  /// The path as given; diagnostics name it.
  public let path: String
  let file: MappedFile
  private let lock = NSLock()
  private var index: LineIndex?
  private var idLines: [String: Int]?

  /// Opens (maps) the queue at `path`. Throws `QueueOpenError` naming the path and the reason.
  public init(path: String) throws(QueueOpenError) {
    self.path = path
    self.file = try MappedFile(path: path)
  }

  /// Size of the file in bytes.
  public var byteCount: Int { file.bytes.count }

  var decoder: QueueLineDecoder { QueueLineDecoder(path: path, bytes: file.bytes) }

  // MARK: First screen

  /// The first `n` valid entries, reading only as far into the file as they need, with the
  /// diagnostics for the lines passed on the way (including duplicate ids among them).
  public func head(_ n: Int) -> QueueLoad {
    var load = QueueLoad()
    var firstLine: [String: Int] = [:]
    let bytes = file.bytes
    var start = 0
    var number = 0
    let decoder = self.decoder
    while load.entries.count < n, start < bytes.count {
      number += 1
      let end = QueueFile.lineEnd(bytes, from: start)
      QueueFile.record(decoder.decode(start..<end, line: number), decoder, &load, &firstLine)
      start = end + 1
    }
    return load
  }

  // MARK: Index

  /// Builds (once) and publishes the line-offset index; returns the number of lines.
  /// Callable from a background thread; later calls return at once.
  @discardableResult
  public func buildIndex() -> Int {
    if let built = lock.withLock({ index }) { return built.lineCount }
    let built = LineIndex(file.bytes)
    return lock.withLock {
      if index == nil { index = built }
      return index?.lineCount ?? built.lineCount
    }
  }

  /// Whether `buildIndex()` has finished.
  public var isIndexed: Bool { lock.withLock { index != nil } }

  /// Number of lines (blank and malformed ones included); builds the index if needed.
  public var lineCount: Int { buildIndex() }

  var lineIndex: LineIndex {
    buildIndex()
    return lock.withLock { index } ?? LineIndex(file.bytes)
  }

  /// Calls `body` with the bytes of 1-based `line` without its `\n` (or `\r\n`): the bytes
  /// `lineSHA256` covers. Nil if `line` is out of range.
  public func withLineBytes<R>(
    at line: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R? {
    let index = lineIndex
    guard line >= 1 && line <= index.lineCount else { return nil }
    var range = index.range(ofLine: line - 1)
    if !range.isEmpty && file.bytes[range.upperBound - 1] == 0x0D {
      range = range.lowerBound..<(range.upperBound - 1)
    }
    return try body(UnsafeBufferPointer(rebasing: file.bytes[range]))
  }

  /// Drops the pages of a byte range from this process's memory (they are read again from
  /// the page cache if touched later); the bytes themselves never change.
  func release(_ range: Range<Int>) { file.release(range) }

  // MARK: Single entries

  /// Decodes 1-based `line` alone. Nil for a blank line or a line number out of range;
  /// throws the line's diagnostic when it is malformed. Does not check for duplicate ids.
  public func entry(at line: Int) throws(QueueDiagnostic) -> QueueEntry? {
    let index = lineIndex
    guard line >= 1 && line <= index.lineCount else { return nil }
    switch decoder.decode(index.range(ofLine: line - 1), line: line) {
    case .blank: return nil
    case .entry(let entry): return entry
    case .malformed(let diagnostic): throw diagnostic
    }
  }

  /// The entry (first occurrence) with `id`, or nil. The first call runs `loadAll()` to learn
  /// where every id is, unless it has already run.
  public func entry(id: String) -> QueueEntry? {
    var lines = lock.withLock { idLines }
    if lines == nil {
      _ = loadAll()
      lines = lock.withLock { idLines }
    }
    guard let line = lines?[id] else { return nil }
    return try? entry(at: line)
  }

  // MARK: Whole queue

  /// Every valid entry in file order, plus a diagnostic for each malformed line and each
  /// duplicate id (the first occurrence is kept). Decodes in parallel chunks on large files.
  public func loadAll() -> QueueLoad {
    let index = lineIndex
    let lineCount = index.lineCount
    let chunks = lineCount < 20_000 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
    let perChunk = (lineCount + chunks - 1) / max(chunks, 1)
    let partials = ParallelSlots<[QueueLineDecoder.Outcome]>(count: chunks, empty: [])
    let decoder = self.decoder
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var outcomes: [QueueLineDecoder.Outcome] = []
      let lower = chunk * perChunk
      let upper = min(lineCount, lower + perChunk)
      if lower < upper {
        outcomes.reserveCapacity(upper - lower)
        for i in lower..<upper {
          outcomes.append(decoder.decode(index.range(ofLine: i), line: i + 1))
        }
      }
      partials.set(chunk, outcomes)
    }
    var load = QueueLoad()
    load.entries.reserveCapacity(lineCount)
    var firstLine: [String: Int] = [:]
    firstLine.reserveCapacity(lineCount)
    for outcomes in partials.take() {
      for outcome in outcomes { QueueFile.record(outcome, decoder, &load, &firstLine) }
    }
    lock.withLock { idLines = firstLine }
    return load
  }

  // MARK: Helpers

  private static func record(
    _ outcome: QueueLineDecoder.Outcome, _ decoder: QueueLineDecoder, _ load: inout QueueLoad,
    _ firstLine: inout [String: Int]
  ) {
    switch outcome {
    case .blank:
      return
    case .malformed(let diagnostic):
      load.diagnostics.append(diagnostic)
    case .entry(let entry):
      if let first = firstLine[entry.review.id] {
        let id = entry.review.id
        load.diagnostics.append(decoder.duplicate(id, line: entry.line, firstLine: first))
      } else {
        firstLine[entry.review.id] = entry.line
        load.entries.append(entry)
      }
    }
  }

  /// Offset of the newline ending the line that starts at `start` (or the file's end).
  static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress,
      let hit = memchr(base + start, 0x0A, bytes.count - start)
    else { return bytes.count }
    return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
  }
}

