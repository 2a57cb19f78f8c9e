import ArgumentParser
import Foundation
import ModqCore
import ModqScreening

#if canImport(Glibc)
  import Glibc
#endif

/// `modq bench screen`: reviews screened per second with the full default policy over a
/// generated queue (SyntheticQueue), on one thread and on two, in CPU and wall time: first
/// the streaming `modq screen` path (memory flat in queue size), then `screenQueue` over the
/// queue loaded in memory; peak memory after each.
struct BenchScreenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "screen",
    abstract: "Measure screening speed (reviews/s) and peak memory over a generated queue.",
    discussion: "Example: modq bench screen --reviews 200000 (build with -c release).")

  @Option(help: "Number of generated reviews.")
  var reviews = 200_000

  @Option(help: "Policy file (default: data/policy/default.yaml).")
  var policy: String?

  @Option(help: "Store file (default: data/stores/northpeak.yaml).")
  var store: String?

  @Option(help: "Generator seed.")
  var seed: UInt64 = 1

  @Option(help: "Screen this queue file instead of a generated one.")
  var queue: String?

  @Flag(help: "Skip the in-memory runs (screenQueue over a loaded queue) after streaming.")
  var streamingOnly = false

  func run() throws {
    let engine: ScreeningEngine
    do {
      engine = try EngineLoader.engine(policy: policy, store: store, quiet: true)
    } catch {
      StandardError.print("modq bench screen: \(error)")
      throw ExitCodes.failure
    }
    let generated = queue == nil
    let path = try queue ?? generate()
    defer { if generated { unlink(path) } }
    let skipped = engine.warnings.count
    print("criteria \(engine.activeCriteria.count) active (\(skipped) skipped: no detector)")
    let file: QueueFile
    do {
      file = try QueueFile(path: path)
    } catch {
      StandardError.print("modq bench screen: \(error)")
      throw ExitCodes.failure
    }
    print("queue \(path): \(file.byteCount / 1_000_000) MB")
    // Streaming first, so the peak memory printed after it is the streaming path's.
    for threads in [1, 2] {
      var reviews = 0
      var flagged = 0
      var clock = ScreenTiming()
      do {
        _ = try StreamingScreen(file: file, engine: engine, threads: threads).run(
          progress: { _, _ in },
          spillFailure: { StandardError.print("modq bench screen: \($0); kept in memory") }
        ) { results in
          reviews += results.count
          flagged += results.reduce(0) { $0 + ($1.verdict == .publish ? 0 : 1) }
        }
      } catch {
        StandardError.print("modq bench screen: \(error)")
        throw ExitCodes.failure
      }
      print(clock.report("streaming (modq screen), threads \(threads)", reviews, flagged))
      print("peak memory (maxrss) \(Self.maxRSSMegabytes()) MB")
    }
    guard !streamingOnly else { return }
    let load = file.loadAll()
    let reviews = load.entries.map(\.review)
    var textBytes = 0
    for review in reviews { textBytes += review.title.utf8.count + review.body.utf8.count }
    let average = textBytes / max(reviews.count, 1)
    print("loaded \(reviews.count) reviews, title+body \(average) B average")
    for threads in [1, 2] {
      var clock = ScreenTiming()
      let results = engine.screenQueue(reviews, threads: threads)
      let flagged = results.reduce(0) { $0 + ($1.verdict == .publish ? 0 : 1) }
      print(clock.report("in memory (screenQueue), threads \(threads)", reviews.count, flagged))
    }
    print("peak memory (maxrss) \(Self.maxRSSMegabytes()) MB")
  }

  private func generate() throws -> String {
    let path = NSTemporaryDirectory() + "modq-bench-\(getpid()).jsonl"
    do {
      try SyntheticQueue(seed: seed).write(count: reviews, to: path)
      return path
    } catch {
      StandardError.print("modq bench screen: \(error)")
      throw ExitCodes.failure
    }
  }

  static func maxRSSMegabytes() -> Int {
    var usage = rusage()
    getrusage(0, &usage)  // 0 = RUSAGE_SELF (Glibc imports it as an enum)
    return Int(usage.ru_maxrss) / 1024
  }
}

/// Wall and process CPU time of one screening run (`BenchClock`), as a report line.
struct ScreenTiming {
  private var clock = BenchClock()

  /// "label: N reviews/s CPU (X s CPU), M reviews/s wall (Y s), F not published".
  mutating func report(_ label: String, _ reviews: Int, _ flagged: Int) -> String {
    let wallSeconds = clock.lap() / 1000
    let cpuSeconds = clock.cpuMillis() / 1000
    return label + String(
      format: ": %.0f reviews/s CPU (%.2f s CPU), %.0f reviews/s wall (%.2f s), %d not published",
      Double(reviews) / max(cpuSeconds, 1e-9), cpuSeconds,
      Double(reviews) / max(wallSeconds, 1e-9), wallSeconds, flagged)
  }
}
