import Foundation
import ModqCore
import Testing

/// `forEachChunk(hashingLines: false)` (what `modq screen` reads with) must visit the same
/// entries, offsets and diagnostics as the hashing read, with every `lineSHA256` left empty.
@Suite struct QueueChunkHashingTests {
  typealias S = QueueTestSupport

  struct Visit: Equatable {
    var ids: [String] = []
    var lines: [Int] = []
    var offsets: [Int] = []
    var hashes: [String] = []
    var diagnostics: [String] = []
  }

  static func visit(_ queue: QueueFile, hashing: Bool) -> Visit {
    var visit = Visit()
    let diagnostics = queue.forEachChunk(size: 3, threads: 2, hashingLines: hashing) {
      chunk, offsets in
      visit.ids += chunk.map(\.review.id)
      visit.lines += chunk.map(\.line)
      visit.hashes += chunk.map(\.lineSHA256)
      visit.offsets += offsets
    }
    visit.diagnostics = diagnostics.map(\.description)
    return visit
  }

  @Test func unhashedReadDiffersOnlyInTheEmptyHashes() throws {
    let text = [
      S.line("a"), "", #"{"id":"b","rating":9,"body":"x"}"#, S.line("c"), S.line("a", body: "again"),
      #"{"id":"d","rating":2"#, S.line("e"), S.line("f") + "\r", S.line("g"),
    ].joined(separator: "\n") + "\n"
    let queue = try QueueFile(path: try S.tempFile(text))
    let hashed = Self.visit(queue, hashing: true)
    let plain = Self.visit(queue, hashing: false)
    #expect(hashed.ids == ["a", "c", "e", "f", "g"])
    #expect(hashed.hashes.allSatisfy { $0.count == 64 })
    #expect(plain.hashes == Array(repeating: "", count: hashed.ids.count))
    var expected = hashed
    expected.hashes = plain.hashes
    #expect(plain == expected)
    #expect(plain.diagnostics.count == 3)
  }
}
