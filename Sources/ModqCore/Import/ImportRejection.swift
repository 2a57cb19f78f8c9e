/// Why one row was not imported. Every rejected row is reported with its line; none is
/// dropped silently.
public struct ImportRejection: Error, Sendable, Hashable, CustomStringConvertible {
  /// Short, stable reason code used in the summary (`bad-rating`, `missing-text`...).
  public var code: String
  /// Human-readable detail naming the column and value.
  public var detail: String

  public init(_ code: String, _ detail: String) {
    self.code = code
    self.detail = detail
  }

  public var description: String { "\(code): \(detail)" }

  static func columnCount(expected: Int, got: Int) -> ImportRejection {
    ImportRejection("column-count", "\(got) columns, the header has \(expected)")
  }
}

/// One rejected row: where it is and why.
public struct ImportIssue: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  /// Physical line where the row starts (1-based; the header is line 1).
  public var line: Int
  public var rejection: ImportRejection

  public init(file: String, line: Int, rejection: ImportRejection) {
    self.file = file
    self.line = line
    self.rejection = rejection
  }

  public var description: String { "\(file):\(line): \(rejection.code): \(rejection.detail)" }
}
