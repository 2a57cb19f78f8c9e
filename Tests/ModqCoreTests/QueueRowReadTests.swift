import Foundation
import ModqCore
import Testing

/// `forEachRow` (what `modq screen` reads with) must visit the entries `loadAll()` keeps, on
/// the same lines, plus the repeated ids (found afterwards from the records), numbered as
/// rows in file order, with every `lineSHA256` left empty, and report the same malformed lines.
@Suite struct QueueRowReadTests {
  typealias S = QueueTestSupport

  @Test func rowReadMatchesLoadAllWithoutHashes() throws {
    let text = [
      S.line("a"), "", #"{"id":"b","rating":9,"body":"x"}"#, S.line("c"), S.line("a", body: "again"),
      #"{"id":"d","rating":2"#, S.line("e"), S.line("f") + "\r", S.line("g"),
    ].joined(separator: "\n") + "\n"
    let queue = try QueueFile(path: try S.tempFile(text))
    let load = queue.loadAll()
    #expect(load.entries.map(\.review.id) == ["a", "c", "e", "f", "g"])
    #expect(load.entries.allSatisfy { $0.lineSHA256.count == 64 })
    #expect(load.diagnostics.count == 3)

    var entries: [QueueEntry] = []
    var rows: [Int] = []
    let diagnostics = queue.forEachRow(size: 3, threads: 2) { chunk, visited, _ in
      entries += chunk
      rows += visited
    }
    #expect(entries.map(\.review.id) == ["a", "c", "a", "e", "f", "g"])
    #expect(rows == Array(0..<6))
    #expect(entries.allSatisfy { $0.lineSHA256.isEmpty })
    // Without the repeat (row 2), the entries loadAll keeps, on the same lines.
    var kept = entries
    kept.remove(at: 2)
    #expect(kept.map(\.review.id) == load.entries.map(\.review.id))
    #expect(kept.map(\.line) == load.entries.map(\.line))
    // The malformed lines; the repeat's diagnostic comes from `repeatedIDs(in:)`.
    #expect(diagnostics.count == 2)
    #expect(
      diagnostics == load.diagnostics.filter { !$0.reason.hasPrefix("duplicate id") })
  }
}
