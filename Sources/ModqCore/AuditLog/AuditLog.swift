import Foundation

/// The append side of a hash-chained audit log (formats.md, docs/audit-log.md).
///
/// Opening verifies the whole file, recovers a torn final line (quarantine + `recovery`
/// event) and refuses damage anywhere else. Each append takes `<log>.lock`, catches up with
/// lines other processes wrote, writes complete lines with `O_APPEND`, `fdatasync`s, and only
/// then returns. After a failed write or sync the object refuses appends until reopened.
/// Thread-safe; one object per log per process is enough.
public final class AuditLog: @unchecked Sendable {
  public let path: String
  let hasher: AuditHasher
  let io: AuditIO
  let recoveryModerator: String
  /// The `ts` of each new event (RFC 3339 UTC, milliseconds).
  let clock: @Sendable () -> String
  let fd: Int32
  private let fileLock: AuditFileLock
  var checker: AuditChainChecker
  var foldedState = AuditState()
  /// File size up to which every byte is verified and folded.
  var knownSize = 0
  /// The bytes of the last complete line (to notice an in-place edit of the tail).
  var lastLine: [UInt8] = []
  var poisonCause: String?
  /// How many torn fragments this object quarantined (for callers' messages).
  public internal(set) var recoveredFragments: [String] = []

  /// Opens (creating if needed) the log at `path`; `moderator` is recorded on any
  /// `recovery` event written while opening. `clock` gives each new event's `ts` (default:
  /// the current time; tests fix it to compare logs byte for byte).
  public init(
    path: String, key: AuditKey? = nil, io: AuditIO = PosixAuditIO(),
    moderator: String = "modq", clock: (@Sendable () -> String)? = nil
  ) throws {
    self.path = path
    self.clock = clock ?? { AuditClock.now() }
    self.hasher = AuditHasher(key: key)
    self.io = io
    self.recoveryModerator = moderator
    self.checker = AuditChainChecker(hasher: hasher)
    self.fileLock = try AuditFileLock.forPath(path + ".lock")
    let existed = FileManager.default.fileExists(atPath: path)
    let fd = try io.open(path, flags: O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, mode: 0o644)
    self.fd = fd
    // Every stored property is set by now, so if this throws, `deinit` runs and closes `fd`.
    // (Closing it here as well was a double close: in a multi-threaded process the second
    // close could hit a descriptor another thread had just been given; the fault sweep saw
    // EBADF on a concurrent test's log.)
    if !existed { try io.syncDirectory(of: path) }
    try fileLock.withLock(io: io) { try catchUp() }
  }

  deinit { close(fd) }

  /// The folded state as of the last append or catch-up: acknowledged events only (after a
  /// failed write or sync the drafts of that append are not in it).
  public var state: AuditState {
    (try? fileLock.withLock(io: io) { foldedState }) ?? foldedState
  }

  /// Re-reads lines other processes appended and returns the up-to-date state.
  public func refresh() throws -> AuditState {
    try fileLock.withLock(io: io) {
      try catchUp()
      return foldedState
    }
  }

  /// Appends one event and returns it once it is durable. If `draft.id` is already in the
  /// log, returns the existing event and writes nothing. `check` runs under the lock against
  /// the current state; if it throws, nothing is written and the error is rethrown.
  public func append(
    _ draft: AuditDraft, check: ((AuditState, AuditDraft) throws -> Void)? = nil
  ) throws -> AuditEvent {
    var refusal: Error?
    let results = try appendBatch([draft]) { state, d in
      do { try check?(state, d) } catch {
        refusal = error
        throw error
      }
    }
    if let refusal { throw refusal }
    guard let event = results.first?.event else { throw AuditError.refused("not recorded") }
    return event
  }

  /// Group commit: writes every accepted draft, then one `fdatasync`; each is acknowledged
  /// only after that sync. Results are in draft order.
  public func appendBatch(
    _ drafts: [AuditDraft], check: ((AuditState, AuditDraft) throws -> Void)? = nil
  ) throws -> [AuditAppendResult] {
    try fileLock.withLock(io: io) {
      if let poisonCause { throw AuditError.poisoned(path: path, cause: poisonCause) }
      try checkIdentity()
      try catchUp()
      var results: [AuditAppendResult] = []
      var pending: [UInt8] = []
      var lastWritten: [UInt8] = []
      for draft in drafts {
        if let seq = foldedState.seq(forID: draft.id) {
          results.append(.duplicate(try existingEvent(seq: seq, unwritten: pending)))
          continue
        }
        do { try check?(foldedState, draft) } catch {
          results.append(.refused(String(describing: error)))
          continue
        }
        let seq = checker.lastSeq + 1
        let ts = clock()
        let prev = checker.headString
        let line = AuditJSONWriter.line(
          seq: seq, ts: ts, moderator: draft.moderator, type: draft.type, prev: prev,
          id: draft.id, members: draft.members, hasher: hasher)
        absorb(line.bytes, at: knownSize + pending.count)
        pending.append(contentsOf: line.bytes)
        lastWritten = line.bytes
        results.append(
          .recorded(
            AuditEvent(
              seq: seq, ts: ts, moderator: draft.moderator, type: draft.type, prev: prev,
              id: draft.id, members: draft.members, hash: line.hash)))
      }
      guard !pending.isEmpty else {
        // A retried id found in the file (say, written before a failed fdatasync) is only
        // acknowledged once the file is synced again: its line may still be only in the cache.
        if results.contains(where: \.isDuplicate) { try syncOnly() }
        return results
      }
      do {
        try durablyAppend(pending)
      } catch {
        // The drafts were folded to chain them; none is acknowledged, so take them back out.
        rollBackToDurable()
        throw error
      }
      lastLine = Array(lastWritten.dropLast())
      return results
    }
  }

  /// Writes `bytes` and syncs; poisons the handle on any failure.
  func durablyAppend(_ bytes: [UInt8]) throws {
    try writeAndSync(bytes)
    knownSize += bytes.count
  }

  func recordRecovery(_ quarantine: String) { recoveredFragments.append(quarantine) }

  /// Syncs the file without writing; a failure poisons the handle and is rethrown.
  func syncOnly() throws {
    do { try io.dataSync(fd, path: path) } catch {
      poisonCause = "sync failed: \(error)"
      throw error
    }
  }

  /// Writes and syncs `bytes`; any failure poisons the handle and is rethrown.
  func writeAndSync(_ bytes: [UInt8]) throws {
    do {
      try io.writeAll(fd, bytes, path: path)
    } catch {
      poisonCause = "write failed: \(error)"
      throw error
    }
    do {
      try io.dataSync(fd, path: path)
    } catch {
      poisonCause = "sync failed: \(error)"
      throw error
    }
  }

  /// Verifies and folds our own freshly serialised line (advances chain and state).
  private func absorb(_ line: [UInt8], at offset: Int) {
    line.withUnsafeBytes { p in
      _ = checker.check(
        p, base: offset, record: { foldedState.fold($0, p) },
        visit: { p, s, e, parser, seq in
          foldedState.fold(p, s, e, parser, seq: seq, offset: offset + s)
        })
    }
    foldedState.head = checker.headString
  }

  /// The event at `seq`, from the file or from bytes not yet written.
  private func existingEvent(seq: Int, unwritten: [UInt8]) throws -> AuditEvent {
    guard let offset = foldedState.offset(ofSeq: seq) else {
      throw AuditError.refused("seq \(seq) is not in \(path)")
    }
    let line: [UInt8]
    if offset >= knownSize {
      let start = offset - knownSize
      let end = unwritten[start...].firstIndex(of: 10) ?? unwritten.count
      line = Array(unwritten[start..<end])
    } else {
      line = try readLine(at: offset)
    }
    guard let event = AuditLineDecoder.event(from: line) else {
      throw AuditError.refused("seq \(seq) in \(path) could not be decoded")
    }
    return event
  }
}
