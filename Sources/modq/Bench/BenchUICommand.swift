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

  @Option(help: "Terminal width (default: 80, the standard terminal the per-key targets are for).")
  var width = 80

  @Option(help: "Terminal height.")
  var height = 24

  @Option(help: "Generator seed.")
  var seed: UInt64 = 1

  @Option(help: "Theme, as for `modq moderate` (default: dark, the theme users get).")
  var theme: String?

  @Option(
    help: ArgumentHelp(
      "Review body lengths: long (median about 1,000 bytes, for stress) or everyday (40-580"
        + " bytes, as the genuine reviews in ../shared/eval).",
      valueName: "lengths"))
  var bodies: SyntheticQueue.BodyLengths = .long

  @Flag(
    inversion: .prefixedNo,
    help: "Also time the keys with nothing prepared (layout on the key path).")
  var cold = true

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
    let terminal = try CursesTerminal(
      offscreen: size, theme: ThemeLoader.theme(named: theme), outputPath: outputPath)
    terminal.present(RootView.render(model, size: size))
    let firstFrame = clock.lap()
    let firstCPU = clock.cpuMillis()
    print(
      String(format: "queue %d reviews, %.0f MB", reviews, Double(queue.byteCount) / 1e6)
        + ": " + queuePath)
    print(String(format: "policy + engine load %.1f ms (once per start)", engineMillis))
    print("theme \(theme ?? "dark") at \(width)x\(height), \(bodies.rawValue) review bodies")
    print(
      String(
        format:
          "first frame (open, head %d, screen head, render, present): %.1f ms wall, %.1f ms CPU",
        model.items.count, firstFrame, firstCPU))

    // The background read as `modq moderate` runs it: with the engine, so the queue-wide
    // duplicate fingerprints are taken and resolved too.
    clock = BenchClock()
    let loaded = SessionOpener.readAll(
      queue: queue, state: log.state, mailbox: nil, engine: engine)
    model.update(loaded)
    let loadedModel = model
    print(
      String(
        format: "whole queue read in the background, duplicate fingerprints included: %.0f ms"
          + " (%d items, reviews decoded on demand)",
        clock.lap(), model.items.count))
    print("memory after the background read: \(Self.residentSummary())")

    let mailbox = Mailbox()
    let prefetcher = Prefetcher(engine: engine, info: info, mailbox: mailbox)
    defer { prefetcher.stop() }
    if case .queueLoaded(_, _, _, let screener?) = loaded { prefetcher.use(screener) }
    let runner = AppRunner(
      model: model, device: terminal, effects: NoEffects(), mailbox: mailbox,
      prefetcher: prefetcher, clock: { 0 })
    let paced = measureKeys(runner, terminal: terminal) {
      // A moderator reads each review: the prefetcher finishes and its results are drawn
      // before the next key (those frames are counted apart, as background bytes).
      prefetcher.waitUntilIdle()
      runner.drainMailbox()
    }
    report("prepared ahead", paced)
    print(
      String(format: "  background frames (prepared results drawn): %.0f B per key", paced.between))
    print("selected row after the keys: \(runner.model.list.selected)")

    if cold {
      // The same keys with nothing prepared: layout on the key path, "screening…" shown.
      let coldRunner = AppRunner(
        model: loadedModel, device: terminal, effects: NoEffects(), clock: { 0 })
      report("nothing prepared (cold)", measureKeys(coldRunner, terminal: terminal) {})
    }
    terminal.close()
    print("peak memory (maxrss) \(BenchScreenCommand.maxRSSMegabytes()) MB")
    print("memory now: \(Self.residentSummary())")
  }

  /// `RssAnon` (the heap) and `RssFile` (pages of the mapped queue, which the kernel can
  /// drop) from /proc/self/status.
  static func residentSummary() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return "unknown"
    }
    return status.split(separator: "\n")
      .filter { $0.hasPrefix("RssAnon") || $0.hasPrefix("RssFile") }
      .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
      .joined(separator: ", ")
  }

  struct KeyFigures {
    var micros: [Double]
    /// Per key: update, render (view into the screen), paint (diff + ncurses), wishes.
    var parts: [[Double]] = []
    var bytes: [Int]
    /// Bytes per key written outside the timed key (background results drawn).
    var between: Double
  }

  /// Presses `keys` keys (j, PgDn every 10th), timing update + render + present on this
  /// thread's CPU clock and counting the bytes each key's frame wrote; `pause` runs between
  /// keys, untimed.
  private func measureKeys(
    _ runner: AppRunner, terminal: CursesTerminal, pause: () -> Void
  ) -> KeyFigures {
    var figures = KeyFigures(micros: [], bytes: [], between: 0)
    figures.micros.reserveCapacity(keys)
    runner.present()
    var betweenBytes = 0
    for n in 0..<keys {
      let idle = terminal.outputBytesWritten()
      pause()
      runner.present()
      let before = terminal.outputBytesWritten()
      betweenBytes += before - idle
      let key: Key = n % 10 == 9 ? .pageDown : .char("j")
      // The runner's present(), in its three parts, each timed.
      let start = BenchClock.threadCPUNanos()
      runner.handle(.key(key))
      let updated = BenchClock.threadCPUNanos()
      let frame = runner.frame()
      let rendered = BenchClock.threadCPUNanos()
      terminal.present(frame)
      let painted = BenchClock.threadCPUNanos()
      runner.wishAhead()
      let end = BenchClock.threadCPUNanos()
      figures.micros.append(Double(end - start) / 1000)
      figures.parts.append(
        [updated - start, rendered - updated, painted - rendered, end - painted].map {
          Double($0) / 1000
        })
      figures.bytes.append(terminal.outputBytesWritten() - before)
    }
    figures.between = Double(betweenBytes) / Double(max(keys, 1))
    return figures
  }

  private func report(_ label: String, _ figures: KeyFigures) {
    let micros = figures.micros.sorted()
    guard !micros.isEmpty else { return }
    let bytes = figures.bytes.sorted()
    let total = bytes.reduce(0, +)
    let jBytes = figures.bytes.enumerated().filter { $0.offset % 10 != 9 }.map(\.element)
      .sorted()
    print(
      String(format: "keys %d (j, PgDn every 10th) at %dx%d, ", keys, width, height) + label
        + String(
          format: ": median %.1f µs CPU, p90 %.1f µs, p99 %.1f µs, max %.1f µs",
          micros[micros.count / 2], micros[micros.count * 9 / 10],
          micros[micros.count * 99 / 100], micros.last ?? 0))
    let medians = (0..<4).map { part in
      figures.parts.map { $0[part] }.sorted()[figures.parts.count / 2]
    }
    print(
      String(
        format: "  median parts: update %.1f µs, render %.1f µs, paint %.1f µs, wishes %.1f µs",
        medians[0], medians[1], medians[2], medians[3]))
    print(
      String(
        format:
          "  terminal bytes per key: %.0f B average, median %d B (j alone: median %d B, max %d B)",
        Double(total) / Double(max(keys, 1)), bytes[bytes.count / 2],
        jBytes.isEmpty ? 0 : jBytes[jBytes.count / 2], jBytes.last ?? 0))
  }

  private func cachedQueue() throws -> String {
    let variant = bodies == .long ? "" : "-\(bodies.rawValue)"
    let path = NSTemporaryDirectory() + "modq-bench-ui-queue-\(reviews)-\(seed)\(variant).jsonl"
    if FileManager.default.fileExists(atPath: path) { return path }
    let partial = path + ".partial-\(getpid())"
    _ = try SyntheticQueue(seed: seed, bodies: bodies).write(count: reviews, to: partial)
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

extension SyntheticQueue.BodyLengths: ExpressibleByArgument {}
