import Foundation

/// The system calls of the audit log's writer (open, write, sync, lock, size), behind a
/// protocol so tests can inject failures (short writes, ENOSPC, EFBIG, EROFS, EIO on sync).
/// `open`, `lock` and `size` have default implementations that call the OS; reading stays
/// direct.
public protocol AuditIO: Sendable {
  /// `open(2)` for the log, a quarantine file or a directory; returns the descriptor.
  func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32
  /// `flock(2)` on the lock file (`LOCK_EX`), retrying on EINTR. Unlocking stays direct.
  func lock(_ fd: Int32, _ operation: Int32, path: String) throws
  /// `fstat(2)`: the size of the open file in bytes.
  func size(_ fd: Int32, path: String) throws -> Int
  /// Writes some prefix of `bytes` to `fd`; returns how many bytes were written (may be
  /// fewer than asked). Throws `AuditError.io` on failure.
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int
  /// `fdatasync`: the log's appended bytes are durable when this returns.
  func dataSync(_ fd: Int32, path: String) throws
  /// `fsync`: for new files (quarantine) and directories.
  func fullSync(_ fd: Int32, path: String) throws
}

/// The real thing: POSIX `write`, `fdatasync`, `fsync`.
public struct PosixAuditIO: AuditIO {
  public init() {}

  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int {
    while true {
      let n = Foundation.write(fd, bytes.baseAddress, bytes.count)
      if n >= 0 { return n }
      if errno != EINTR { throw AuditError.io(operation: "write", path: path, errno: errno) }
    }
  }

  public func dataSync(_ fd: Int32, path: String) throws {
    if fdatasync(fd) != 0 { throw AuditError.io(operation: "fdatasync", path: path, errno: errno) }
  }

  public func fullSync(_ fd: Int32, path: String) throws {
    if fsync(fd) != 0 { throw AuditError.io(operation: "fsync", path: path, errno: errno) }
  }
}

extension AuditIO {
  public func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32 {
    let fd = Foundation.open(path, flags, mode)
    guard fd >= 0 else {
      let operation = flags & O_DIRECTORY != 0 ? "open directory" : "open"
      throw AuditError.io(operation: operation, path: path, errno: errno)
    }
    return fd
  }

  public func lock(_ fd: Int32, _ operation: Int32, path: String) throws {
    while flock(fd, operation) != 0 {
      if errno != EINTR { throw AuditError.io(operation: "flock", path: path, errno: errno) }
    }
  }

  public func size(_ fd: Int32, path: String) throws -> Int {
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw AuditError.io(operation: "fstat", path: path, errno: errno)
    }
    return Int(info.st_size)
  }

  /// Writes all of `bytes`, looping on short writes. A write that makes no progress throws.
  func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
    try bytes.withUnsafeBytes { raw in
      var done = 0
      while done < raw.count {
        let n = try write(fd, UnsafeRawBufferPointer(rebasing: raw[done...]), path: path)
        if n <= 0 { throw AuditError.io(operation: "write", path: path, errno: EIO) }
        done += n
      }
    }
  }

  /// fsyncs the directory holding `path` (after creating a file in it).
  func syncDirectory(of path: String) throws {
    let dir = (path as NSString).deletingLastPathComponent
    let dirPath = dir.isEmpty ? "." : dir
    let fd = try open(dirPath, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC, mode: 0)
    defer { close(fd) }
    try fullSync(fd, path: dirPath)
  }
}
