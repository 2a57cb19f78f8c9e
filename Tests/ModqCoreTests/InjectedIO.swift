import Foundation

@testable import ModqCore

/// An `AuditIO` that counts every system call the audit-log writer makes and fails the N-th
/// call of the kinds a `Mode` targets, the way the OS would: disk full, file-size limit (a
/// short write, then EFBIG), read-only filesystem, I/O error on write or sync, lock or stat
/// failure. Conditions that persist on a real system (a full disk, a size limit, a read-only
/// mount) keep failing after the first hit; EIO fails once.
final class InjectedIO: AuditIO, @unchecked Sendable {
  enum Point: String, CaseIterable, Sendable { case open, write, dataSync, fullSync, lock, size }

  enum Mode: String, CaseIterable, Sendable {
    case enospc, efbig, erofs, writeEIO, syncEIO, lockFails, statFails

    var points: Set<Point> {
      switch self {
      case .enospc, .efbig, .writeEIO: [.write]
      case .erofs: [.open, .write]
      case .syncEIO: [.dataSync, .fullSync]
      case .lockFails: [.lock]
      case .statFails: [.size]
      }
    }

    var code: Int32 {
      switch self {
      case .enospc: ENOSPC
      case .efbig: EFBIG
      case .erofs: EROFS
      case .writeEIO, .syncEIO, .statFails: EIO
      case .lockFails: ENOLCK
      }
    }

    /// Whether the condition stays after the first failure (a full disk stays full).
    var persists: Bool { self == .enospc || self == .efbig || self == .erofs }
  }

  private let mutex = NSLock()
  private let real = PosixAuditIO()
  let mode: Mode?
  let failAt: Int
  private var seen = 0
  private(set) var counts: [Point: Int] = [:]
  /// The call that failed first, if any.
  private(set) var fired: Point?

  /// Fails the `failAt`-th call among `mode.points` (1-based); `mode: nil` only counts.
  init(_ mode: Mode?, failAt: Int = 1) {
    self.mode = mode
    self.failAt = failAt
  }

  /// Counts the call; returns the errno to fail with, if this call fails.
  private func hit(_ point: Point, eligible: Bool = true) -> Int32? {
    mutex.lock()
    defer { mutex.unlock() }
    guard eligible else { return nil }
    counts[point, default: 0] += 1
    guard let mode, mode.points.contains(point) else { return nil }
    seen += 1
    if seen == failAt {
      fired = point
      return mode.code
    }
    return seen > failAt && mode.persists ? mode.code : nil
  }

  /// Total calls among the points `mode` targets (from a counting run).
  func total(for mode: Mode) -> Int { mode.points.reduce(0) { $0 + (counts[$1] ?? 0) } }

  func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32 {
    // Only opens for writing count: a read-only filesystem still lets directories open.
    if let code = hit(.open, eligible: flags & (O_WRONLY | O_RDWR) != 0) {
      throw AuditError.io(operation: "open", path: path, errno: code)
    }
    return try real.open(path, flags: flags, mode: mode)
  }

  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int {
    guard let code = hit(.write) else { return try real.write(fd, bytes, path: path) }
    if code == EFBIG, fired == .write, bytes.count > 1, seen == failAt {
      // RLIMIT_FSIZE: the bytes up to the limit are written, the next write gets EFBIG.
      let half = UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count / 2)])
      return try real.write(fd, half, path: path)
    }
    throw AuditError.io(operation: "write", path: path, errno: code)
  }

  func dataSync(_ fd: Int32, path: String) throws {
    if let code = hit(.dataSync) {
      throw AuditError.io(operation: "fdatasync", path: path, errno: code)
    }
    try real.dataSync(fd, path: path)
  }

  func fullSync(_ fd: Int32, path: String) throws {
    if let code = hit(.fullSync) {
      throw AuditError.io(operation: "fsync", path: path, errno: code)
    }
    try real.fullSync(fd, path: path)
  }

  func lock(_ fd: Int32, _ operation: Int32, path: String) throws {
    if let code = hit(.lock) { throw AuditError.io(operation: "flock", path: path, errno: code) }
    try real.lock(fd, operation, path: path)
  }

  func size(_ fd: Int32, path: String) throws -> Int {
    if let code = hit(.size) { throw AuditError.io(operation: "fstat", path: path, errno: code) }
    return try real.size(fd, path: path)
  }
}
