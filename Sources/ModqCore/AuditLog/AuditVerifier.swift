import Foundation

/// Read-only verification (and folding) of a whole audit log. Never modifies the file.
public enum AuditVerifier {
  /// Verifies the log at `path`: `ok N <head>` or the first bad line and why.
  public static func verify(path: String, key: AuditKey? = nil) throws -> AuditVerification {
    try verifyAndFold(path: path, key: key).verification
  }

  /// Verifies and folds in one pass. The state covers the events before any failure.
  /// `indexIDs: false` skips the event-id index (faster; `seq(forID:)` then returns nil).
  public static func verifyAndFold(
    path: String, key: AuditKey? = nil, indexIDs: Bool = true
  ) throws -> (verification: AuditVerification, state: AuditState) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw AuditError.io(operation: "open", path: path, errno: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw AuditError.io(operation: "fstat", path: path, errno: errno)
    }
    let size = Int(info.st_size)
    guard size > 0 else {
      let empty = UnsafeRawBufferPointer(start: nil, count: 0)
      return verifyAndFold(bytes: empty, key: key, indexIDs: indexIDs)
    }
    guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else {
      throw AuditError.io(operation: "mmap", path: path, errno: errno)
    }
    defer { munmap(map, size) }
    madvise(map, size, MADV_SEQUENTIAL)
    let bytes = UnsafeRawBufferPointer(start: map, count: size)
    return verifyAndFold(bytes: bytes, key: key, indexIDs: indexIDs)
  }

  /// Verifies and folds log bytes held in memory.
  public static func verifyAndFold(
    bytes: UnsafeRawBufferPointer, key: AuditKey? = nil, indexIDs: Bool = true
  ) -> (verification: AuditVerification, state: AuditState) {
    var checker = AuditChainChecker(hasher: AuditHasher(key: key))
    var state = AuditState(indexesIDs: indexIDs)
    state.reserve(events: estimatedEvents(bytes))
    var batch = AuditFoldBatch()
    let failure = checker.check(
      bytes, base: 0, record: { batch.add($0, bytes, into: &state) },
      visit: { p, s, e, parser, seq in
        batch.add(p, s, e, parser, seq: seq, offset: s, into: &state)
      })
    batch.flush(bytes, into: &state)
    state.head = checker.headString
    let verification = AuditVerification(
      count: state.eventCount, head: checker.headString, recoveries: checker.recoveries,
      failure: failure)
    return (verification, state)
  }

  /// About how many lines `bytes` holds, from the longer of its first two lines (the first
  /// event's `prev` is empty; never more than one per 64 bytes), so the fold's arrays and
  /// tables are sized once and not twice as large as needed.
  static func estimatedEvents(_ bytes: UnsafeRawBufferPointer) -> Int {
    guard bytes.count > 0 else { return 0 }
    let window = min(bytes.count, 1 << 16)
    let first = AuditChainChecker.newline(bytes, 0, window) ?? bytes.count
    var length = first + 1
    if first + 1 < window, let second = AuditChainChecker.newline(bytes, first + 1, window) {
      length = max(length, second - first)
    }
    return bytes.count / max(length, 64) + 1
  }

  /// Every event of a verified log, decoded (for replay; builds Strings).
  public static func events(path: String, key: AuditKey? = nil) throws -> [AuditEvent] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw AuditError.io(operation: "read", path: path, errno: errno)
    }
    let bytes = [UInt8](data)
    let result = bytes.withUnsafeBytes { verifyAndFold(bytes: $0, key: key) }
    if let failure = result.verification.failure {
      throw AuditError.damaged(path: path, failure: failure)
    }
    var events: [AuditEvent] = []
    for seq in 1...max(1, result.state.eventCount) where result.state.eventCount > 0 {
      guard let start = result.state.offset(ofSeq: seq) else { continue }
      let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
      if let event = AuditLineDecoder.event(from: Array(bytes[start..<end])) {
        events.append(event)
      }
    }
    return events
  }
}
