/// Streams a CSV export into queue lines: reads row by row, converts, drops repeated ids,
/// reports every rejected row, and hands each queue line to `emit`.
///
/// Memory is bounded by the read buffer, the longest row, and 16 bytes per imported row for
/// duplicate detection (a 64-bit hash of each id and its line).
public struct CSVImporter {
  public let path: String
  public let mapping: ImportMapping
  public var maxRecordBytes = 1 << 20

  public init(path: String, mapping: ImportMapping) {
    self.path = path
    self.mapping = mapping
  }

  /// Runs the import. `emit` gets each review and its encoded queue line (no newline);
  /// `issue` each rejected row; `progress` the bytes read so far, every 4096 rows.
  public func run(
    emit: (Review, [UInt8]) throws -> Void,
    issue: (ImportIssue) -> Void,
    progress: ((Int) -> Void)? = nil
  ) throws -> ImportSummary {
    let reader = try CSVReader(path: path, delimiter: mapping.delimiter, maxRecordBytes: maxRecordBytes)
    var record = CSVRecord()
    let header: [String]
    switch reader.next(into: &record) {
    case .end: throw ImportError.header(path: path, reason: "the file is empty (no header row)")
    case .malformed(let e): throw ImportError.header(path: path, reason: "header row: \(e.reason)")
    case .record:
      header = try (0..<record.count).map { i in
        guard let name = record.string(i) else {
          throw ImportError.header(path: path, reason: "header column \(i + 1) is not valid UTF-8")
        }
        return name
      }
    }
    let plan = try ImportPlan(mapping: mapping, header: header, path: path)
    let converter = RowConverter(plan: plan)
    var summary = ImportSummary()
    var seen = IDLines()
    func reject(_ line: Int, _ r: ImportRejection) {
      summary.reject(r.code)
      issue(ImportIssue(file: path, line: line, rejection: r))
    }
    while true {
      let step = reader.next(into: &record)
      switch step {
      case .end:
        progress?(reader.offset)
        return summary
      case .malformed(let e):
        summary.rowsRead += 1
        reject(e.line, ImportRejection("csv-syntax", e.reason))
      case .record:
        if record.isBlank {
          summary.blankLines += 1
          continue
        }
        summary.rowsRead += 1
        switch converter.convert(record) {
        case .failure(let r): reject(record.line, r)
        case .success(let review):
          if let first = seen.insert(review.id, line: record.line) {
            reject(
              record.line,
              ImportRejection(
                "duplicate-id", "id \(DiagnosticText.quoted(review.id)) already on line \(first)"))
          } else {
            summary.imported += 1
            try emit(review, ReviewEncoder.encode(review))
          }
        }
        if summary.rowsRead & 4095 == 0 { progress?(reader.offset) }
      }
    }
  }
}

/// Ids seen so far, as 64-bit FNV-1a hashes with the line of their first row.
struct IDLines {
  private var lines: [UInt64: Int] = [:]

  /// Records `id`; returns the earlier line if it was already seen.
  mutating func insert(_ id: String, line: Int) -> Int? {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in id.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    if let first = lines[h] { return first }
    lines[h] = line
    return nil
  }
}
