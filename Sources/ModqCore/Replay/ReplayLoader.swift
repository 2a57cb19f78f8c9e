import Foundation

/// Opens an audit log for replay in steps, so the first screen need not wait for the whole
/// chain: `head(bytes:)` verifies and indexes the lines at the start of the file (from
/// seq 1, so what it returns is verified); `finish(chunkBytes:progress:)` carries on, chunk by
/// chunk, to the end or the first bad line. Each step returns a `ReplayLog` of everything
/// verified so far. One step runs at a time (a lock makes the others wait), so `finish` can
/// run on a background thread while the terminal shows the head.
///
/// Verification is the audit log's own chain checker, run over the file in slices that end
/// at line ends. A failure inside a slice is checked again over the whole rest of the file,
/// so the verdict (where the chain broke and why, fragments named by a recovery event) is
/// exactly that of one pass over the whole file.
public final class ReplayLoader: @unchecked Sendable {
  public let path: String
  let file: MappedFile
  private let lock = NSLock()
  private var checker: AuditChainChecker
  private var index = ReplayIndex()
  /// Bytes checked so far; always at a line start (or the end of the file).
  private var checked = 0
  private var failure: AuditFailure?

  /// Maps the log at `path` (HMAC when `key` is given). Throws only when it cannot be read.
  public init(path: String, key: AuditKey? = nil) throws {
    self.path = path
    do {
      file = try MappedFile(path: path)
    } catch {
      throw AuditError.io(operation: "open", path: path, errno: errno)
    }
    checker = AuditChainChecker(hasher: AuditHasher(key: key))
  }

  /// Size of the log in bytes.
  public var byteCount: Int { file.bytes.count }

  /// Verifies and indexes at least the first `bytes` of the file (whole lines), unless
  /// already done; returns the log verified so far.
  public func head(bytes: Int = 2 << 20) -> ReplayLog {
    lock.withLock {
      if failure == nil, checked < byteCount { step(to: bytes) }
      return snapshot()
    }
  }

  /// Verifies and indexes the rest of the file in slices of about `chunkBytes`, calling
  /// `progress(bytesChecked, eventsVerified)` after each; returns the complete log.
  public func finish(
    chunkBytes: Int = 8 << 20, progress: (Int, Int) -> Void = { _, _ in }
  ) -> ReplayLog {
    lock.withLock {
      while failure == nil, checked < byteCount {
        let (limit, overflow) = checked.addingReportingOverflow(max(1, chunkBytes))
        step(to: overflow ? Int.max : limit)
        progress(checked, index.count)
      }
      return snapshot()
    }
  }

  private func snapshot() -> ReplayLog {
    ReplayLog(
      path: path, file: file,
      verification: AuditVerification(
        count: index.count, head: checker.headString, recoveries: checker.recoveries,
        failure: failure),
      index: index, checkedBytes: failure == nil ? checked : byteCount)
  }

  /// Checks the lines from `checked` up to the first line end at or after `limit`.
  private func step(to limit: Int) {
    let all = UnsafeRawBufferPointer(file.bytes)
    let n = all.count
    var cut = n
    if limit < n, let lf = AuditChainChecker.newline(all, limit, n) { cut = lf + 1 }
    let start = checked
    let saved = checker
    var found = check(UnsafeRawBufferPointer(rebasing: all[start..<cut]), base: start)
    if found != nil, cut < n {
      // The slice hid the next line from the checker (it looks ahead for a recovery event
      // and to tell a reordered line from a missing one): check again up to the end.
      checker = saved
      found = check(UnsafeRawBufferPointer(rebasing: all[start..<n]), base: start)
      cut = n
    }
    failure = found
    checked = cut
  }

  /// Runs the checker over `p` (file offset `base`), indexing events not indexed yet.
  private func check(_ p: UnsafeRawBufferPointer, base: Int) -> AuditFailure? {
    var index = self.index
    self.index = ReplayIndex()
    defer { self.index = index }
    return checker.check(p, base: base) { p, s, e, parser, seq in
      if seq > index.count { index.add(p, s, e, parser, offset: base + s) }
    }
  }
}
