import ModqCore

/// A screening result as compact bytes, for the streaming screen's spill of pass 1: the id,
/// then per finding its criterion's place in the engine (the criterion's id, action and
/// explanation are read back from the engine), spans, evidence and related ids. Counts and
/// offsets are LEB128 varints; strings are their UTF-8 bytes after their length.
struct ResultCodec {
  let engine: ScreeningEngine
  /// Criterion id -> its place in `engine.compiled`.
  private let slots: [String: Int]

  init(engine: ScreeningEngine) {
    self.engine = engine
    var slots: [String: Int] = [:]
    for (k, entry) in engine.compiled.enumerated() { slots[entry.criterion.id] = k }
    self.slots = slots
  }

  /// Appends `result`'s bytes to `out`.
  func encode(_ result: ScreeningResult, into out: inout [UInt8]) {
    Self.append(string: result.id, to: &out)
    Self.append(result.findings.count, to: &out)
    for finding in result.findings {
      Self.append(slots[finding.criterion] ?? 0, to: &out)
      Self.append(finding.spans.count, to: &out)
      for span in finding.spans {
        out.append(Self.fieldCode(span.field))
        Self.append(span.start, to: &out)
        Self.append(span.end, to: &out)
      }
      Self.append(string: finding.evidence, to: &out)
      Self.append(finding.relatedReviewIDs.count, to: &out)
      for id in finding.relatedReviewIDs { Self.append(string: id, to: &out) }
    }
  }

  /// The result whose bytes start at `offset` in `bytes` (which `encode` wrote), moving
  /// `offset` past them.
  func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int) -> ScreeningResult {
    let id = Self.string(bytes, &offset)
    let count = Self.int(bytes, &offset)
    var findings: [Finding] = []
    findings.reserveCapacity(count)
    for _ in 0..<count {
      let criterion = engine.compiled[Self.int(bytes, &offset)].criterion
      let spanCount = Self.int(bytes, &offset)
      var spans: [Span] = []
      spans.reserveCapacity(spanCount)
      for _ in 0..<spanCount {
        let field = Self.fields[Int(bytes[offset])]
        offset += 1
        let start = Self.int(bytes, &offset)
        spans.append(Span(field: field, start: start, end: Self.int(bytes, &offset)))
      }
      let evidence = Self.string(bytes, &offset)
      let relatedCount = Self.int(bytes, &offset)
      var related: [String] = []
      for _ in 0..<relatedCount { related.append(Self.string(bytes, &offset)) }
      findings.append(
        Finding(
          criterion: criterion.id, action: criterion.action, spans: spans, evidence: evidence,
          explanation: criterion.explanation, relatedReviewIDs: related))
    }
    return ScreeningResult(id: id, verdict: ScreeningResult.resolve(findings), findings: findings)
  }

  /// The place of `finding`'s criterion in the engine (policy order).
  func slot(of finding: Finding) -> Int { slots[finding.criterion] ?? 0 }

  private static let fields = ReviewField.allCases

  private static func fieldCode(_ field: ReviewField) -> UInt8 {
    UInt8(fields.firstIndex(of: field) ?? 0)
  }

  private static func append(_ value: Int, to out: inout [UInt8]) {
    var v = UInt(bitPattern: value)
    while v >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    out.append(UInt8(v))
  }

  private static func append(string: String, to out: inout [UInt8]) {
    var string = string
    string.withUTF8 { utf8 in
      append(utf8.count, to: &out)
      out.append(contentsOf: utf8)
    }
  }

  private static func int(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> Int {
    var value: UInt = 0
    var shift: UInt = 0
    while true {
      let byte = bytes[offset]
      offset += 1
      value |= UInt(byte & 0x7F) << shift
      if byte < 0x80 { return Int(bitPattern: value) }
      shift += 7
    }
  }

  private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> String {
    let count = int(bytes, &offset)
    defer { offset += count }
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
  }
}
