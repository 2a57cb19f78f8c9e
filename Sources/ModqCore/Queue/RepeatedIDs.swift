/// The repeated ids of a queue found from its `QueueRowRecords`: the rows to skip (every
/// occurrence of an id after its first) and a diagnostic for each, as `loadAll()` reports
/// them. Only the rows whose id hash is shared are decoded again, to compare the real ids: a
/// hash collision between two different ids drops nothing.
public struct RepeatedIDs: Sendable {
  /// Rows (0-based valid-entry numbers, repeats included) to skip, ascending.
  public var rows: [Int] = []
  /// One per skipped row, in the same order (line order).
  public var diagnostics: [QueueDiagnostic] = []

  public init() {}
}

extension QueueFile {
  /// The repeated ids among the rows recorded in `records` (this file's valid entries).
  /// Throws when spilled records cannot be read back.
  public func repeatedIDs(in records: QueueRowRecords, block: Int = 512) throws(SpillError)
    -> RepeatedIDs
  {
    var repeats: [(row: Int, diagnostic: QueueDiagnostic)] = []
    for group in try records.rowsSharingAHash(block: block) {
      var firstLine: [String: Int] = [:]
      for row in group {
        let location = try records.location(ofRow: row)
        guard let id = entry(lineStart: location.offset, line: location.line)?.review.id else {
          continue
        }
        if let first = firstLine[id] {
          repeats.append((row, decoder.duplicate(id, line: location.line, firstLine: first)))
        } else {
          firstLine[id] = location.line
        }
      }
    }
    repeats.sort { $0.row < $1.row }
    var result = RepeatedIDs()
    result.rows = repeats.map(\.row)
    result.diagnostics = repeats.map(\.diagnostic)
    return result
  }
}

extension QueueFile {
  /// The ids of the rows `rows` (ascending) recorded in `records`, decoded again from the
  /// file, with where their lines start. Each line is read with `pread`
  /// (`entry(lineStart:line:)`), so a queue that is mostly duplicates does not map itself back
  /// in. Throws when spilled records cannot be read back.
  public func idsAndLocations(ofRows rows: [Int], in records: QueueRowRecords)
    throws(SpillError) -> [Int: (id: String, location: QueueRowRecords.Location)]
  {
    var found: [Int: (id: String, location: QueueRowRecords.Location)] = [:]
    found.reserveCapacity(rows.count)
    for row in rows where row < records.count {
      let location = try records.location(ofRow: row)
      if let id = entry(lineStart: location.offset, line: location.line)?.review.id {
        found[row] = (id, location)
      }
    }
    return found
  }
}
