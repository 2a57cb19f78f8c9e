/// One CSV record (a row), its fields stored back to back in one reusable byte buffer.
///
/// The reader refills the same record for every row, so reading a million rows allocates
/// nothing per row once the buffers have grown to the largest row.
public struct CSVRecord: Sendable {
  /// The field bytes, concatenated (quotes removed, doubled quotes collapsed).
  public internal(set) var storage: [UInt8] = []
  /// End offset in `storage` of each field.
  public internal(set) var ends: [Int] = []
  /// Physical line (1-based) on which the record starts.
  public internal(set) var line = 0
  /// Physical line on which the record ends (differs when a quoted field holds newlines).
  public internal(set) var endLine = 0

  public init() {}

  /// Builds a record from strings (tests and converters that start from text).
  public init(fields: [String], line: Int = 1) {
    for field in fields {
      storage.append(contentsOf: field.utf8)
      ends.append(storage.count)
    }
    self.line = line
    self.endLine = line
  }

  /// Number of fields.
  public var count: Int { ends.count }

  /// Whether the record is a blank line (one empty field).
  public var isBlank: Bool { ends.count == 1 && ends[0] == 0 }

  /// The bytes of field `i`.
  public func bytes(_ i: Int) -> ArraySlice<UInt8> {
    storage[(i == 0 ? 0 : ends[i - 1])..<ends[i]]
  }

  /// Field `i` as a String, or nil when it is not valid UTF-8.
  public func string(_ i: Int) -> String? {
    UTF8Validation.string(bytes(i))
  }

  mutating func reset(line: Int) {
    storage.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    self.line = line
    self.endLine = line
  }

  mutating func endField() { ends.append(storage.count) }
}

/// Strict UTF-8 decoding of byte slices (invalid input is reported, never replaced).
public enum UTF8Validation {
  /// The bytes as a String, or nil if they are not valid UTF-8.
  public static func string(_ bytes: ArraySlice<UInt8>) -> String? {
    var ascii = true
    for b in bytes where b >= 0x80 {
      ascii = false
      break
    }
    if !ascii {
      let failed = transcode(
        bytes.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: true,
        into: { _ in })
      if failed { return nil }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
