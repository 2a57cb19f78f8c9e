import Crypto
import Foundation

extension AuditLog {
  /// Under the lock: verifies and folds whatever was appended since we last looked, checks
  /// that the line we last saw is still there, and recovers a torn final line.
  func catchUp(allowRecovery: Bool = true) throws {
    let size = try fileSize()
    if size < knownSize { throw AuditError.shrunk(path: path, expected: knownSize, found: size) }
    if size == knownSize {
      try checkTailUnchanged()
      return
    }
    let start = knownSize
    let bytes = try read(from: start, count: size - start)
    let failure = Self.verifyAndFold(bytes, at: start, checker: &checker, into: &foldedState)
    let consumed = (failure?.kind == .tornTail ? failure?.offset : nil) ?? size
    if let line = Self.lastCompleteLine(bytes, end: consumed - start) { lastLine = line }
    knownSize = consumed
    guard let failure else { return }
    let tail = Array(bytes[(failure.offset - start)...])
    guard allowRecovery, failure.kind == .tornTail || isInterruptedRecovery(failure, tail) else {
      throw AuditError.damaged(path: path, failure: failure)
    }
    try recover(fragment: tail, offset: failure.offset)
    if failure.kind != .tornTail {
      // The checker already counted the bad line: read the repaired file afresh.
      checker = AuditChainChecker(hasher: hasher)
      foldedState = AuditState()
      knownSize = 0
      lastLine = []
    }
    try catchUp(allowRecovery: false)
  }

  /// After a failed append: the chain and state again as of the last acknowledged byte
  /// (`knownSize`), re-read from the file, so `state` never shows an event nobody was told
  /// was recorded. The file may hold part or all of the failed bytes; they are not read here
  /// (the handle is poisoned, and reopening verifies and recovers them). If the file cannot
  /// be read, the state is left as it was; the poisoned handle still refuses appends.
  func rollBackToDurable() {
    let durable = knownSize
    guard let bytes = try? read(from: 0, count: durable), bytes.count == durable else { return }
    var fresh = AuditChainChecker(hasher: hasher)
    var state = AuditState()
    guard Self.verifyAndFold(bytes, at: 0, checker: &fresh, into: &state) == nil else { return }
    checker = fresh
    foldedState = state
  }

  /// Verifies `bytes`, read from file offset `start`, as the continuation of `checker`'s
  /// chain, folds every verified event into `state` and sets its head. Returns the first
  /// failure (the events before it are folded).
  static func verifyAndFold(
    _ bytes: [UInt8], at start: Int, checker: inout AuditChainChecker,
    into state: inout AuditState
  ) -> AuditFailure? {
    let failure = bytes.withUnsafeBytes { p -> AuditFailure? in
      state.reserve(events: AuditVerifier.estimatedEvents(p))
      var batch = AuditFoldBatch()
      let failure = checker.check(
        p, base: start, record: { batch.add($0, p, into: &state) },
        visit: { p, s, e, parser, seq in
          batch.add(p, s, e, parser, seq: seq, offset: start + s, into: &state)
        })
      batch.flush(p, into: &state)
      return failure
    }
    state.head = checker.headString
    return failure
  }

  /// Whether `tail` (from a bad line to the end of the file) is what an interrupted recovery
  /// leaves: the torn fragment we already quarantined, completed by our `\n`, then at most a
  /// few lines of a partly written `recovery` event. Anything else is damage.
  private func isInterruptedRecovery(_ failure: AuditFailure, _ tail: [UInt8]) -> Bool {
    guard tail.count(where: { $0 == 10 }) <= AuditChainChecker.maxFragmentLines,
      let saved = FileManager.default.contents(atPath: path + ".torn-\(failure.offset)"),
      !saved.isEmpty, saved.count <= tail.count
    else { return false }
    return tail.starts(with: saved)
  }

  /// Quarantines a torn final fragment and appends `\n` plus a `recovery` event naming it.
  /// A fragment that is a complete, valid next event lacking only its newline is completed
  /// instead (it was never acknowledged, but it is intact, and its id makes retries safe).
  /// After an interrupted recovery the fragment spans lines (and may end with a newline).
  private func recover(fragment whole: [UInt8], offset: Int) throws {
    let endsLine = whole.last == 10
    let fragment = endsLine ? Array(whole.dropLast()) : whole
    var probe = checker
    let intact = (fragment + [10]).withUnsafeBytes { p in
      probe.check(p, base: offset) { _, _, _, _, _ in } == nil
    }
    if intact {
      if !endsLine { try writeAndSync([10]) }
      return
    }
    let quarantine = path + ".torn-\(offset)"
    let qfd = try io.open(quarantine, flags: O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode: 0o644)
    do {
      try io.writeAll(qfd, fragment, path: quarantine)
      try io.fullSync(qfd, path: quarantine)
      close(qfd)
    } catch {
      close(qfd)
      throw error
    }
    try io.syncDirectory(of: quarantine)
    let digest = SHA256.hash(data: fragment)
    let members = [
      AuditMember("offset", .int(offset)), AuditMember("length", .int(fragment.count)),
      AuditMember("sha256", .string(Hex.string(digest))),
      AuditMember("quarantine", .string((quarantine as NSString).lastPathComponent)),
    ]
    let line = AuditJSONWriter.line(
      seq: checker.lastSeq + 1, ts: clock(), moderator: recoveryModerator,
      type: .recovery, prev: checker.headString, id: AuditDraft.newID(), members: members,
      hasher: hasher)
    try writeAndSync((endsLine ? [] : [10]) + line.bytes)
    recordRecovery(quarantine)
  }

  /// Verifies that the last line we saw is still byte-for-byte in place.
  private func checkTailUnchanged() throws {
    guard !lastLine.isEmpty else { return }
    let start = knownSize - lastLine.count - 1
    let tail = try read(from: start, count: lastLine.count + 1)
    guard tail.dropLast() == lastLine[...], tail.last == 10 else {
      let failure = AuditFailure(
        line: checker.lineNumber, seq: checker.lastSeq, offset: start, kind: .edited,
        detail: "the last line changed after it was written")
      throw AuditError.damaged(path: path, failure: failure)
    }
  }

  /// The bytes of the line at `offset`, without its newline.
  func readLine(at offset: Int) throws -> [UInt8] {
    var out: [UInt8] = []
    var at = offset
    while true {
      let chunk = try read(from: at, count: 4096)
      if let lf = chunk.firstIndex(of: 10) {
        out.append(contentsOf: chunk[..<lf])
        return out
      }
      out.append(contentsOf: chunk)
      if chunk.count < 4096 { return out }
      at += chunk.count
    }
  }

  func fileSize() throws -> Int { try io.size(fd, path: path) }

  /// Up to `count` bytes from `offset` (fewer at end of file).
  func read(from offset: Int, count: Int) throws -> [UInt8] {
    var out = [UInt8](repeating: 0, count: count)
    var done = 0
    try out.withUnsafeMutableBytes { raw in
      while done < count {
        let n = pread(fd, raw.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
        if n == 0 { break }
        if n < 0 {
          if errno == EINTR { continue }
          throw AuditError.io(operation: "read", path: path, errno: errno)
        }
        done += n
      }
    }
    out.removeLast(count - done)
    return out
  }

  static func lastCompleteLine(_ bytes: [UInt8], end: Int) -> [UInt8]? {
    guard end > 0, bytes[end - 1] == 10 else { return nil }
    let start = bytes[..<(end - 1)].lastIndex(of: 10).map { $0 + 1 } ?? 0
    return Array(bytes[start..<(end - 1)])
  }
}
