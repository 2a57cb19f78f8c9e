import ArgumentParser
import Foundation
import ModqCore

/// `modq bench import`: import a generated large CSV, reporting time and peak memory.
struct BenchImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Benchmark CSV import: time and peak memory for a generated export.",
    discussion: """
      Writes a PowerReviews-layout CSV (quoted fields, embedded newlines and doubled quotes
      in one row of 8, one bad row per 10,000), resets the peak-RSS counter
      (/proc/self/clear_refs), imports it to a queue file and prints rows/s, MB/s and peak
      resident memory (VmHWM) of the import alone.
      """)

  @Option(help: "Rows in the generated CSV.")
  var rows = 1_000_000

  @Option(help: "Directory for the benchmark files (default: a new temporary directory).")
  var dir: String?

  func run() throws {
    let base = dir ?? (NSTemporaryDirectory() + "modq-bench-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer { if dir == nil { try? FileManager.default.removeItem(atPath: base) } }
    let csvPath = base + "/export.csv"
    let queuePath = base + "/queue.jsonl"
    let size = try Self.generate(rows: rows, path: csvPath)
    let mapping = try PresetLibrary.standard().load("powerreviews")
    let hwmBefore = Self.peakRSS()
    Self.resetPeakRSS()
    let start = DispatchTime.now().uptimeNanoseconds
    let writer = try AtomicFileWriter(path: queuePath)
    let summary = try CSVImporter(path: csvPath, mapping: mapping).run(
      emit: { _, line in try writer.writeLine(line) }, issue: { _ in })
    try writer.commit()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let hwm = Self.peakRSS()
    CLI.say("csv: \(rows) rows, \(String(format: "%.1f", Double(size) / 1e6)) MB")
    CLI.say("import: \(summary)")
    CLI.say(
      String(
        format: "time %.2f s = %.0f rows/s, %.1f MB/s; peak RSS during import %.1f MB (before: %.1f MB)",
        seconds, Double(summary.rowsRead) / seconds, Double(size) / 1e6 / seconds,
        Double(hwm) / 1024, Double(hwmBefore) / 1024))
  }

  /// Streams a CSV of `rows` rows to `path`; returns its size.
  static func generate(rows: Int, path: String) throws -> Int {
    let writer = try AtomicFileWriter(path: path)
    let csv = CSVWriter()
    try writer.write(
      csv.line([
        "Review Id", "Page Id", "Review Display", "Review Title", "Review Date", "Review Location",
        "Review Text", "Rating", "Verified Buyer", "Review Status",
      ]))
    var rng = SeededRandom(seed: 42)
    let words = ["strap", "broke", "great", "pack", "zipper", "\"roomy\"", "light", "fits", "value",
      "comfortable", "returned", "colour", "sturdy", "cheap", "love", "okay,"]
    for i in 0..<rows {
      var text = ""
      for w in 0..<(8 + rng.below(40)) {
        text += (w == 0 ? "" : " ") + words[rng.below(words.count)]
        if i % 8 == 0 && w == 5 { text += "\nSecond paragraph." }
      }
      let rating = i % 10_000 == 9_999 ? "six" : String(1 + rng.below(5))
      try writer.write(
        csv.line([
          "r\(i)", "SKU-\(rng.below(5000))", "Reviewer \(rng.below(100_000))", "Title \(i)",
          "\(1 + rng.below(12))/\(10 + rng.below(18))/2026", "Portland, OR", text, rating,
          rng.chance(70) ? "Yes" : "No", "Pending",
        ]))
    }
    try writer.commit()
    return writer.byteCount
  }

  /// Peak resident set size in KiB (VmHWM), 0 if unknown.
  static func peakRSS() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
  }

  /// Resets VmHWM to the current RSS (Linux: write 5 to /proc/self/clear_refs).
  static func resetPeakRSS() {
    let fd = open("/proc/self/clear_refs", O_WRONLY)
    guard fd >= 0 else { return }
    _ = write(fd, "5", 1)
    close(fd)
  }
}
