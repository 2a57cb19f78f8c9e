/// Decodes single queue lines into entries or diagnostics (shared by every `QueueFile` path).
struct QueueLineDecoder: @unchecked Sendable {
  let path: String
  let bytes: UnsafeBufferPointer<UInt8>
  /// False: entries get an empty `lineSHA256` (for readers that never use it, such as
  /// `modq screen`; hashing was a few per cent of screening a queue).
  var hashesLines = true
  /// False when `bytes` is a copy of a line from inside the file: its offset 0 is then not
  /// the file's start, where a byte order mark is skipped.
  var startsFile = true

  enum Outcome: Sendable {
    case blank
    case entry(QueueEntry)
    case malformed(QueueDiagnostic)
  }

  /// Decodes the bytes in `range` (line terminator excluded) as 1-based line `number`.
  func decode(_ range: Range<Int>, line number: Int) -> Outcome {
    var lower = range.lowerBound
    var upper = range.upperBound
    if upper > lower && bytes[upper - 1] == 0x0D { upper -= 1 }
    var first = lower
    while first < upper, bytes[first] == 0x20 || bytes[first] == 0x09 || bytes[first] == 0x0D {
      first += 1
    }
    if first == upper { return .blank }
    let hashed = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    // A UTF-8 byte order mark on the first line is skipped (not hashed away).
    if startsFile, lower == 0, upper >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { lower = 3 }
    let line = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    do {
      let review = try ReviewDecoder.decode(line: line)
      let hash = hashesLines ? LineHash.sha256Hex(hashed) : ""
      return .entry(QueueEntry(review: review, line: number, lineSHA256: hash))
    } catch {
      let offset = error.offset + (lower - range.lowerBound)
      let reason = "\(error.reason) (byte \(offset) of the line)"
      return .malformed(QueueDiagnostic(file: path, line: number, reason: reason))
    }
  }

  /// The diagnostic for a repeated id.
  func duplicate(_ id: String, line: Int, firstLine: Int) -> QueueDiagnostic {
    QueueDiagnostic(
      file: path, line: line,
      reason: "duplicate id \(DiagnosticText.quoted(id)) (first seen on line \(firstLine))")
  }
}
