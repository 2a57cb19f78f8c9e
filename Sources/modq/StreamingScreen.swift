import ModqCore
import ModqScreening

/// `modq screen`'s pipeline with memory flat in queue size: the queue file is read in chunks,
/// once for the queue-wide fingerprints (only when the policy has a queue-wide criterion such
/// as duplicates) and once to screen and print; no review is kept after its chunk. What stays
/// per review: its fingerprint (252 bytes with the default duplicate sketch), its line number
/// and a hash of its id (to report repeated ids).
struct StreamingScreen {
  let file: QueueFile
  let engine: ScreeningEngine
  let threads: Int
  var chunkSize = 4096

  /// Screens the queue, handing each chunk's results to `emit` in queue order; returns the
  /// diagnostics (malformed lines, repeated ids). `progress` gets (done, total) line counts.
  func run(
    progress: (Int, Int) -> Void, _ emit: ([ScreeningResult]) -> Void
  ) -> [QueueDiagnostic] {
    let screener = QueueScreener(engine: engine)
    let lineCount = file.lineCount
    let total = lineCount * (screener.needsFingerprintPass ? 2 : 1)
    var done = 0
    var firstPass: [QueueDiagnostic]?
    if screener.needsFingerprintPass {
      var lines: [Int32] = []
      firstPass = file.forEachChunk(size: chunkSize, threads: threads) { chunk in
        for entry in chunk { lines.append(Int32(truncatingIfNeeded: entry.line)) }
        screener.addFingerprints(chunk.map(\.review), threads: threads)
        done += chunk.count
        progress(done, total)
      }
      var ids: [Int: String] = [:]
      for index in screener.resolve() where index < lines.count {
        ids[index] = (try? file.entry(at: Int(lines[index])))?.review.id
      }
      screener.setIDs(ids)
    }
    let secondPass = file.forEachChunk(size: chunkSize, threads: threads) { chunk in
      emit(screener.screen(chunk.map(\.review), threads: threads))
      done += chunk.count
      progress(done, total)
    }
    return firstPass ?? secondPass
  }
}
