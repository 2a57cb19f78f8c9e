import ArgumentParser
import Foundation
import ModqCore

/// `modq bench queue`: first review, full index and decode throughput on a generated queue.
struct BenchQueueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "queue",
    abstract: "Time opening, indexing and decoding a generated JSON Lines queue.",
    discussion: """
      Generates a deterministic synthetic queue (cached: an existing non-empty file at --file is
      reused). "Cold" runs evict that one file from the page cache with posix_fadvise(DONTNEED)
      before each run; other files and the machine's caches are left alone.
      """
  )

  @Option(name: .long, help: "Number of reviews to generate.")
  var reviews: Int = 1_000_000

  @Option(
    name: .long, help: "Queue file to generate or reuse (default /tmp/modq-bench/queue-N.jsonl).")
  var file: String?

  @Option(name: .long, help: "Repetitions per figure (the median is printed).")
  var runs: Int = 5

  @Flag(name: .long, help: "Skip loadAll() (it keeps every decoded review in memory).")
  var skipLoadAll = false

  func validate() throws {
    guard reviews > 0 else { throw ValidationError("--reviews must be positive") }
    guard runs > 0 else { throw ValidationError("--runs must be positive") }
  }

  func run() throws {
    let path = file ?? "/tmp/modq-bench/queue-\(reviews).jsonl"
    do {
      if file == nil { try BenchQueueCommand.makeDirectory("/tmp/modq-bench") }
      if let ms = try QueueBenchmark.ensureQueue(reviews: reviews, path: path) {
        print("generated \(reviews) reviews in \(format(ms / 1000, 2)) s")
      } else {
        print("reusing \(path)")
      }
      let queue = try QueueFile(path: path)
      let megabytes = Double(queue.byteCount) / 1e6
      print("queue: \(path) (\(format(megabytes, 1)) MB)")
      let evicts = QueueBenchmark.evictFromPageCache(path)
      print("cold runs: \(evicts ? "file evicted from the page cache" : "cannot evict (warm)")")
      let first = try QueueBenchmark.firstReviews(1, path: path, cold: true, runs: runs)
      let screen = try QueueBenchmark.firstReviews(50, path: path, cold: true, runs: runs)
      let warmFirst = try QueueBenchmark.firstReviews(1, path: path, cold: false, runs: runs)
      let warmScreen = try QueueBenchmark.firstReviews(50, path: path, cold: false, runs: runs)
      print("first review  (open + decode 1):  \(show(first)) cold, \(show(warmFirst)) warm")
      print("first screen  (open + decode 50): \(show(screen)) cold, \(show(warmScreen)) warm")
      let cold = try QueueBenchmark.index(path: path, cold: true, runs: 1)
      let warm = try QueueBenchmark.index(path: path, cold: false, runs: runs)
      print("full index: \(warm.lines) lines, \(show(warm.sample)) warm "
        + "(\(format(megabytes / warm.sample.ms, 2)) GB/s wall), \(show(cold.sample)) cold (1 run)")
      let decode = try QueueBenchmark.decodeAll(path: path)
      print("decode (1 thread, ReviewDecoder only): \(decode.reviews) reviews in "
        + "\(show(decode.sample)): \(rate(decode.reviews, decode.sample)) reviews/s, "
        + "\(format(Double(decode.bytes) / 1e3 / decode.sample.cpuMs, 0)) MB/s per CPU")
      if !skipLoadAll {
        let load = try QueueBenchmark.loadAll(path: path)
        print("loadAll (parallel decode + SHA-256 + duplicate check): \(load.entries) entries, "
          + "\(load.diagnostics) diagnostics in \(show(load.sample)): "
          + "\(rate(load.entries, load.sample)) reviews/s")
      }
    } catch {
      FileHandle.standardError.write(Data("modq bench queue: \(error)\n".utf8))
      throw ExitCodes.failure
    }
  }

  private static func makeDirectory(_ path: String) throws(QueueOpenError) {
    guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
      throw QueueOpenError(path: path, reason: "cannot create directory")
    }
  }

  /// "12.34 ms (CPU 5.67 ms)".
  private func show(_ sample: QueueBenchmark.Sample) -> String {
    let digits = sample.ms < 100 ? 2 : 0
    return "\(format(sample.ms, digits)) ms (CPU \(format(sample.cpuMs, digits)) ms)"
  }

  /// "123k wall / 456k per CPU-second".
  private func rate(_ count: Int, _ sample: QueueBenchmark.Sample) -> String {
    let wall = Double(count) / sample.ms
    let cpu = Double(count) / sample.cpuMs
    return "\(format(wall, 0))k wall / \(format(cpu, 0))k per CPU-second"
  }

  private func format(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
  }
}
