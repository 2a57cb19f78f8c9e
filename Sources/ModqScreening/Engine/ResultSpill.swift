import ModqCore

/// The results of the streaming screen's pass 1, chunk by chunk in queue order, as
/// `ResultCodec` bytes: in an unlinked temporary file (`spilling()`), so memory stays flat in
/// queue size; a chunk that cannot be written (the file could not be made, or a write failed:
/// `failure`) stays in memory instead, with the same results. Read back once, in order, by
/// `forEachChunk`.
final class ResultSpill {
  private struct Chunk {
    var offset: Int
    var byteCount: Int
    var results: Int
    /// The bytes, when they stay in memory.
    var kept: [UInt8]?
  }

  private let store: LazySpillStore
  private var chunks: [Chunk] = []
  private var written = 0

  /// `make` makes the spill file on the first write (nil: everything stays in memory).
  init(make: (() throws(SpillError) -> any SpillStore)?) {
    store = LazySpillStore(
      label: (file: "result spill file", contents: "screening results"), make: make)
  }

  /// Results kept in an unlinked temporary file.
  static func spilling() -> ResultSpill {
    ResultSpill { () throws(SpillError) in
      try UnlinkedSpillFile(
        prefix: "modq-results", file: "result spill file", contents: "screening results")
    }
  }

  /// Why some chunks stay in memory (nil while writes work).
  var failure: SpillError? { store.failure }

  /// Bytes of results held in memory.
  var keptByteCount: Int { chunks.reduce(0) { $0 + ($1.kept?.count ?? 0) } }

  /// Adds the next chunk: `bytes` holds `results` encoded results.
  func append(_ bytes: [UInt8], results: Int) {
    let stored = bytes.withUnsafeBytes { store.write($0, at: written) }
    chunks.append(
      Chunk(offset: written, byteCount: bytes.count, results: results, kept: stored ? nil : bytes))
    if stored { written += bytes.count }
  }

  /// Calls `body` with each chunk's bytes and its number of results, in order; throws when a
  /// spilled chunk cannot be read back (the chunks before it have been visited).
  func forEachChunk(
    _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void
  ) throws(SpillError) {
    var buffer: [UInt8] = []
    for chunk in chunks {
      if let kept = chunk.kept {
        kept.withUnsafeBufferPointer { body($0, chunk.results) }
        continue
      }
      buffer = [UInt8](repeating: 0, count: chunk.byteCount)
      var failed: SpillError?
      buffer.withUnsafeMutableBytes { bytes in
        do throws(SpillError) { try store.read(into: bytes, at: chunk.offset) } catch {
          failed = error
        }
      }
      if let failed { throw failed }
      buffer.withUnsafeBufferPointer { body($0, chunk.results) }
    }
  }
}
