import Foundation
import TerminalKit
import Testing

/// Compares `text` with the golden file `Snapshots/<name>.txt` beside the calling test file.
///
/// Argument-parser semantics: when the file is missing, or `RECORD_SNAPSHOTS=1` is set, the
/// file is written AND an issue is recorded, so a fresh baseline never passes silently.
/// Review the new file, commit it, and run again.
public func expectSnapshot(
  _ text: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let file = directory.appendingPathComponent("\(name).txt")
  let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  let existing = try? String(contentsOf: file, encoding: .utf8)
  if recording || existing == nil {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
      Issue.record(
        "Recorded snapshot \(file.path); check it and run again", sourceLocation: sourceLocation)
    } catch {
      Issue.record("Cannot write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let existing, existing != text else { return }
  let diff = snapshotDiff(expected: existing, actual: text)
  let message = "Snapshot \(name) differs:\n\(diff)\n(RECORD_SNAPSHOTS=1 rewrites it)"
  Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

/// Compares a screen's `snapshotText()` (rows framed by `|`, then style runs) with
/// `Snapshots/<name>.txt`.
public func expectSnapshot(
  _ screen: Screen, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  expectSnapshot(
    screen.snapshotText(), named: name, filePath: filePath, sourceLocation: sourceLocation)
}

/// The differing lines of two snapshots, `-` expected and `+` actual, with line numbers.
public func snapshotDiff(expected: String, actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  for index in 0..<max(old.count, new.count) {
    let left = index < old.count ? String(old[index]) : nil
    let right = index < new.count ? String(new[index]) : nil
    if left == right { continue }
    if let left { out.append("\(index + 1) - \(left)") }
    if let right { out.append("\(index + 1) + \(right)") }
  }
  return out.joined(separator: "\n")
}
