import ModqCore
import ModqScreening

/// `modq screen`'s pipeline with memory flat in queue size: the queue file is read in chunks,
/// once for the queue-wide fingerprints (only when the policy has a queue-wide criterion such
/// as duplicates) and once to screen and print; no review is kept after its chunk. What stays
/// per review: its fingerprint (252 bytes with the default duplicate sketch, in a temporary
/// file but for the last 4,096), its line number and offset, and a hash of its id (to report
/// repeated ids).
struct StreamingScreen {
  let file: QueueFile
  let engine: ScreeningEngine
  let threads: Int
  var chunkSize = 4096

  /// Screens the queue, handing each chunk's results to `emit` in queue order; returns the
  /// diagnostics (malformed lines, repeated ids). `progress` gets (done, total) in bytes.
  /// The fingerprints spill to an unlinked temporary file; throws (before any result) when
  /// they cannot be read back. `spillFailure` hears, once, why they stayed in memory instead
  /// (the file could not be created or written: results are the same).
  func run(
    progress: (Int, Int) -> Void,
    spillFailure: (FingerprintSpillError) -> Void = { _ in },
    _ emit: ([ScreeningResult]) -> Void
  ) throws(FingerprintSpillError) -> [QueueDiagnostic] {
    let screener = QueueScreener.spilling(engine: engine)
    let size = file.byteCount
    let total = size * (screener.needsFingerprintPass ? 2 : 1)
    var firstPass: [QueueDiagnostic]?
    if screener.needsFingerprintPass {
      var starts: [Int] = []
      var lines: [Int32] = []
      firstPass = file.forEachChunk(size: chunkSize, threads: threads, hashingLines: false) {
        chunk, offsets in
        starts += offsets
        for entry in chunk { lines.append(Int32(truncatingIfNeeded: entry.line)) }
        screener.addFingerprints(chunk.map(\.review), threads: threads)
        progress(offsets.last ?? 0, total)
      }
      var ids: [Int: String] = [:]
      if let failure = screener.spillFailure { spillFailure(failure) }
      for index in try screener.resolve() where index < starts.count {
        ids[index] = file.entry(lineStart: starts[index], line: Int(lines[index]))?.review.id
      }
      screener.setIDs(ids)
      screener.releaseFingerprints()
    }
    let done = total - size
    let secondPass = file.forEachChunk(size: chunkSize, threads: threads, hashingLines: false) {
      chunk, offsets in
      emit(screener.screen(chunk.map(\.review), threads: threads))
      progress(done + (offsets.last ?? 0), total)
    }
    return firstPass ?? secondPass
  }
}
