import ModqCore

/// `modq screen`'s pipeline with memory flat in queue size: the queue file is read in chunks,
/// once to record every valid entry's id hash and place (`QueueRowRecords`, in a temporary
/// file but for the last run) and, when the policy has a queue-wide criterion such as
/// duplicates, its fingerprint (in a temporary file but for the last 4,096); then the
/// repeated ids are found by merging the sorted runs of records (`repeatedIDs`), taken out
/// of the queue-wide criteria, and the queue is read again to screen and print, skipping
/// them. No review is kept after its chunk; rows are numbered among the valid entries,
/// repeats included, in both passes.
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

  public init(file: QueueFile, engine: ScreeningEngine, threads: Int) {
    self.file = file
    self.engine = engine
    self.threads = threads
  }

  /// Screens the queue, handing each chunk's results to `emit` in queue order; returns the
  /// diagnostics (malformed lines, repeated ids, in line order). `progress` gets (done,
  /// total) in bytes. Fingerprints and records spill to unlinked temporary files; throws
  /// (before any result) when they cannot be read back. `spillFailure` hears, once per file,
  /// why what it holds stayed in memory instead (the file could not be created or written:
  /// results are the same).
  public func run(
    progress: (Int, Int) -> Void,
    spillFailure: (SpillError) -> Void = { _ in },
    _ emit: ([ScreeningResult]) -> Void
  ) throws(SpillError) -> [QueueDiagnostic] {
    let screener = makeScreener(engine)
    let size = file.byteCount
    let total = size * 2
    let (malformed, repeats) = try firstPass(screener, progress: progress, spillFailure)
    _ = file.forEachRow(size: chunkSize, threads: threads, skipping: repeats.rows) {
      entries, rows, end in
      emit(screener.screen(entries.map(\.review), at: rows, threads: threads))
      progress(size + end, total)
    }
    return Self.merged(malformed, repeats.diagnostics)
  }

  /// Pass 1: records every valid entry (and fingerprints it when the policy has a queue-wide
  /// criterion), then resolves; the records are freed on return. Gives the malformed lines'
  /// diagnostics and the repeated ids.
  private func firstPass(
    _ screener: QueueScreener, progress: (Int, Int) -> Void,
    _ spillFailure: (SpillError) -> Void
  ) throws(SpillError) -> ([QueueDiagnostic], RepeatedIDs) {
    let records = makeRecords()
    let fingerprinting = screener.needsFingerprintPass
    let total = file.byteCount * 2
    let malformed = file.forEachRow(size: chunkSize, threads: threads, recording: records) {
      entries, _, end in
      if fingerprinting { screener.addFingerprints(entries.map(\.review), threads: threads) }
      progress(end, total)
    }
    if let failure = records.spillFailure { spillFailure(failure) }
    let early = screener.spillFailure
    if let early { spillFailure(early) }
    return (malformed, try resolve(screener, records) { if early == nil { spillFailure($0) } })
  }

  /// Finds the repeated ids, and when the policy has a queue-wide criterion, takes them out,
  /// groups the rest and gives the screener the ids of the groups' members. `lateFailure`
  /// hears why the key sorts of the grouping stayed in memory, if they did.
  private func resolve(
    _ screener: QueueScreener, _ records: QueueRowRecords,
    lateFailure: (SpillError) -> Void
  ) throws(SpillError) -> RepeatedIDs {
    let repeats = try file.repeatedIDs(in: records)
    guard screener.needsFingerprintPass else { return repeats }
    screener.exclude(repeats.rows)
    // Members ascending: their records and lines are read back in file order.
    let members = try screener.resolve()
    if let failure = screener.spillFailure { lateFailure(failure) }
    let ids = try file.ids(ofRows: members, in: records)
    screener.setIDs(ids)
    screener.releaseFingerprints()
    return repeats
  }

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
