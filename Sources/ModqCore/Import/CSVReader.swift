#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What reading one record gave.
public enum CSVStep: Sendable, Equatable {
  /// A record was read into the caller's `CSVRecord`.
  case record
  /// The bytes from `line` on are not valid CSV; the reader has skipped past them and the
  /// next call continues with the following line.
  case malformed(CSVSyntaxError)
  /// End of input.
  case end
}

/// Why a stretch of bytes is not a CSV record.
public struct CSVSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Physical line (1-based) where the bad record starts.
  public var line: Int
  public var reason: String

  public var description: String { "line \(line): \(reason)" }
}

/// A streaming RFC 4180 reader over bytes: quoted fields with embedded delimiters, newlines
/// and doubled quotes; LF, CRLF or CR line ends; a UTF-8 byte-order mark is skipped.
///
/// Memory is one read buffer plus the current record, so a file of any size is read in
/// bounded memory. A record longer than `maxRecordBytes` or a quote never closed before the
/// end of the file is reported as `.malformed` and reading resumes on the line after the one
/// the bad record started on, so one stray quote cannot swallow the rest of a file.
public final class CSVReader {
  public let delimiter: UInt8
  public let maxRecordBytes: Int
  private let fd: Int32
  private let ownsFD: Bool
  private let capacity: Int
  private let buffer: UnsafeMutablePointer<UInt8>
  /// File offset of `buffer[0]`.
  private var bufferOffset = 0
  private var count = 0
  private var pos = 0
  private var line = 1
  private var skipLF = false
  private var atStart = true
  /// Bytes consumed so far (file offset of the next byte).
  public var offset: Int { bufferOffset + pos }

  /// Reads the file at `path`.
  public convenience init(path: String, delimiter: UInt8 = 0x2C, maxRecordBytes: Int = 1 << 20)
    throws(ImportError)
  {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw ImportError.io(path: path, what: "open", errno: errno) }
    self.init(fd: fd, ownsFD: true, delimiter: delimiter, maxRecordBytes: maxRecordBytes)
  }

  /// Reads from an open descriptor (not closed by the reader unless `ownsFD`).
  public init(
    fd: Int32, ownsFD: Bool = false, delimiter: UInt8 = 0x2C, maxRecordBytes: Int = 1 << 20,
    bufferSize: Int = 1 << 18
  ) {
    self.fd = fd
    self.ownsFD = ownsFD
    self.delimiter = delimiter
    self.maxRecordBytes = maxRecordBytes
    self.capacity = max(16, bufferSize)
    self.buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
  }

  deinit {
    buffer.deallocate()
    if ownsFD { close(fd) }
  }

  /// Loads the next chunk; false at end of input.
  private func refill() -> Bool {
    bufferOffset += count
    pos = 0
    count = 0
    while true {
      let n = pread(fd, buffer, capacity, off_t(bufferOffset))
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return false }
      count = n
      return true
    }
  }

  /// Moves to file offset `target` (used to resynchronise after a bad record).
  private func seek(to target: Int) {
    bufferOffset = target
    count = 0
    pos = 0
  }

  private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

  /// Reads the next record into `record`.
  public func next(into record: inout CSVRecord) -> CSVStep {
    record.reset(line: line)
    var state = State.fieldStart
    var firstLineEnd = -1
    let quote: UInt8 = 0x22
    let lf: UInt8 = 0x0A
    let cr: UInt8 = 0x0D
    let delim = delimiter
    while true {
      if pos >= count {
        guard refill() else { return finishAtEOF(&record, state, firstLineEnd) }
      }
      if atStart {
        atStart = false
        if count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { pos = 3 }
        continue
      }
      if skipLF {
        skipLF = false
        if buffer[pos] == lf {
          pos += 1
          continue
        }
      }
      switch state {
      case .fieldStart, .unquoted:
        if state == .fieldStart && buffer[pos] == quote {
          pos += 1
          state = .quoted
          continue
        }
        let runStart = pos
        while pos < count {
          let b = buffer[pos]
          if b == delim || b == lf || b == cr || b == quote { break }
          pos += 1
        }
        record.storage.append(contentsOf: UnsafeBufferPointer(start: buffer + runStart, count: pos - runStart))
        if pos >= count {
          state = .unquoted
          if record.storage.count > maxRecordBytes {
            return tooLong(&record, firstLineEnd)
          }
          continue
        }
        let b = buffer[pos]
        pos += 1
        if b == delim {
          record.endField()
          state = .fieldStart
        } else if b == quote {
          return resync(record.line, firstLineEnd, "a quote inside an unquoted field (quote the whole field and double the quote)")
        } else {
          return endRecord(&record, cr: b == cr)
        }
      case .quoted:
        let runStart = pos
        while pos < count {
          let b = buffer[pos]
          if b == quote { break }
          if b == lf {
            line += 1
            if firstLineEnd < 0 { firstLineEnd = bufferOffset + pos + 1 }
          }
          pos += 1
        }
        record.storage.append(contentsOf: UnsafeBufferPointer(start: buffer + runStart, count: pos - runStart))
        if record.storage.count > maxRecordBytes { return tooLong(&record, firstLineEnd) }
        if pos < count {
          pos += 1
          state = .quoteInQuoted
        }
      case .quoteInQuoted:
        let b = buffer[pos]
        pos += 1
        if b == quote {
          record.storage.append(quote)
          state = .quoted
        } else if b == delim {
          record.endField()
          state = .fieldStart
        } else if b == lf || b == cr {
          return endRecord(&record, cr: b == cr)
        } else {
          return resync(record.line, firstLineEnd, "text after a closing quote (a quote inside a quoted field must be doubled)")
        }
      }
    }
  }

  private func endRecord(_ record: inout CSVRecord, cr: Bool) -> CSVStep {
    record.endField()
    record.endLine = line
    line += 1
    skipLF = cr
    return .record
  }

  private func finishAtEOF(
    _ record: inout CSVRecord, _ state: State, _ firstLineEnd: Int
  ) -> CSVStep {
    if state == .quoted {
      return resync(record.line, firstLineEnd, "a quote opened on this line is never closed")
    }
    if state == .fieldStart && record.ends.isEmpty && record.storage.isEmpty { return .end }
    record.endField()
    record.endLine = line
    line += 1
    return .record
  }

  private func tooLong(_ record: inout CSVRecord, _ firstLineEnd: Int) -> CSVStep {
    resync(
      record.line, firstLineEnd,
      "record longer than \(maxRecordBytes) bytes (most likely a quote that is never closed)")
  }

  /// Reports a bad record and continues on the line after `startLine`: from the first
  /// newline inside the record if it held one, else from the end of the current line.
  private func resync(_ startLine: Int, _ firstLineEnd: Int, _ reason: String) -> CSVStep {
    guard firstLineEnd >= 0 else { return skipRestOfLine(startLine, reason) }
    seek(to: firstLineEnd)
    line = startLine + 1
    skipLF = false
    return .malformed(CSVSyntaxError(line: startLine, reason: reason))
  }

  /// Reports a bad record and skips to the end of the current physical line.
  private func skipRestOfLine(_ startLine: Int, _ reason: String) -> CSVStep {
    let error = CSVSyntaxError(line: startLine, reason: reason)
    while true {
      if pos >= count { guard refill() else { break } }
      let b = buffer[pos]
      pos += 1
      if b == 0x0A { break }
    }
    line += 1
    skipLF = false
    return .malformed(error)
  }
}
