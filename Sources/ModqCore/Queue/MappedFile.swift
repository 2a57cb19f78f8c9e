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
  /// The open file behind a mapping (-1 otherwise), for `withLine(from:_:)`'s reads.
  private let descriptor: Int32

  init(path: String) throws(QueueOpenError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw MappedFile.error(path) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let failure = MappedFile.error(path)
      close(fd)
      throw failure
    }
    if info.st_mode & S_IFMT == S_IFDIR {
      close(fd)
      throw QueueOpenError(path: path, reason: "is a directory")
    }
    if info.st_mode & S_IFMT == S_IFREG && info.st_size > 0 {
      let size = Int(info.st_size)
      let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
      guard let address, address != MAP_FAILED else {
        let failure = MappedFile.error(path)
        close(fd)
        throw failure
      }
      mapped = true
      descriptor = fd
      bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    } else {
      defer { close(fd) }
      mapped = false
      descriptor = -1
      bytes =
        info.st_mode & S_IFMT == S_IFREG
        ? UnsafeBufferPointer(start: nil, count: 0) : try MappedFile.readAll(fd, path: path)
    }
  }

  deinit {
    guard let base = bytes.baseAddress else { return }
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
      close(descriptor)
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

  /// A copy of the line starting at byte `start` (up to its newline or the end of the file,
  /// newline excluded), read with `pread` so that the mapping stays untouched: one fault on
  /// it can map far more than the line (the kernel maps large folios of the page cache
  /// whole), which made reading a few hundred scattered lines back map in most of a queue.
  /// Nil when the file is not mapped or the read fails (then read `bytes`).
  func lineCopy(from start: Int) -> [UInt8]? {
    guard mapped, start >= 0, start <= bytes.count else { return nil }
    var buffer: [UInt8] = []
    var block = 4096
    while start + buffer.count < bytes.count {
      let old = buffer.count
      let want = min(block, bytes.count - start - old)
      buffer.append(contentsOf: repeatElement(0, count: want))
      let got = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress! + old, want, off_t(start + old))
      }
      if got < 0 && errno == EINTR {
        buffer.removeLast(want)
        continue
      }
      guard got > 0 else { return nil }
      buffer.removeLast(want - got)
      if let newline = buffer[old...].firstIndex(of: 0x0A) {
        buffer.removeSubrange(newline...)
        break
      }
      block = min(block * 2, 1 << 20)
    }
    return buffer
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
