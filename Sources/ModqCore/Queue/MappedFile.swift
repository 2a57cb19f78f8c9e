#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A read-only view of a whole file: mmap for regular files, read into memory otherwise
/// (pipes, devices). The bytes never change while the object lives.
final class MappedFile: @unchecked Sendable {
  /// The file's bytes (empty for an empty file). Valid for the lifetime of this object.
  let bytes: UnsafeBufferPointer<UInt8>
  private let mapped: Bool

  init(path: String) throws(QueueOpenError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw MappedFile.error(path) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw MappedFile.error(path) }
    if info.st_mode & S_IFMT == S_IFDIR {
      throw QueueOpenError(path: path, reason: "is a directory")
    }
    if info.st_mode & S_IFMT == S_IFREG {
      let size = Int(info.st_size)
      mapped = size > 0
      guard size > 0 else {
        bytes = UnsafeBufferPointer(start: nil, count: 0)
        return
      }
      let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
      guard let address, address != MAP_FAILED else { throw MappedFile.error(path) }
      bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    } else {
      mapped = false
      bytes = try MappedFile.readAll(fd, path: path)
    }
  }

  deinit {
    guard let base = bytes.baseAddress else { return }
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    } else {
      base.deallocate()
    }
  }

  /// Releases the whole pages inside `range` from this process (mapped files only); a later
  /// read faults them back in from the page cache.
  func release(_ range: Range<Int>) {
    guard mapped, let base = bytes.baseAddress else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    guard page > 0 else { return }
    let start = (range.lowerBound + page - 1) / page * page
    let end = min(range.upperBound, bytes.count) / page * page
    guard end > start else { return }
    _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
  }

  private static func error(_ path: String) -> QueueOpenError {
    QueueOpenError(path: path, reason: String(cString: strerror(errno)))
  }

  private static func readAll(
    _ fd: Int32, path: String
  ) throws(QueueOpenError) -> UnsafeBufferPointer<UInt8> {
    var capacity = 1 << 16
    var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    var count = 0
    while true {
      if count == capacity {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = bigger
        capacity *= 2
      }
      let n = read(fd, buffer + count, capacity - count)
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        buffer.deallocate()
        throw error(path)
      }
      count += n
    }
    return UnsafeBufferPointer(start: buffer, count: count)
  }
}
