import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension QueueFile {
  /// Visits every valid entry in file order, `size` lines at a time (decoded on up to
  /// `threads` threads), repeated ids included, with its row (0-based number among the valid
  /// entries) and the byte offset the chunk ends at; returns the malformed lines'
  /// diagnostics. Entries whose rows are in `skipping` (ascending; `RepeatedIDs.rows`) are
  /// left out of the chunks (their rows stay counted); `recording` gets every valid entry's
  /// id and place (to find the repeats afterwards). Nothing per entry is kept, and the file's
  /// pages are released once their chunk has been visited. Entries' `lineSHA256` stay empty.
  public func forEachRow(
    size: Int = 4096, threads: Int = 2, skipping: [Int] = [],
    recording records: QueueRowRecords? = nil,
    _ body: (_ entries: [QueueEntry], _ rows: [Int], _ end: Int) throws -> Void
  ) rethrows -> [QueueDiagnostic] {
    var decoder = self.decoder
    decoder.hashesLines = false
    var diagnostics: [QueueDiagnostic] = []
    var row = 0
    var skip = 0
    try forEachDecodedChunk(size: size, threads: threads, decoder) { outcomes, ranges, end in
      var chunk: [QueueEntry] = []
      var rows: [Int] = []
      chunk.reserveCapacity(outcomes.count)
      rows.reserveCapacity(outcomes.count)
      for (k, outcome) in outcomes.enumerated() {
        switch outcome {
        case .blank: continue
        case .malformed(let diagnostic): diagnostics.append(diagnostic)
        case .entry(let entry):
          records?.append(id: entry.review.id, line: entry.line, offset: ranges[k].lowerBound)
          defer { row += 1 }
          while skip < skipping.count && skipping[skip] < row { skip += 1 }
          if skip < skipping.count && skipping[skip] == row { continue }
          chunk.append(entry)
          rows.append(row)
        }
      }
      try body(chunk, rows, end)
    }
    return diagnostics
  }

  /// Decodes the file `size` lines at a time and hands `visit` each chunk's outcomes, their
  /// line ranges and the byte offset the chunk ends at; releases the chunk's pages after.
  private func forEachDecodedChunk(
    size: Int, threads: Int, _ decoder: QueueLineDecoder,
    _ visit: ([QueueLineDecoder.Outcome], [Range<Int>], Int) throws -> Void
  ) rethrows {
    let bytes = file.bytes
    var start = 0
    var number = 0
    while start < bytes.count {
      let chunkStart = start
      var ranges: [Range<Int>] = []
      while ranges.count < max(1, size), start < bytes.count {
        let end = QueueFile.lineEnd(bytes, from: start)
        ranges.append(start..<end)
        start = end + 1
      }
      let outcomes = QueueFile.decode(ranges, firstLine: number + 1, decoder, threads: threads)
      number += ranges.count
      try visit(outcomes, ranges, min(start, bytes.count))
      release(chunkStart..<min(start, bytes.count))
    }
  }

  /// Decodes the line starting at byte `lineStart` as 1-based line `line` (nil when it is
  /// blank, malformed or out of range). Does not check for repeated ids. A mapped file's line
  /// is read with `pread` and the mapping left alone (see `MappedFile.lineCopy(from:)`).
  public func entry(lineStart: Int, line: Int) -> QueueEntry? {
    let bytes = file.bytes
    guard lineStart >= 0, lineStart < bytes.count else { return nil }
    let outcome: QueueLineDecoder.Outcome
    if let copy = file.lineCopy(from: lineStart) {
      outcome = copy.withUnsafeBufferPointer { copied in
        var decoder = QueueLineDecoder(path: path, bytes: copied)
        decoder.startsFile = lineStart == 0
        return decoder.decode(0..<copied.count, line: line)
      }
    } else {
      outcome = decoder.decode(lineStart..<QueueFile.lineEnd(bytes, from: lineStart), line: line)
    }
    if case .entry(let entry) = outcome { return entry }
    return nil
  }

  private static func decode(
    _ ranges: [Range<Int>], firstLine: Int, _ decoder: QueueLineDecoder, threads: Int
  ) -> [QueueLineDecoder.Outcome] {
    let workers = max(1, min(threads, ranges.count / 512 + 1))
    let per = (ranges.count + workers - 1) / workers
    let partials = ParallelSlots<[QueueLineDecoder.Outcome]>(count: workers, empty: [])
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let start = worker * per
      let end = min(ranges.count, start + per)
      var outcomes: [QueueLineDecoder.Outcome] = []
      if start < end {
        outcomes.reserveCapacity(end - start)
        for i in start..<end {
          outcomes.append(decoder.decode(ranges[i], line: firstLine + i))
        }
      }
      partials.set(worker, outcomes)
    }
    return partials.take().flatMap { $0 }
  }
}
