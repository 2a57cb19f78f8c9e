import ModqCore

/// `modq screen`'s pipeline with memory flat in queue size. The queue file is read once, in
/// chunks: each valid entry is screened (without the queue-wide findings, which need the
/// whole queue), its result spilled (`ResultSpill`, in a temporary file), its id hash and place
/// recorded (`QueueRowRecords`) and, when the policy has a queue-wide criterion such as
/// duplicates, its fingerprint kept (in a temporary file but for the last 4,096). Then the
/// repeated ids are found by merging the sorted runs of records (`repeatedIDs`) and taken out
/// of the queue-wide criteria, the groups are formed, and the spilled results are read back in
/// queue order: the repeats are skipped, and a review in a group gets its queue-wide finding
/// (its line is read again for it). No review is kept after its chunk; rows are numbered among
/// the valid entries, repeats included.
public struct StreamingScreen {
  public let file: QueueFile
  public let engine: ScreeningEngine
  public let threads: Int
  /// Lines decoded at a time.
  var chunkSize = 4096
  /// Makes the records of pass 1 (tests give small runs or failing stores).
  var makeRecords: () -> QueueRowRecords = { QueueRowRecords.spilling() }
  /// Makes the screener (tests give small fingerprint blocks or failing stores).
  var makeScreener: (ScreeningEngine) -> QueueScreener = { QueueScreener.spilling(engine: $0) }
  /// Makes the spill of pass 1's results (tests give failing stores).
  var makeResults: () -> ResultSpill = { ResultSpill.spilling() }

  public init(file: QueueFile, engine: ScreeningEngine, threads: Int) {
    self.file = file
    self.engine = engine
    self.threads = threads
  }

  /// Screens the queue, handing the results to `emit` chunk by chunk in queue order; returns
  /// the diagnostics (malformed lines, repeated ids, in line order). `progress` gets (done,
  /// total): the bytes of the queue read and screened (`file.byteCount` of `total`), then the
  /// results given out (the last ninth of `total`, as reading them back takes about that
  /// share of the time), so a progress bar moves at an even pace.
  /// Fingerprints, records and results spill to unlinked temporary files; `spillFailure`
  /// hears, once per file, why what it holds stayed in memory instead (the file could not be
  /// created or written: results are the same). Throws before any result when the records or
  /// fingerprints cannot be read back, and after the results before it when a spilled chunk of
  /// results cannot.
  public func run(
    progress: (Int, Int) -> Void,
    spillFailure: (SpillError) -> Void = { _ in },
    _ emit: ([ScreeningResult]) -> Void
  ) throws(SpillError) -> [QueueDiagnostic] {
    let screener = makeScreener(engine)
    let results = makeResults()
    let codec = ResultCodec(engine: engine)
    let size = file.byteCount
    let (malformed, repeats, members, rows) = try firstPass(
      screener, results, codec, progress: progress, spillFailure)
    let tail = Self.progressTail(size)
    var row = 0
    var skip = 0
    var chunk: [ScreeningResult] = []
    try results.forEachChunk { bytes, count in
      chunk.removeAll(keepingCapacity: true)
      var offset = 0
      for _ in 0..<count {
        defer { row += 1 }
        let result = codec.decode(bytes, at: &offset)
        while skip < repeats.rows.count && repeats.rows[skip] < row { skip += 1 }
        if skip < repeats.rows.count && repeats.rows[skip] == row { continue }
        // A group member's line is read again for its finding's span (it cannot fail on a
        // file that pass 1 decoded, unless the file changed since).
        guard let place = members[row],
          let entry = file.entry(lineStart: place.offset, line: place.line)
        else {
          chunk.append(result)
          continue
        }
        chunk.append(screener.withQueueFindings(result, review: entry.review, at: row, codec: codec))
      }
      emit(chunk)
      progress(size + (rows == 0 ? tail : tail * row / rows), size + tail)
    }
    return Self.merged(malformed, repeats.diagnostics)
  }

  /// Pass 1: screens and records every valid entry (and fingerprints it when the policy has a
  /// queue-wide criterion), then resolves; the records are freed on return. Gives the
  /// malformed lines' diagnostics, the repeated ids, where the lines of the reviews in a
  /// queue-wide group start (by row), and the number of rows.
  private func firstPass(
    _ screener: QueueScreener, _ results: ResultSpill, _ codec: ResultCodec,
    progress: (Int, Int) -> Void, _ spillFailure: (SpillError) -> Void
  ) throws(SpillError) -> (
    [QueueDiagnostic], RepeatedIDs, [Int: QueueRowRecords.Location], Int
  ) {
    let records = makeRecords()
    let total = file.byteCount + Self.progressTail(file.byteCount)
    var bytes: [UInt8] = []
    let malformed = file.forEachRow(size: chunkSize, threads: threads, recording: records) {
      entries, _, end in
      let screened = screener.screenAndFingerprint(entries.map(\.review), threads: threads)
      bytes.removeAll(keepingCapacity: true)
      for result in screened { codec.encode(result, into: &bytes) }
      results.append(bytes, results: screened.count)
      progress(end, total)
    }
    if let failure = records.spillFailure { spillFailure(failure) }
    let early = screener.spillFailure
    if let early { spillFailure(early) }
    if let failure = results.failure { spillFailure(failure) }
    let (repeats, members) = try resolve(screener, records) {
      if early == nil { spillFailure($0) }
    }
    return (malformed, repeats, members, records.count)
  }

  /// Finds the repeated ids, and when the policy has a queue-wide criterion, takes them out,
  /// groups the rest, gives the screener the ids of the groups' members and gives where their
  /// lines start. `lateFailure` hears why the key sorts of the grouping stayed in memory, if
  /// they did.
  private func resolve(
    _ screener: QueueScreener, _ records: QueueRowRecords,
    lateFailure: (SpillError) -> Void
  ) throws(SpillError) -> (RepeatedIDs, [Int: QueueRowRecords.Location]) {
    let repeats = try file.repeatedIDs(in: records)
    guard screener.needsFingerprintPass else { return (repeats, [:]) }
    screener.exclude(repeats.rows)
    // Members ascending: their records and lines are read back in file order.
    let members = try screener.resolve()
    if let failure = screener.spillFailure { lateFailure(failure) }
    let found = try file.idsAndLocations(ofRows: members, in: records)
    screener.setIDs(found.mapValues(\.id))
    screener.releaseFingerprints()
    return (repeats, found.mapValues(\.location))
  }

  /// The share of the progress total after the queue's `size` bytes: reading the results
  /// back.
  static func progressTail(_ size: Int) -> Int { size / 8 }

  /// Two lists of diagnostics, each in line order, as one in line order.
  static func merged(_ a: [QueueDiagnostic], _ b: [QueueDiagnostic]) -> [QueueDiagnostic] {
    var result: [QueueDiagnostic] = []
    result.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i].line <= b[j].line) {
        result.append(a[i])
        i += 1
      } else {
        result.append(b[j])
        j += 1
      }
    }
    return result
  }
}
