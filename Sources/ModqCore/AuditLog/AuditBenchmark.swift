import Crypto
import Foundation

/// Floors for `modq bench audit`: what the hardware costs before any modq logic runs.
public enum AuditBenchmark {
  /// SHA-256 (or HMAC with `key`) of every line of `path` up to its `,"hash":` member, the
  /// work verify cannot avoid (the file is mapped as verify maps it). Returns the lines
  /// hashed and the bytes hashed.
  public static func hashLines(
    path: String, key: AuditKey? = nil
  ) throws -> (lines: Int, bytes: Int) {
    let file: MappedFile
    do { file = try MappedFile(path: path) } catch {
      throw AuditError.io(operation: "map", path: path, errno: errno)
    }
    let hasher = AuditHasher(key: key)
    return withExtendedLifetime(file) {
      let p = UnsafeRawBufferPointer(file.bytes)
      var lines = 0
      var bytes = 0
      var s = 0
      while let lf = AuditChainChecker.newline(p, s, p.count) {
        // `,"hash":"` + 64 digits + `"}` is 75 bytes.
        let end = max(s, lf - 75)
        hasher.withDigest(of: UnsafeRawBufferPointer(rebasing: p[s..<end])) { _ in }
        bytes += end - s
        lines += 1
        s = lf + 1
      }
      return (lines, bytes)
    }
  }

  /// `count` timed `write` + `fdatasync` pairs of a `lineBytes`-byte line on a fresh file at
  /// `path` (removed afterwards): the sync floor of an append on this file system. Returns
  /// microseconds per pair.
  public static func rawSyncs(path: String, count: Int, lineBytes: Int) throws -> [Double] {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw AuditError.io(operation: "create", path: path, errno: errno) }
    defer {
      close(fd)
      unlink(path)
    }
    var line = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, lineBytes))
    line[line.count - 1] = 10
    var micros: [Double] = []
    for _ in 0..<count {
      let start = DispatchTime.now().uptimeNanoseconds
      try PosixAuditIO().writeAll(fd, line, path: path)
      try PosixAuditIO().dataSync(fd, path: path)
      micros.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }
    return micros
  }
}

/// An `AuditIO` that remembers how long the last `fdatasync` took, so a benchmark can split
/// an append's latency into the sync and everything else.
public final class SyncTimingIO: AuditIO, @unchecked Sendable {
  private let real = PosixAuditIO()
  /// Microseconds spent in the most recent `dataSync`.
  public private(set) var lastSyncMicros = 0.0

  public init() {}

  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int {
    try real.write(fd, bytes, path: path)
  }

  public func dataSync(_ fd: Int32, path: String) throws {
    let start = DispatchTime.now().uptimeNanoseconds
    try real.dataSync(fd, path: path)
    lastSyncMicros = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
  }

  public func fullSync(_ fd: Int32, path: String) throws { try real.fullSync(fd, path: path) }
}
