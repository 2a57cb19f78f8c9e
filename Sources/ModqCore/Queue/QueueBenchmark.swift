#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reusable queue measurements (used by `modq bench queue`); every figure is measured here,
/// nothing is asserted. Times are wall-clock milliseconds, medians of `runs` unless noted.
public enum QueueBenchmark {
  /// Milliseconds spent in `body`, and its result.
  public static func time<R, E: Error>(
    _ body: () throws(E) -> R
  ) throws(E) -> (ms: Double, result: R) {
    let start = ContinuousClock.now
    let result = try body()
    let elapsed = ContinuousClock.now - start
    let (seconds, attoseconds) = elapsed.components
    return (Double(seconds) * 1000 + Double(attoseconds) / 1e15, result)
  }

  /// Median of `values` (0 for none).
  public static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[sorted.count / 2]
  }

  /// Makes sure a synthetic queue of `reviews` lines exists at `path`; returns the generation
  /// time in ms, or nil when an existing non-empty file was reused.
  public static func ensureQueue(reviews: Int, path: String) throws(QueueOpenError) -> Double? {
    var info = stat()
    if stat(path, &info) == 0, info.st_size > 0 { return nil }
    let generated = try time { () throws(QueueOpenError) -> Int in
      try SyntheticQueue().write(count: reviews, to: path)
    }
    return generated.ms
  }

  /// Evicts this file's pages from the page cache (posix_fadvise DONTNEED; no root needed,
  /// other files untouched). Returns false if the kernel refused.
  @discardableResult
  public static func evictFromPageCache(_ path: String) -> Bool {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    #if canImport(Glibc)
      fdatasync(fd)
      return posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED)) == 0
    #else
      return false
    #endif
  }

  /// Open + decode the first `n` valid reviews from a fresh `QueueFile`, after evicting the
  /// file from the page cache when `cold`. Medians of `runs`.
  public static func firstReviews(
    _ n: Int, path: String, cold: Bool, runs: Int = 5
  ) throws(QueueOpenError) -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
      if cold { evictFromPageCache(path) }
      let run = try time { () throws(QueueOpenError) -> Int in
        try QueueFile(path: path).head(n).entries.count
      }
      samples.append(run.ms)
    }
    return median(samples)
  }

  /// Full line-offset index of a freshly opened `QueueFile` (open not timed).
  /// Returns ms and line count.
  public static func index(
    path: String, cold: Bool, runs: Int = 5
  ) throws(QueueOpenError) -> (ms: Double, lines: Int) {
    var samples: [Double] = []
    var lines = 0
    for _ in 0..<runs {
      if cold { evictFromPageCache(path) }
      let queue = try QueueFile(path: path)
      let run = time { queue.buildIndex() }
      samples.append(run.ms)
      lines = run.result
    }
    return (median(samples), lines)
  }

  /// Decodes every line with `ReviewDecoder` on one thread, keeping nothing (warm cache).
  /// Returns (ms, reviews decoded, bytes decoded).
  public static func decodeAll(
    path: String
  ) throws(QueueOpenError) -> (ms: Double, reviews: Int, bytes: Int) {
    let queue = try QueueFile(path: path)
    let count = queue.buildIndex()
    var reviews = 0
    var bytes = 0
    let run = time {
      for line in stride(from: 1, through: count, by: 1) {
        queue.withLineBytes(at: line) { buffer in
          bytes += buffer.count
          if (try? ReviewDecoder.decode(line: buffer)) != nil { reviews += 1 }
        }
      }
    }
    return (run.ms, reviews, bytes)
  }

  /// `loadAll()` on a fresh `QueueFile` (parallel decode, SHA-256 per line, duplicate check).
  /// Returns (ms, entries, diagnostics).
  public static func loadAll(
    path: String
  ) throws(QueueOpenError) -> (ms: Double, entries: Int, diagnostics: Int) {
    let queue = try QueueFile(path: path)
    let run = time { queue.loadAll() }
    return (run.ms, run.result.entries.count, run.result.diagnostics.count)
  }
}
