import ArgumentParser
import Foundation
import ModqCore
import ModqScreening

#if canImport(Glibc)
  import Glibc
#endif

/// `modq bench screen`: reviews screened per second with the full default policy over a
/// generated queue (SyntheticQueue), on one thread and on two, plus peak memory.
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

  func run() throws {
    let engine: ScreeningEngine
    do {
      engine = try EngineLoader.engine(policy: policy, store: store, quiet: true)
    } catch {
      StandardError.print("modq bench screen: \(error)")
      throw ExitCodes.failure
    }
    let queue = try generate()
    var textBytes = 0
    for review in queue { textBytes += review.title.utf8.count + review.body.utf8.count }
    print("criteria \(engine.activeCriteria.count) active (\(engine.warnings.count) skipped: detector not built)")
    print("reviews \(queue.count), title+body \(textBytes / max(queue.count, 1)) B average")
    for threads in [1, 2] {
      let start = DispatchTime.now().uptimeNanoseconds
      let results = engine.screenQueue(queue, threads: threads)
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      let flagged = results.reduce(0) { $0 + ($1.verdict == .publish ? 0 : 1) }
      print(String(
        format: "threads %d: %.0f reviews/s, %.0f MB/s of text, %.2f s (%d not published)",
        threads, Double(queue.count) / seconds, Double(textBytes) / seconds / 1e6, seconds,
        flagged))
    }
    print("peak memory (maxrss) \(Self.maxRSSMegabytes()) MB")
  }

  private func generate() throws -> [Review] {
    let path = NSTemporaryDirectory() + "modq-bench-\(getpid()).jsonl"
    defer { unlink(path) }
    do {
      try SyntheticQueue(seed: seed).write(count: reviews, to: path)
      let load = try QueueFile(path: path).loadAll()
      return load.entries.map(\.review)
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
