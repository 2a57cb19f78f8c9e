/// Why a `decide --from` line was not accepted (the reason printed after `file:line:`).
public struct DecisionLineProblem: Error, Sendable, Hashable {
  public var reason: String

  public init(reason: String) { self.reason = reason }
}

/// Reads one line of a `decide --from` file (`{"review":..,"verdict":..,"criteria":[..],
/// "note":..,"id":..}`) on bytes, without Foundation's JSON: the line is validated with the
/// queue's strict tokenizer and only these five members are decoded. A line that is not strict
/// JSON is left to the caller (nil), which asks the lenient `JSONSerialization` reader it
/// replaced (that one accepts trailing commas, for one), so every line gets the verdict and
/// reason it had before; a differential test compares the two. A repeated member keeps its
/// last value, as `JSONSerialization` does.
public enum DecisionLineReader {
  /// A member's value as the rules need it.
  public enum Field: Sendable {
    case absent
    case string(String)
    case strings([String])
    /// Present, but neither a string nor a list of strings.
    case other
  }

  /// The request on `line` (without its newline), or nil when the line is not strict JSON.
  public static func parse(
    _ line: UnsafeBufferPointer<UInt8>
  ) -> Result<DecisionRequest, DecisionLineProblem>? {
    guard let fields = try? members(line) else { return nil }
    func field(_ value: Value) -> Field {
      switch value {
      case .absent: .absent
      case .string(let token): .string(JSONStringDecoding.string(line, token))
      case .strings(let tokens): .strings(tokens.map { JSONStringDecoding.string(line, $0) })
      case .other: .other
      }
    }
    return request(
      review: field(fields.review), verdict: field(fields.verdict),
      criteria: field(fields.criteria), note: field(fields.note), id: field(fields.id))
  }

  /// The rules for the five members, in the order their problems are reported; a missing `id`
  /// gets a fresh one.
  public static func request(
    review: Field, verdict: Field, criteria: Field, note: Field, id: Field
  ) -> Result<DecisionRequest, DecisionLineProblem> {
    func text(_ field: Field) -> String? {
      if case .string(let s) = field { return s }
      return nil
    }
    guard let reviewID = text(review), !reviewID.isEmpty else {
      return .failure(DecisionLineProblem(reason: "missing \"review\" (a string)"))
    }
    guard let name = text(verdict), let chosen = Verdict(rawValue: name) else {
      return .failure(
        DecisionLineProblem(reason: "\"verdict\" must be publish, reject or escalate"))
    }
    var list: [String] = []
    switch criteria {
    case .absent: break
    case .strings(let items): list = items
    case .string, .other:
      return .failure(DecisionLineProblem(reason: "\"criteria\" must be a list of strings"))
    }
    if case .absent = note {} else if text(note) == nil {
      return .failure(DecisionLineProblem(reason: "\"note\" must be a string"))
    }
    if case .absent = id {} else if text(id)?.isEmpty != false {
      return .failure(DecisionLineProblem(reason: "\"id\" must be a non-empty string"))
    }
    return .success(
      DecisionRequest(
        review: reviewID, verdict: chosen, criteria: list, note: text(note),
        id: text(id) ?? AuditDraft.newID()))
  }

  /// A member's value as the scan found it (tokens into the line).
  private enum Value {
    case absent
    case string(JSONStringToken)
    case strings([JSONStringToken])
    case other
  }

  private struct Fields {
    var review = Value.absent
    var verdict = Value.absent
    var criteria = Value.absent
    var note = Value.absent
    var id = Value.absent
  }

  private static let names: [StaticString] = ["review", "verdict", "criteria", "note", "id"]

  /// Validates the whole line as one JSON object and picks out the five members.
  private static func members(
    _ line: UnsafeBufferPointer<UInt8>
  ) throws(JSONLineError) -> Fields {
    var c = JSONCursor(line)
    var fields = Fields()
    c.skipWhitespace()
    try c.expect(0x7B, "'{'")
    c.skipWhitespace()
    var closed = c.peek == 0x7D
    if closed { c.pos += 1 }
    while !closed {
      guard c.peek == 0x22 else { throw c.unexpected("a member name") }
      let key = try c.scanString()
      c.skipWhitespace()
      try c.expect(0x3A, "':'")
      c.skipWhitespace()
      let decoded = JSONStringDecoding.bytes(line, key)
      let slot = decoded.withUnsafeBufferPointer { ReviewParser.index(of: $0, in: names) }
      let value = try Self.value(&c, wantsList: slot == 2)
      switch slot {
      case 0: fields.review = value
      case 1: fields.verdict = value
      case 2: fields.criteria = value
      case 3: fields.note = value
      case 4: fields.id = value
      default: break
      }
      c.skipWhitespace()
      if c.peek == 0x2C {
        c.pos += 1
        c.skipWhitespace()
      } else {
        try c.expect(0x7D, "',' or '}'")
        closed = true
      }
    }
    c.skipWhitespace()
    guard c.atEnd else { throw c.fail("text after the object") }
    return fields
  }

  /// Reads (and validates) one value; an array is kept as strings when `wantsList` and every
  /// element is a string.
  private static func value(
    _ c: inout JSONCursor, wantsList: Bool
  ) throws(JSONLineError) -> Value {
    if c.peek == 0x22 { return .string(try c.scanString()) }
    guard wantsList, c.peek == 0x5B else {
      try c.skipValue()
      return .other
    }
    let start = c.pos
    c.pos += 1
    c.skipWhitespace()
    var tokens: [JSONStringToken] = []
    if c.peek == 0x5D {
      c.pos += 1
      return .strings(tokens)
    }
    while c.peek == 0x22 {
      tokens.append(try c.scanString())
      c.skipWhitespace()
      if c.peek == 0x5D {
        c.pos += 1
        return .strings(tokens)
      }
      guard c.peek == 0x2C else { break }
      c.pos += 1
      c.skipWhitespace()
    }
    // Not a plain list of strings: validate it whole and report it as the wrong type.
    c.pos = start
    try c.skipValue()
    return .other
  }
}
