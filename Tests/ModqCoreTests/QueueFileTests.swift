import Foundation
import ModqCore
import Testing

@Suite struct QueueFileTests {
  typealias S = QueueTestSupport

  @Test func loadsValidLinesAndReportsBadOnesWithFileAndLine() throws {
    let text = [
      S.line("a"), "", "   ", #"{"id":"b","rating":9,"body":"x"}"#, S.line("c"),
      S.line("a", body: "again"), #"{"id":"d","rating":2"#, S.line("e"),
    ].joined(separator: "\n") + "\n"
    let path = try S.tempFile(text)
    let queue = try QueueFile(path: path)
    let load = queue.loadAll()
    #expect(load.entries.map(\.review.id) == ["a", "c", "e"])
    #expect(load.entries.map(\.line) == [1, 5, 8])
    #expect(load.entries[1].review.body == "fine")
    #expect(load.diagnostics.map(\.line) == [4, 6, 7])
    #expect(load.diagnostics.allSatisfy { $0.file == path })
    #expect(load.diagnostics[0].description.hasPrefix("\(path):4: \"rating\" must be an integer"))
    #expect(
      load.diagnostics[1].description == "\(path):6: duplicate id \"a\" (first seen on line 1)")
    #expect(load.diagnostics[2].reason.contains("line ends early"))
    #expect(queue.lineCount == 8)
  }

  @Test func hashesEachLineWithoutItsTerminator() throws {
    #expect(LineHash.sha256Hex(Array("abc".utf8))
      == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let first = S.line("x")
    let path = try S.tempFile(first + "\r\n" + S.line("y") + "\r\n")
    let queue = try QueueFile(path: path)
    let load = queue.loadAll()
    #expect(load.diagnostics.isEmpty)
    #expect(load.entries.map(\.review.id) == ["x", "y"])
    #expect(queue.withLineBytes(at: 2) { LineHash.sha256Hex($0) } == load.entries[1].lineSHA256)
    #expect(load.entries[0].lineSHA256 == LineHash.sha256Hex(Array(first.utf8)))
    #expect(load.entries[0].lineSHA256 != load.entries[1].lineSHA256)
  }

  @Test func readsAFileWithoutFinalNewlineAndAnEmptyFile() throws {
    let path = try S.tempFile(S.line("a") + "\n" + S.line("b"))
    let queue = try QueueFile(path: path)
    #expect(queue.loadAll().entries.map(\.review.id) == ["a", "b"])
    #expect(try queue.entry(at: 2)?.review.id == "b")
    let empty = try QueueFile(path: try S.tempFile(""))
    #expect(empty.loadAll().entries.isEmpty)
    #expect(empty.loadAll().diagnostics.isEmpty)
    #expect(empty.head(10).entries.isEmpty)
    #expect(empty.lineCount == 0)
    #expect(try empty.entry(at: 1) == nil)
  }

  @Test func namesThePathWhenItCannotOpen() throws {
    let missing = "/nonexistent-modq-dir/queue.jsonl"
    do {
      _ = try QueueFile(path: missing)
      Issue.record("opened a missing file")
    } catch {
      #expect(String(describing: error).contains(missing))
      #expect(String(describing: error).contains("No such file"))
    }
    let directory = FileManager.default.temporaryDirectory.path
    #expect(throws: QueueOpenError.self) { _ = try QueueFile(path: directory) }
  }

  @Test func headStopsAfterNValidEntries() throws {
    let lines = ["not json", S.line("a"), S.line("a"), S.line("b"), S.line("c"), "{"]
    let path = try S.tempFile(lines.joined(separator: "\n"))
    let head = try QueueFile(path: path).head(2)
    #expect(head.entries.map(\.review.id) == ["a", "b"])
    #expect(head.diagnostics.map(\.line) == [1, 3])
  }

  @Test func entryAtLineAndByIDDecodeOnDemand() async throws {
    let path = try S.tempFile([S.line("a"), "", "{bad", S.line("b")].joined(separator: "\n"))
    let queue = try QueueFile(path: path)
    let indexed = Task.detached { queue.buildIndex() }
    #expect(await indexed.value == 4)
    #expect(queue.isIndexed)
    #expect(try queue.entry(at: 1)?.review.id == "a")
    #expect(try queue.entry(at: 2) == nil)
    #expect(try queue.entry(at: 5) == nil)
    #expect(throws: QueueDiagnostic.self) { try queue.entry(at: 3) }
    #expect(queue.entry(id: "b")?.line == 4)
    #expect(queue.entry(id: "zz") == nil)
    #expect(queue.withLineBytes(at: 4) { Array($0) } == Array(S.line("b").utf8))
  }

  @Test func survivesInvalidUTF8AndHugeLines() throws {
    var bytes = Array((S.line("a") + "\n").utf8)
    bytes += Array(#"{"id":"bad","rating":3,"body":"x"#.utf8) + [0xFF] + Array("\"}\n".utf8)
    let big = String(repeating: "long review text ", count: 70_000)
    bytes += Array((S.line("big", body: big) + "\n").utf8)
    let load = try QueueFile(path: try S.tempFile(bytes)).loadAll()
    #expect(load.entries.map(\.review.id) == ["a", "big"])
    #expect(load.diagnostics.count == 1)
    #expect(load.diagnostics.first?.line == 2)
    #expect(load.diagnostics.first?.reason == "invalid UTF-8 (byte 32 of the line)")
  }

  @Test func loadsALargeQueueInParallelChunksInOrder() throws {
    // Above the parallel threshold (20,000 lines); small lines keep the debug build quick.
    var text = ""
    for i in 1...30_000 { text += S.line("r-\(i)") + "\n" }
    text += S.line("r-1", body: "dup") + "\n"
    let path = try S.tempFile(text)
    let queue = try QueueFile(path: path)
    let load = queue.loadAll()
    #expect(load.entries.count == 30_000)
    #expect(load.entries.enumerated().allSatisfy { $0.element.line == $0.offset + 1 })
    #expect(load.entries.last?.review.id == "r-30000")
    #expect(load.diagnostics.map(\.description)
      == ["\(path):30001: duplicate id \"r-1\" (first seen on line 1)"])
    #expect(queue.head(3).entries.map(\.review.id) == ["r-1", "r-2", "r-3"])
  }

  @Test func generatesAValidSyntheticQueue() throws {
    let path = try S.tempFile("")
    let bytes = try SyntheticQueue(seed: 3).write(count: 200, to: path)
    let queue = try QueueFile(path: path)
    #expect(queue.byteCount == bytes)
    let load = queue.loadAll()
    #expect(load.entries.count == 200)
    #expect(load.diagnostics.isEmpty)
    #expect(try SyntheticQueue(seed: 3).write(count: 200, to: path) == bytes)
  }

  /// Everyday bodies are about as long as the genuine reviews in ../shared/eval (median 304,
  /// 90th percentile 500 characters); long ones (every benchmark's default) about 3x that.
  @Test(arguments: SyntheticQueue.BodyLengths.allCases)
  func syntheticBodyLengths(_ bodies: SyntheticQueue.BodyLengths) throws {
    let path = try S.tempFile("")
    try SyntheticQueue(seed: 3, bodies: bodies).write(count: 2000, to: path)
    let load = try QueueFile(path: path).loadAll()
    #expect(load.entries.count == 2000 && load.diagnostics.isEmpty)
    let lengths = load.entries.map { $0.review.body.utf8.count }.sorted()
    let median = lengths[lengths.count / 2]
    switch bodies {
    case .everyday:
      #expect((250...420).contains(median))
      #expect(lengths.first! >= 40 && lengths.last! < 900)
    case .long:
      #expect((850...1300).contains(median))
      #expect(lengths.first! >= 150)
    }
  }

  @Test func quotesUntrustedIDsSafely() {
    #expect(DiagnosticText.quoted("a\u{1B}[2J\"b") == #""a\u001b[2J\"b""#)
    #expect(DiagnosticText.quoted("😀") == #""\ud83d\ude00""#)
    #expect(DiagnosticText.quoted(String(repeating: "x", count: 70)).hasSuffix("...\""))
  }
}
