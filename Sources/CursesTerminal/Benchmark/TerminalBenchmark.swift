import Foundation
import Glibc
import TerminalKit

/// One measured figure.
public struct BenchmarkFigure: Sendable, Hashable {
  public var name: String
  /// Median CPU time per iteration, microseconds (thread CPU clock).
  public var medianCPUMicroseconds: Double
  /// Median bytes written to the terminal per iteration (nil when nothing is presented).
  public var medianBytes: Int?
  public var iterations: Int
}

/// Measures rendering and presenting on an off-screen ncurses terminal whose output goes
/// to a temporary file, so the bytes a real terminal would receive can be counted.
/// `modq bench ui` prints `report(run())`.
public enum TerminalBenchmark {
  /// Runs every measurement for each size.
  public static func run(
    iterations: Int = 300,
    sizes: [Size] = [Size(width: 80, height: 24), Size(width: 200, height: 50)]
  ) throws -> [BenchmarkFigure] {
    let frame = BenchmarkFrame()
    var figures: [BenchmarkFigure] = []
    for size in sizes {
      figures.append(
        measure("render \(size) frame (TerminalKit only)", iterations: iterations) { index in
          _ = frame.render(size: size, selected: index % 2)
          return nil
        })
      let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("modq-bench-\(getpid())-\(size).out").path
      defer { unlink(path) }
      let terminal = try CursesTerminal(offscreen: size, theme: .builtIn, outputPath: path)
      defer { terminal.close() }
      let pageRows = max(1, size.height - 3)
      figures.append(
        measure("render + present full \(size) frame", iterations: iterations) { index in
          // Scrolling a whole page changes every list row.
          let before = terminal.outputBytesWritten()
          terminal.present(frame.render(size: size, selected: (index % 2) * pageRows * 2))
          return terminal.outputBytesWritten() - before
        })
      figures.append(
        measure("keystroke at \(size): selection moves one row", iterations: iterations) { index in
          let before = terminal.outputBytesWritten()
          terminal.present(frame.render(size: size, selected: 5 + index % 2))
          return terminal.outputBytesWritten() - before
        })
    }
    return figures
  }

  /// A plain-text table of the figures.
  public static func report(_ figures: [BenchmarkFigure]) -> String {
    var out = "measurement                                              CPU median   bytes\n"
    for figure in figures {
      let name = figure.name.padding(toLength: 56, withPad: " ", startingAt: 0)
      let cpu = String(format: "%8.1f µs", figure.medianCPUMicroseconds)
      let bytes = figure.medianBytes.map { String(format: "%7d", $0) } ?? "      -"
      out += "\(name) \(cpu) \(bytes)\n"
    }
    return out
  }

  private static func measure(
    _ name: String, iterations: Int, _ body: (Int) -> Int?
  ) -> BenchmarkFigure {
    var times: [Double] = []
    var bytes: [Int] = []
    // Warm up (first frames paint everything and fill caches).
    for index in 0..<3 { _ = body(index) }
    for index in 0..<max(1, iterations) {
      let start = cpuNow()
      let written = body(index + 1)
      times.append(cpuNow() - start)
      if let written { bytes.append(written) }
    }
    return BenchmarkFigure(
      name: name, medianCPUMicroseconds: median(times) * 1e6,
      medianBytes: bytes.isEmpty ? nil : bytes.sorted()[bytes.count / 2], iterations: iterations)
  }

  private static func cpuNow() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  private static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }
}
