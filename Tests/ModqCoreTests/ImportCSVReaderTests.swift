import Foundation
import Testing
@testable import ModqCore

@Suite("Import: streaming RFC 4180 reader")
struct ImportCSVReaderTests {
  func ok(_ fields: [String]) -> Result<[String], CSVSyntaxError> { .success(fields) }

  @Test("quoted fields: delimiters, doubled quotes, embedded newlines, CRLF")
  func quoting() throws {
    let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\"\r\nplain,,last\r\n"
    for size in [16, 17, 64, 1 << 18] {
      let rows = try readAll(text, bufferSize: size)
      #expect(
        rows == [ok(["a", "b", "c"]), ok(["x, y", "say \"hi\"", "line1\nline2"]), ok(["plain", "", "last"])],
        "buffer \(size)")
    }
  }

  @Test("a UTF-8 byte-order mark is skipped; a missing final newline still ends the record")
  func bomAndNoFinalNewline() throws {
    let rows = try readAll(bytes: [0xEF, 0xBB, 0xBF] + Array("id,rating\nr1,5".utf8))
    #expect(rows == [ok(["id", "rating"]), ok(["r1", "5"])])
  }

  @Test("bare CR line ends and a trailing empty field")
  func crAndTrailingEmpty() throws {
    let rows = try readAll("a,b\rc,\r")
    #expect(rows == [ok(["a", "b"]), ok(["c", ""])])
  }

  @Test("an unclosed quote is reported on its line and the following lines are read again")
  func unclosedQuote() throws {
    let text = "h1,h2\nr1,\"never closed\nr2,fine\nr3,also fine\n"
    for size in [16, 1 << 18] {
      let rows = try readAll(text, bufferSize: size)
      #expect(rows.count == 4)
      guard case .failure(let e) = rows[1] else {
        Issue.record("expected a syntax error, got \(rows[1])")
        continue
      }
      #expect(e.line == 2)
      #expect(e.reason.contains("never closed"))
      #expect(rows[2] == ok(["r2", "fine"]))
      #expect(rows[3] == ok(["r3", "also fine"]))
    }
  }

  @Test("text after a closing quote: the bad record is reported, the lines it swallowed come back")
  func textAfterClosingQuote() throws {
    let rows = try readAll("a,b\n1,\"x\nnext,row\n2,\"oops\"z\n3,ok\n")
    #expect(rows.count == 5)
    if case .failure(let e) = rows[1] { #expect(e.line == 2) } else { Issue.record("row 2 accepted") }
    #expect(rows[2] == ok(["next", "row"]))
    if case .failure(let e) = rows[3] { #expect(e.line == 4) } else { Issue.record("row 4 accepted") }
    #expect(rows[4] == ok(["3", "ok"]))
  }

  @Test("a quote inside an unquoted field is an error; the next line is read normally")
  func quoteInUnquoted() throws {
    let rows = try readAll("a,b\n1,ab\"c\n2,ok\n")
    #expect(rows.count == 3)
    if case .failure(let e) = rows[1] { #expect(e.line == 2) } else { Issue.record("accepted") }
    #expect(rows[2] == ok(["2", "ok"]))
  }

  @Test("a record longer than the limit is rejected without holding the rest of the file")
  func recordLimit() throws {
    let long = String(repeating: "x", count: 200)
    let rows = try readAll("a\n\"\(long)\n\(long)\nshort\n", bufferSize: 32, maxRecordBytes: 100)
    guard case .failure(let e) = rows[1] else {
      Issue.record("long record accepted")
      return
    }
    #expect(e.reason.contains("longer than 100"))
    #expect(rows.last == ok(["short"]))
  }

  @Test("record line numbers count newlines inside quoted fields")
  func lineNumbers() throws {
    let path = try tempFile("a,b\n\"1\n2\n3\",x\ny,z\n")
    let reader = try CSVReader(path: path)
    var record = CSVRecord()
    var starts: [Int] = []
    while case .record = reader.next(into: &record) { starts.append(record.line) }
    #expect(starts == [1, 2, 5])
  }
}
