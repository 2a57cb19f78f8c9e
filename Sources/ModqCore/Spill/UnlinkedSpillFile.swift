#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a spilling structure (`FingerprintTable`, `QueueRowRecords`) keeps what it moved out
/// of memory: positioned writes and reads of whole byte ranges. A protocol so tests can make
/// them fail.
public protocol SpillStore: AnyObject {
  /// Writes all of `bytes` at `offset`, or throws.
  func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(SpillError)
  /// Fills all of `bytes` from `offset`, or throws (a short file is an error).
  func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int) throws(SpillError)
}

/// A failed create, write or read of a spill file.
public struct SpillError: Error, Equatable, CustomStringConvertible {
  /// Which spill file ("fingerprint spill file").
  public let file: String
  /// What stays in memory when writing it fails ("fingerprints").
  public let contents: String
  public let what: String
  public let errno: Int32

  public init(file: String, contents: String, what: String, errno: Int32) {
    self.file = file
    self.contents = contents
    self.what = what
    self.errno = errno
  }

  public var description: String {
    "\(file): \(what) failed: \(String(cString: strerror(errno)))"
  }
}

/// A temporary file with no name: created with mkstemp in $TMPDIR (else /tmp), marked
/// close-on-exec (an `on_escalate` hook started later does not inherit it) and unlinked at
/// once, so it goes away with the process however it ends; closed in deinit. Read and written
/// with pread/pwrite, never mapped (mapped pages would count as resident).
public final class UnlinkedSpillFile: SpillStore {
  private let fd: Int32
  private let file: String
  private let contents: String

  /// `prefix` names the file while it exists ("modq-fingerprints"); `file` and `contents`
  /// label its errors.
  public init(prefix: String, file: String, contents: String) throws(SpillError) {
    self.file = file
    self.contents = contents
    var dir = getenv("TMPDIR").map { String(cString: $0) } ?? ""
    if dir.isEmpty { dir = "/tmp" }
    while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
    var template = Array("\(dir)/\(prefix)-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { p -> Int32 in
      guard let base = p.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else {
      throw SpillError(file: file, contents: contents, what: "create in \(dir)", errno: errno)
    }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    template.withUnsafeBufferPointer { p in _ = p.baseAddress.map { unlink($0) } }
    self.fd = fd
  }

  deinit { close(fd) }

  public func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(SpillError) {
    try repeatUntilDone("write", bytes.count) { done in
      pwrite(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(offset + done))
    }
  }

  public func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int) throws(SpillError)
  {
    try repeatUntilDone("read", bytes.count) { done in
      pread(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(offset + done))
    }
  }

  /// Calls `transfer` (given the bytes done so far) until `count` bytes are done: again on
  /// EINTR and after a short transfer; a failure or a transfer of nothing throws.
  private func repeatUntilDone(
    _ what: String, _ count: Int, _ transfer: (Int) -> Int
  ) throws(SpillError) {
    var done = 0
    while done < count {
      let n = transfer(done)
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        throw SpillError(file: file, contents: contents, what: what, errno: n < 0 ? errno : EIO)
      }
      done += n
    }
  }
}
