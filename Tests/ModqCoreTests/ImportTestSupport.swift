import Foundation
@testable import ModqCore

/// The repository root (for presets and fixtures).
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path

/// Path of an import fixture.
func fixture(_ name: String) -> String {
  repoRoot + "/Tests/ModqCoreTests/Fixtures/import/" + name
}

/// The bundled presets.
let presets = PresetLibrary(directories: [repoRoot + "/data/import/presets"])

/// Writes `text` to a new temporary file and returns its path.
func tempFile(_ text: String, name: String = "in.csv") throws -> String {
  let path = try makeTempDir("import") + "/" + name
  try writeBytes(path, Array(text.utf8))
  return path
}

/// Every record (or syntax error) of a CSV text, read with a given buffer size.
func readAll(_ text: String, bufferSize: Int = 1 << 18, maxRecordBytes: Int = 1 << 20) throws
  -> [Result<[String], CSVSyntaxError>]
{
  try readAll(bytes: Array(text.utf8), bufferSize: bufferSize, maxRecordBytes: maxRecordBytes)
}

func readAll(bytes: [UInt8], bufferSize: Int = 1 << 18, maxRecordBytes: Int = 1 << 20) throws
  -> [Result<[String], CSVSyntaxError>]
{
  let path = try makeTempDir("csv") + "/t.csv"
  try writeBytes(path, bytes)
  let fd = open(path, O_RDONLY)
  defer { close(fd) }
  let reader = CSVReader(fd: fd, maxRecordBytes: maxRecordBytes, bufferSize: bufferSize)
  var out: [Result<[String], CSVSyntaxError>] = []
  var record = CSVRecord()
  while true {
    switch reader.next(into: &record) {
    case .end: return out
    case .malformed(let e): out.append(.failure(e))
    case .record: out.append(.success((0..<record.count).map { record.string($0) ?? "<invalid>" }))
    }
  }
}

/// Result of importing one CSV file in memory.
struct ImportRun {
  var reviews: [Review] = []
  var lines: [[UInt8]] = []
  var issues: [ImportIssue] = []
  var summary = ImportSummary()
}

func runImport(_ path: String, _ mapping: ImportMapping = .identity) throws -> ImportRun {
  var run = ImportRun()
  var reviews: [Review] = []
  var lines: [[UInt8]] = []
  var issues: [ImportIssue] = []
  let summary = try CSVImporter(path: path, mapping: mapping).run(
    emit: { review, line in
      reviews.append(review)
      lines.append(line)
    },
    issue: { issues.append($0) })
  run.reviews = reviews
  run.lines = lines
  run.issues = issues
  run.summary = summary
  return run
}
