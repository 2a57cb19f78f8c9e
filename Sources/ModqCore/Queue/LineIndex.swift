import Dispatch
import Foundation

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

  /// Indexes `bytes`, splitting files over 64 MB into one part per core (page faults of a
  /// fresh mapping dominate, and they parallelise).
  public init(_ bytes: UnsafeBufferPointer<UInt8>) {
    let parts = bytes.count < 64 << 20 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
    var starts: [UInt64] = [0]
    starts.reserveCapacity(bytes.count / 512 + 2)
    guard let base = bytes.baseAddress, !bytes.isEmpty else {
      self.starts = starts
      return
    }
    #if canImport(Glibc)
      madvise(UnsafeMutableRawPointer(mutating: base), bytes.count, Int32(MADV_SEQUENTIAL))
    #endif
    let size = bytes.count
    let pieces = ParallelSlots<[UInt64]>(count: parts, empty: [])
    nonisolated(unsafe) let shared = base
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      let lower = size / parts * part
      let upper = part == parts - 1 ? size : size / parts * (part + 1)
      pieces.set(part, LineIndex.newlineEnds(shared, from: lower, to: upper))
    }
    for piece in pieces.take() { starts.append(contentsOf: piece) }
    if starts.last != UInt64(size) { starts.append(UInt64(size + 1)) }
    self.starts = starts
  }

  /// Offsets just past each newline in `lower..<upper`.
  private static func newlineEnds(
    _ base: UnsafePointer<UInt8>, from lower: Int, to upper: Int
  ) -> [UInt64] {
    var found: [UInt64] = []
    found.reserveCapacity((upper - lower) / 512 + 1)
    let end = base + upper
    var p = base + lower
    while p < end, let hit = memchr(p, 0x0A, end - p) {
      let next = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
      found.append(UInt64(next - base))
      p = next
    }
    return found
  }

  /// Byte range of 0-based line `i` without its newline.
  @inline(__always) public func range(ofLine i: Int) -> Range<Int> {
    Int(starts[i])..<(Int(starts[i + 1]) - 1)
  }
}

