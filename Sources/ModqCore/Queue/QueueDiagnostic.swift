/// A problem with one queue line, reported as `file:line: reason` (the line is skipped).
public struct QueueDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  /// The queue file's path as it was given to `QueueFile`.
  public var file: String
  /// 1-based line number.
  public var line: Int
  /// Why the line was skipped; never contains raw line text.
  public var reason: String

  public init(file: String, line: Int, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  public var description: String { "\(file):\(line): \(reason)" }
}

/// One valid review of a queue and where it came from.
public struct QueueEntry: Sendable {
  public var review: Review
  /// 1-based line number in the queue file.
  public var line: Int
  /// Lowercase hex SHA-256 of the line's bytes, without the `\n` (and without a `\r` before it).
  public var lineSHA256: String

  public init(review: Review, line: Int, lineSHA256: String) {
    self.review = review
    self.line = line
    self.lineSHA256 = lineSHA256
  }
}

/// The result of loading (part of) a queue: valid entries in file order, and what was skipped.
public struct QueueLoad: Sendable {
  public var entries: [QueueEntry]
  public var diagnostics: [QueueDiagnostic]

  public init(entries: [QueueEntry] = [], diagnostics: [QueueDiagnostic] = []) {
    self.entries = entries
    self.diagnostics = diagnostics
  }
}

/// Why a queue file could not be opened at all.
public struct QueueOpenError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "\(path): cannot open queue: \(reason)" }
}
