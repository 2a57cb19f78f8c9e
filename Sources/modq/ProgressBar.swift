import Foundation

/// A one-line progress bar on stderr, shown only when stderr is a terminal and the input is
/// large (at least 8 MiB).
final class ProgressBar {
  private let total: Int
  private let enabled: Bool
  private var shown = false
  private var lastPercent = -1

  init(path: String) {
    let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    total = max(1, size)
    enabled = isatty(2) == 1 && total >= 8 << 20
  }

  /// Called with the bytes read so far.
  func update(_ bytes: Int) {
    guard enabled else { return }
    let percent = min(100, bytes * 100 / total)
    guard percent != lastPercent else { return }
    lastPercent = percent
    let filled = percent * 30 / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
    FileHandle.standardError.write(Data("\r[\(bar)] \(percent)%".utf8))
    shown = true
  }

  /// Erases the bar (before printing a diagnostic line).
  func clear() {
    guard shown else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    shown = false
    lastPercent = -1
  }

  func finish() { clear() }
}
