#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a spilling `FingerprintTable` keeps its sealed blocks: positioned writes and reads
/// of whole byte ranges. A protocol so tests can make them fail.
protocol FingerprintSpillStore: AnyObject {
  /// Writes all of `bytes` at `offset`, or throws.
  func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(FingerprintSpillError)
  /// Fills all of `bytes` from `offset`, or throws (a short file is an error).
  func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int)
    throws(FingerprintSpillError)
}

/// A failed create, write or read of a fingerprint spill file.
public struct FingerprintSpillError: Error, Equatable, CustomStringConvertible {
  public let what: String
  public let errno: Int32

  public var description: String {
    "fingerprint spill file: \(what) failed: \(String(cString: strerror(errno)))"
  }
}

/// A temporary file with no name: created with mkstemp in $TMPDIR (else /tmp), marked
/// close-on-exec (an `on_escalate` hook started later does not inherit it) and unlinked at
/// once, so it goes away with the process however it ends; closed in deinit. Read and written
/// with pread/pwrite, never mapped (mapped pages would count as resident).
final class UnlinkedSpillFile: FingerprintSpillStore {
  private let fd: Int32

  init() throws(FingerprintSpillError) {
    var dir = getenv("TMPDIR").map { String(cString: $0) } ?? ""
    if dir.isEmpty { dir = "/tmp" }
    while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
    var template = Array("\(dir)/modq-fingerprints-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { p -> Int32 in
      guard let base = p.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else { throw FingerprintSpillError(what: "create in \(dir)", errno: errno) }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    template.withUnsafeBufferPointer { p in _ = p.baseAddress.map { unlink($0) } }
    self.fd = fd
  }

  deinit { close(fd) }

  func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(FingerprintSpillError) {
    try repeatUntilDone("write", bytes.count) { done in
      pwrite(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(offset + done))
    }
  }

  func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int)
    throws(FingerprintSpillError)
  {
    try repeatUntilDone("read", bytes.count) { done in
      pread(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(offset + done))
    }
  }

  /// Calls `transfer` (given the bytes done so far) until `count` bytes are done: again on
  /// EINTR and after a short transfer; a failure or a transfer of nothing throws.
  private func repeatUntilDone(
    _ what: String, _ count: Int, _ transfer: (Int) -> Int
  ) throws(FingerprintSpillError) {
    var done = 0
    while done < count {
      let n = transfer(done)
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw FingerprintSpillError(what: what, errno: n < 0 ? errno : EIO) }
      done += n
    }
  }
}
