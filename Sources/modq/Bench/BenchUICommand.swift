import ArgumentParser
import CursesTerminal
import Foundation
import ModqCore
import ModqScreening
import ModqUI
import TerminalKit

/// `modq bench ui`: the moderator UI on a generated queue of a million reviews: time to the
/// first frame from a fresh open (head only), then CPU per key (update + render + present on
/// the off-screen ncurses device) and bytes written to the terminal per key.
struct BenchUICommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ui",
    abstract: "Measure first-frame time and per-key CPU and terminal bytes on a large queue.",
    discussion: """
      The queue is generated once (SyntheticQueue) and cached in the temporary directory.
      Example: swift build -c release && .build/release/modq bench ui
      """)

  @Option(help: "Reviews in the generated queue.")
  var reviews = 1_000_000

  @Option(help: "Keys to time (j, with PgDn every 10th).")
  var keys = 2000

  @Option(help: "Terminal width.")
  var width = 120

  @Option(help: "Terminal height.")
  var height = 40

  @Option(help: "Generator seed.")
  var seed: UInt64 = 1

  func run() throws {
    let dir = NSTemporaryDirectory() + "modq-bench-ui-\(getpid())"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let queuePath = try cachedQueue()
    let size = Size(width: width, height: height)

    var clock = BenchClock()
    let engine = try EngineLoader.engine(policy: nil, store: nil, quiet: true)
    let engineMillis = clock.lap()
    BenchFile.dropCache(queuePath)
    clock = BenchClock()
    let queue = try QueueFile(path: queuePath)
    let log = try AuditLog(path: dir + "/audit.jsonl", moderator: "bench")
    let info = SessionInfo(
      moderator: "bench", queue: queuePath, policyHash: engine.policy.sha256,
      criteria: CriterionInfo.catalog(of: engine.policy), sessionID: "bench")
    var model = SessionOpener.open(
      queue: queue, engine: engine, state: log.state, info: info, size: size, now: 0,
      mailbox: Mailbox(), background: false)
    let outputPath = dir + "/terminal.out"
    let terminal = try CursesTerminal(offscreen: size, outputPath: outputPath)
    terminal.present(RootView.render(model, size: size))
    let firstFrame = clock.lap()
    let firstCPU = clock.cpuMillis()
    print(
      String(format: "queue %d reviews, %.0f MB", reviews, Double(queue.byteCount) / 1e6)
        + ": " + queuePath)
    print(String(format: "policy + engine load %.1f ms (once per start)", engineMillis))
    print(
      String(
        format:
          "first frame (open, head %d, screen head, render, present): %.1f ms wall, %.1f ms CPU",
        model.items.count, firstFrame, firstCPU))

    clock = BenchClock()
    let load = queue.loadAll()
    let visitedRows = keys * 3 + 200
    var items: [QueueItem] = []
    items.reserveCapacity(load.entries.count)
    for (index, entry) in load.entries.enumerated() {
      items.append(
        QueueItem(entry: entry, suggestion: index < visitedRows ? engine.screen(entry.review) : nil)
      )
    }
    model.update(
      .queueLoaded(items, decided: [Bool](repeating: false, count: items.count), diagnostics: 0))
    print(
      String(
        format: "whole queue read in the background: %.0f ms (%d items; rows visited screened)",
        clock.lap(), model.items.count))

    let bytesBefore = BenchFile.size(outputPath)
    let runner = AppRunner(
      model: model, device: terminal, effects: NoEffects(), clock: { 0 })
    runner.present()
    var micros: [Double] = []
    micros.reserveCapacity(keys)
    for n in 0..<keys {
      let key: Key = n % 10 == 9 ? .pageDown : .char("j")
      let start = BenchClock.threadCPUNanos()
      runner.handle(.key(key))
      runner.present()
      micros.append(Double(BenchClock.threadCPUNanos() - start) / 1000)
    }
    terminal.close()
    let bytes = BenchFile.size(outputPath) - bytesBefore
    micros.sort()
    print(
      String(
        format:
          "keys %d (j, PgDn every 10th) at %dx%d: median %.1f µs CPU, p90 %.1f µs, max %.1f µs",
        keys, width, height, micros[micros.count / 2], micros[micros.count * 9 / 10],
        micros.last ?? 0))
    print(
      String(
        format: "terminal bytes per key: %.0f B average (%d B for %d keys)",
        Double(bytes) / Double(max(keys, 1)), bytes, keys))
    print("selected row after the keys: \(runner.model.list.selected)")
    print("peak memory (maxrss) \(BenchScreenCommand.maxRSSMegabytes()) MB")
  }

  private func cachedQueue() throws -> String {
    let path = NSTemporaryDirectory() + "modq-bench-ui-queue-\(reviews)-\(seed).jsonl"
    if FileManager.default.fileExists(atPath: path) { return path }
    let partial = path + ".partial-\(getpid())"
    _ = try SyntheticQueue(seed: seed).write(count: reviews, to: partial)
    guard rename(partial, path) == 0 else {
      throw EngineLoader.Failure(description: "cannot write \(path)")
    }
    return path
  }
}

/// Effects that do nothing (the key benchmark presses no decision keys).
final class NoEffects: EffectPerformer {
  func perform(_ effect: Effect) -> [Message] { [] }
}

/// Wall and CPU clocks for the benchmark.
struct BenchClock {
  private var wall = BenchClock.nanos(CLOCK_MONOTONIC)
  private let cpuStart = BenchClock.nanos(CLOCK_PROCESS_CPUTIME_ID)

  /// Milliseconds since the last lap (or start).
  mutating func lap() -> Double {
    let now = BenchClock.nanos(CLOCK_MONOTONIC)
    defer { wall = now }
    return Double(now - wall) / 1e6
  }

  /// Process CPU milliseconds since the clock started.
  func cpuMillis() -> Double { Double(BenchClock.nanos(CLOCK_PROCESS_CPUTIME_ID) - cpuStart) / 1e6 }

  static func threadCPUNanos() -> UInt64 { nanos(CLOCK_THREAD_CPUTIME_ID) }

  static func nanos(_ id: clockid_t) -> UInt64 {
    var spec = timespec()
    clock_gettime(id, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
  }
}

/// File helpers: size, and dropping a file's pages from the cache for a cold open.
enum BenchFile {
  static func size(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  static func dropCache(_ path: String) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return }
    _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED))
    close(fd)
  }
}
