#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Start offsets of every line of a file (8 bytes per line), found with memchr.
///
/// `starts` has one extra sentinel so line `i` (0-based) spans `starts[i] ..< starts[i+1] - 1`
/// (the `- 1` drops the newline; a final line without newline gets a virtual one).
public struct LineIndex: Sendable {
  public private(set) var starts: [UInt64]

  /// Number of lines (a final line without a newline counts; an empty file has 0).
  public var lineCount: Int { starts.count - 1 }

  /// Indexes `bytes`.
  public init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var starts: [UInt64] = [0]
    starts.reserveCapacity(bytes.count / 512 + 2)
    guard let base = bytes.baseAddress, !bytes.isEmpty else {
      self.starts = starts
      return
    }
    let end = base + bytes.count
    var p = base
    while p < end, let hit = memchr(p, 0x0A, end - p) {
      let next = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
      starts.append(UInt64(next - base))
      p = next
    }
    if p < end { starts.append(UInt64(bytes.count + 1)) }
    self.starts = starts
  }

  /// Byte range of 0-based line `i` without its newline.
  @inline(__always) public func range(ofLine i: Int) -> Range<Int> {
    Int(starts[i])..<(Int(starts[i + 1]) - 1)
  }
}
