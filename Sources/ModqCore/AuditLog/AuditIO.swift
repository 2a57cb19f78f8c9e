import Foundation

/// The write and sync points of the audit log, behind a protocol so tests can inject
/// failures (short writes, ENOSPC, EIO on sync). Opening, reading and locking stay direct.
public protocol AuditIO: Sendable {
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
    let fd = open(dirPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else {
      throw AuditError.io(operation: "open directory", path: dirPath, errno: errno)
    }
    defer { close(fd) }
    try fullSync(fd, path: dirPath)
  }
}
