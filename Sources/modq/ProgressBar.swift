import Foundation

/// A one-line progress bar on stderr for long batch work. It draws only when stderr is a
/// terminal and the job is large enough to be worth it; it redraws only when the percentage
/// changes, and may be updated from several threads.
final class ProgressBar: @unchecked Sendable {
  private let label: String
  private let total: Int
  private let enabled: Bool
  private let lock = NSLock()
  private var shown = false
  private var lastPercent = -1

  /// - Parameters:
  ///   - label: what is being done ("screening", "importing").
  ///   - total: the amount of work, in any unit (reviews, bytes).
  ///   - minimum: below this total no bar is drawn.
  init(label: String, total: Int, minimum: Int) {
    self.label = label
    self.total = max(1, total)
    enabled = isatty(2) == 1 && total >= minimum
  }

  /// A bar for reading the file at `path`, in bytes (drawn for files of 8 MiB or more).
  convenience init(label: String, path: String) {
    let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    self.init(label: label, total: size, minimum: 8 << 20)
  }

  /// Records that `done` units of the total are finished.
  func update(_ done: Int) {
    guard enabled else { return }
    lock.withLock {
      let percent = min(100, done * 100 / total)
      guard percent != lastPercent else { return }
      lastPercent = percent
      let filled = percent * 30 / 100
      let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
      FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(percent)%".utf8))
      shown = true
    }
  }

  /// Erases the bar (before printing a diagnostic line, and at the end).
  func clear() {
    lock.withLock {
      guard shown else { return }
      FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
      shown = false
      lastPercent = -1
    }
  }

  func finish() { clear() }
}
