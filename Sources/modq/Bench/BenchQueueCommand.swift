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
      print("first review  (open + decode 1):  \(format(first, 2)) ms cold, "
        + "\(format(warmFirst, 2)) ms warm")
      print("first screen  (open + decode 50): \(format(screen, 2)) ms cold, "
        + "\(format(warmScreen, 2)) ms warm")
      let cold = try QueueBenchmark.index(path: path, cold: true, runs: 1)
      let warm = try QueueBenchmark.index(path: path, cold: false, runs: runs)
      print("full index: \(warm.lines) lines, \(format(warm.ms, 1)) ms warm "
        + "(\(format(megabytes / warm.ms, 2)) GB/s), \(format(cold.ms, 0)) ms cold (1 run)")
      let decode = try QueueBenchmark.decodeAll(path: path)
      let perSecond = Double(decode.reviews) / (decode.ms / 1000)
      print("decode (1 thread, ReviewDecoder only): \(decode.reviews) reviews in "
        + "\(format(decode.ms, 0)) ms = \(format(perSecond / 1000, 0))k reviews/s, "
        + "\(format(Double(decode.bytes) / 1e3 / decode.ms, 0)) MB/s")
      if !skipLoadAll {
        let load = try QueueBenchmark.loadAll(path: path)
        print("loadAll (parallel decode + SHA-256 + duplicate check): \(load.entries) entries, "
          + "\(load.diagnostics) diagnostics in \(format(load.ms, 0)) ms = "
          + "\(format(Double(load.entries) / load.ms, 0))k reviews/s")
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

  private func format(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
  }
}
