import Foundation

/// Paths the fuzz targets share: a per-process scratch directory in /dev/shm (or the temp
/// directory) and the repository's `data/` folder.
public enum FuzzScratch {
  /// A directory private to this fuzzing process, created on first use.
  public static let directory: String = {
    let base =
      FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let dir = base + "/modq-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }()

  /// The repository root (this file is Fuzz/Sources/FuzzSupport/FuzzScratch.swift).
  public static let repository: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Replaces the file at `path` with `bytes`.
  public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { fatalError("cannot create \(path): errno \(errno)") }
    var done = 0
    while done < bytes.count {
      let n = Foundation.write(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done)
      guard n > 0 else { fatalError("cannot write \(path): errno \(errno)") }
      done += n
    }
    close(fd)
  }

  /// Fails the run (libFuzzer reports a crash and saves the input) when `condition` is false.
  public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("property violated: \(message())") }
  }
}
