import Foundation
import Testing

@testable import ModqCore

/// Lines read back by offset (`QueueFile.entry(lineStart:line:)`, used for the rows of
/// repeated ids and duplicate groups) are copied with `pread` instead of read through the
/// mapping; they must decode exactly as the mapping does, byte order mark, carriage returns,
/// long lines and a last line without a newline included.
@Suite struct LineCopyTests {
  typealias S = QueueTestSupport

  static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Lines and their start offsets: a byte order mark on the first, a CRLF line, one of
  /// 20 kB (several read blocks), a byte order mark inside the file (malformed there), a
  /// blank line, and a last line with no newline.
  static func queue() throws -> (QueueFile, [Int]) {
    let long = String(repeating: "é and more words ", count: 1200)
    let lines: [[UInt8]] = [
      bom + Array(S.line("first").utf8),
      Array(S.line("crlf").utf8) + [0x0D],
      Array(S.line("long", body: long).utf8),
      bom + Array(S.line("inner-bom").utf8),
      [],
      Array(S.line("last").utf8),
    ]
    var bytes: [UInt8] = []
    var starts: [Int] = []
    for (i, line) in lines.enumerated() {
      starts.append(bytes.count)
      bytes += line
      if i < lines.count - 1 { bytes.append(0x0A) }
    }
    return (try QueueFile(path: try S.tempFile(bytes)), starts)
  }

  @Test func copiedLinesDecodeAsTheMappingDoes() throws {
    let (queue, starts) = try Self.queue()
    var ids: [String?] = []
    for (i, start) in starts.enumerated() {
      let mapped = try? queue.entry(at: i + 1)
      let copied = queue.entry(lineStart: start, line: i + 1)
      #expect(copied?.review == mapped?.review)
      #expect(copied?.line == mapped?.line)
      ids.append(copied?.review.id)
    }
    #expect(ids == ["first", "crlf", "long", nil, nil, "last"])
    #expect(queue.entry(lineStart: queue.byteCount, line: 7) == nil)
  }

  @Test func aCopyIsTheLineWithoutItsNewline() throws {
    let (queue, starts) = try Self.queue()
    let bytes = Array(queue.file.bytes)
    for (i, start) in starts.enumerated() {
      let end = i + 1 < starts.count ? starts[i + 1] - 1 : bytes.count
      #expect(queue.file.lineCopy(from: start) == Array(bytes[start..<end]))
    }
    #expect(queue.file.lineCopy(from: bytes.count) == [])
    #expect(queue.file.lineCopy(from: bytes.count + 1) == nil)
  }
}
