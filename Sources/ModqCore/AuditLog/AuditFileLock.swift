import Foundation

/// The exclusive lock beside a log (`<log>.lock`): `flock(LOCK_EX)` between processes plus a
/// mutex between threads of this process. Each lock file is opened once per process and never
/// closed, so no other code path can drop the lock by closing a descriptor.
final class AuditFileLock: @unchecked Sendable {
  private static let registryLock = NSLock()
  nonisolated(unsafe) private static var registry: [String: AuditFileLock] = [:]

  let path: String
  private let fd: Int32
  private let mutex = NSLock()

  private init(path: String, fd: Int32) {
    self.path = path
    self.fd = fd
  }

  /// The process-wide lock object for `path`.
  static func forPath(_ path: String) throws -> AuditFileLock {
    registryLock.lock()
    defer { registryLock.unlock() }
    if let existing = registry[path] { return existing }
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw AuditError.io(operation: "open lock file", path: path, errno: errno)
    }
    let lock = AuditFileLock(path: path, fd: fd)
    registry[path] = lock
    return lock
  }

  /// Runs `body` holding the lock (taken through `io`, so tests can make it fail).
  func withLock<R>(io: AuditIO = PosixAuditIO(), _ body: () throws -> R) throws -> R {
    mutex.lock()
    defer { mutex.unlock() }
    try io.lock(fd, LOCK_EX, path: path)
    defer { flock(fd, LOCK_UN) }
    return try body()
  }
}
