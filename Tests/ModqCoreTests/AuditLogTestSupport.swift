import Foundation

@testable import ModqCore

/// A fresh temporary directory per test.
func makeTempDir(_ name: String = "audit") throws -> String {
  let dir = NSTemporaryDirectory() + "modq-\(name)-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  return dir
}

func readBytes(_ path: String) -> [UInt8] {
  FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
}

func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
  try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// Line ranges (without newlines) of a log's bytes.
func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
  var out: [Range<Int>] = []
  var start = 0
  for (i, b) in bytes.enumerated() where b == 10 {
    out.append(start..<i)
    start = i + 1
  }
  return out
}

func verifyBytes(_ bytes: [UInt8], key: AuditKey? = nil) -> AuditVerification {
  bytes.withUnsafeBytes { AuditVerifier.verifyAndFold(bytes: $0, key: key).verification }
}

func sampleDecision(_ review: String, _ verdict: Verdict = .publish, id: String? = nil)
  -> AuditDraft
{
  AuditDraft.decision(
    review: review, queue: "q.jsonl", reviewSHA256: String(repeating: "ab", count: 32),
    suggested: AuditSuggestion(verdict: .publish, criteria: []), final: verdict,
    criteria: verdict == .publish ? [] : ["pii.phone"], policy: "p0", note: nil,
    moderator: "ana", id: id ?? AuditDraft.newID())
}

/// Writes a log of `count` decisions and returns its path.
func makeLog(count: Int, in dir: String, key: AuditKey? = nil) throws -> String {
  let path = dir + "/audit.jsonl"
  let log = try AuditLog(path: path, key: key)
  _ = try log.appendBatch(
    (1...count).map { sampleDecision("r-\($0)", $0 % 3 == 0 ? .reject : .publish) })
  return path
}

/// An `AuditIO` that fails on a chosen call.
final class FaultyIO: AuditIO, @unchecked Sendable {
  enum Fault { case none, shortWrite, shortThenENOSPC, enospc, syncEIO }
  private let lock = NSLock()
  private var fault: Fault
  private let real = PosixAuditIO()
  private(set) var writes = 0

  init(_ fault: Fault) { self.fault = fault }

  func set(_ fault: Fault) {
    lock.lock()
    self.fault = fault
    lock.unlock()
  }

  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int {
    lock.lock()
    defer { lock.unlock() }
    writes += 1
    switch fault {
    case .shortWrite where bytes.count > 1:
      fault = .none
      return try real.write(
        fd, UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count / 2)]), path: path)
    case .shortThenENOSPC where bytes.count > 1:
      fault = .enospc
      return try real.write(
        fd, UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count / 2)]), path: path)
    case .enospc:
      throw AuditError.io(operation: "write", path: path, errno: ENOSPC)
    default:
      return try real.write(fd, bytes, path: path)
    }
  }

  func dataSync(_ fd: Int32, path: String) throws {
    lock.lock()
    defer { lock.unlock() }
    if fault == .syncEIO { throw AuditError.io(operation: "fdatasync", path: path, errno: EIO) }
    try real.dataSync(fd, path: path)
  }

  func fullSync(_ fd: Int32, path: String) throws { try real.fullSync(fd, path: path) }
}
