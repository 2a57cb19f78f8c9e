#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one: bytes go
/// to a temporary file beside the target, which is fsynced, renamed over the target, and
/// the directory is fsynced. Until `commit()` the target is untouched; dropping the writer
/// without committing removes the temporary file.
public final class AtomicFileWriter {
  public let path: String
  public let tempPath: String
  private var fd: Int32
  private var buffer: [UInt8] = []
  private let flushAt = 1 << 18
  private var committed = false
  /// Bytes written so far.
  public private(set) var byteCount = 0

  /// Creates the temporary file next to `path`.
  public init(path: String) throws(ImportError) {
    self.path = path
    let dir = AtomicFileWriter.directory(of: path)
    let base = path.split(separator: "/").last.map(String.init) ?? path
    var template = Array("\(dir)/.\(base).tmp-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { p -> Int32 in
      guard let base = p.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else { throw ImportError.io(path: path, what: "create temporary file", errno: errno) }
    self.fd = fd
    self.tempPath = template.withUnsafeBufferPointer { p in
      p.baseAddress.map { String(cString: $0) } ?? path + ".tmp"
    }
    fchmod(fd, 0o644)
    buffer.reserveCapacity(flushAt + 4096)
  }

  deinit {
    if !committed {
      if fd >= 0 { close(fd) }
      unlink(tempPath)
    }
  }

  /// Appends bytes (buffered).
  public func write(_ bytes: [UInt8]) throws(ImportError) {
    buffer.append(contentsOf: bytes)
    byteCount += bytes.count
    if buffer.count >= flushAt { try flush() }
  }

  /// Appends one line and its newline.
  public func writeLine(_ bytes: [UInt8]) throws(ImportError) {
    buffer.append(contentsOf: bytes)
    buffer.append(0x0A)
    byteCount += bytes.count + 1
    if buffer.count >= flushAt { try flush() }
  }

  /// Appends one line given as a buffer pointer and its newline.
  public func writeLine(_ bytes: UnsafeBufferPointer<UInt8>) throws(ImportError) {
    buffer.append(contentsOf: bytes)
    buffer.append(0x0A)
    byteCount += bytes.count + 1
    if buffer.count >= flushAt { try flush() }
  }

  private func flush() throws(ImportError) {
    var done = 0
    let total = buffer.count
    while done < total {
      let n = buffer.withUnsafeBytes { p -> Int in
        guard let base = p.baseAddress else { return 0 }
        return systemWrite(fd, base + done, total - done)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw ImportError.io(path: tempPath, what: "write", errno: errno)
      }
      done += n
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, fsyncs, renames over `path` and fsyncs the directory.
  public func commit() throws(ImportError) {
    try flush()
    guard fsync(fd) == 0 else { throw ImportError.io(path: tempPath, what: "fsync", errno: errno) }
    close(fd)
    fd = -1
    guard rename(tempPath, path) == 0 else {
      throw ImportError.io(path: path, what: "rename", errno: errno)
    }
    committed = true
    let dir = AtomicFileWriter.directory(of: path)
    let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard dfd >= 0 else { throw ImportError.io(path: dir, what: "open directory", errno: errno) }
    defer { close(dfd) }
    guard fsync(dfd) == 0 else { throw ImportError.io(path: dir, what: "fsync directory", errno: errno) }
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let dir = String(path[..<slash])
    return dir.isEmpty ? "/" : dir
  }
}

/// `write(2)`, named apart from the writer's own `write` methods.
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
  write(fd, p, n)
}
