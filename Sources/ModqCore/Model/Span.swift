/// A review field that text findings can point into.
public enum ReviewField: String, Sendable, Hashable, Codable, CaseIterable {
  case title
  case body
  case authorName = "author.name"
  case authorEmail = "author.email"
}

/// A stretch of a field's text. Offsets count Unicode scalars (code points) from the start
/// of the field, end exclusive, as formats.md requires.
public struct Span: Sendable, Hashable, Codable {
  public var field: ReviewField
  public var start: Int
  public var end: Int

  public init(field: ReviewField, start: Int, end: Int) {
    self.field = field
    self.start = start
    self.end = end
  }
}
