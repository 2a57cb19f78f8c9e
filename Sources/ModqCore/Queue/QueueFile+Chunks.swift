import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension QueueFile {
  /// Visits every valid entry in file order, `size` entries at a time (each chunk decoded on
  /// up to `threads` threads), and returns the diagnostics `loadAll()` would report: malformed
  /// lines and repeated ids (the first occurrence is kept). Memory stays flat in queue size:
  /// only a 64-bit hash and a line number per id are kept to find repeats, and the file's
  /// pages are released from this process once their chunk has been visited.
  public func forEachChunk(
    size: Int = 4096, threads: Int = 2, _ body: ([QueueEntry]) throws -> Void
  ) rethrows -> [QueueDiagnostic] {
    let index = lineIndex
    let lineCount = index.lineCount
    let decoder = self.decoder
    var diagnostics: [QueueDiagnostic] = []
    var firstLine: [UInt64: Int32] = [:]
    var lower = 0
    while lower < lineCount {
      let upper = min(lineCount, lower + max(1, size))
      let outcomes = QueueFile.decode(lower..<upper, index, decoder, threads: threads)
      var chunk: [QueueEntry] = []
      chunk.reserveCapacity(outcomes.count)
      for outcome in outcomes {
        switch outcome {
        case .blank: continue
        case .malformed(let diagnostic): diagnostics.append(diagnostic)
        case .entry(let entry):
          let key = QueueFile.idKey(entry.review.id)
          if let first = firstLine[key], let earlier = try? self.entry(at: Int(first)),
            earlier.review.id == entry.review.id
          {
            diagnostics.append(
              decoder.duplicate(entry.review.id, line: entry.line, firstLine: Int(first)))
          } else {
            if firstLine[key] == nil { firstLine[key] = Int32(truncatingIfNeeded: entry.line) }
            chunk.append(entry)
          }
        }
      }
      try body(chunk)
      release(index.range(ofLine: lower).lowerBound..<index.range(ofLine: upper - 1).upperBound)
      lower = upper
    }
    return diagnostics
  }

  private static func decode(
    _ lines: Range<Int>, _ index: LineIndex, _ decoder: QueueLineDecoder, threads: Int
  ) -> [QueueLineDecoder.Outcome] {
    let workers = max(1, min(threads, lines.count / 512 + 1))
    let per = (lines.count + workers - 1) / workers
    let partials = ParallelSlots<[QueueLineDecoder.Outcome]>(count: workers, empty: [])
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let start = lines.lowerBound + worker * per
      let end = min(lines.upperBound, start + per)
      var outcomes: [QueueLineDecoder.Outcome] = []
      if start < end {
        outcomes.reserveCapacity(end - start)
        for i in start..<end {
          outcomes.append(decoder.decode(index.range(ofLine: i), line: i + 1))
        }
      }
      partials.set(worker, outcomes)
    }
    return partials.take().flatMap { $0 }
  }

  private static func idKey(_ id: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return hash
  }
}
