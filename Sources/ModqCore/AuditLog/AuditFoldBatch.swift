/// What the fold needs from one verified line: byte ranges into the buffer being checked
/// (-1 when absent) and the decoded verdict / undo target.
struct AuditFoldRecord {
  /// `claim` covers claim, renew and release: the batch folds those through the reference
  /// `AuditState.fold` (they are rare), after flushing what it holds.
  enum Kind: UInt8 { case other, decision, undo, claim }

  var seq: Int
  var offset: Int
  var kind = Kind.other
  var verdict: UInt8 = 0
  var target = 0
  var reviewStart = -1
  var reviewEnd = -1
  var moderatorStart = -1
  var moderatorEnd = -1
  var idStart = -1
  var idEnd = -1
  var reviewHash: UInt64 = 0
  var idHash: UInt64 = 0
  /// The first table entries probed for the review and id (read early; see `AuditFoldBatch`).
  var probes: UInt64 = 0

  /// Picks the members the fold reads out of a line the chain checker accepted. Same rules as
  /// the reference `AuditState.fold`: a decision needs an accept/override/escalate type, a
  /// `review` and a `final` verdict; an undo needs an integer `target`.
  init(
    _ p: UnsafeRawBufferPointer, _ parser: AuditLineParser, seq: Int, offset: Int
  ) {
    var line = AuditFlatLine()
    var claimType = false
    let members = parser.members
    for r in members {
      let value = r.valueStart..<r.valueEnd
      switch r.keyEnd - r.keyStart {
      case 2 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "id"): line.id = value
      case 4 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "type"):
        line.type = value
        // As the reference fold: a claim `type` anywhere folds as a claim unless the line is a
        // decision or an undo.
        let (isDecision, isUndo) = Self.typeFlags(p, value)
        if !isDecision && !isUndo && Self.claimKind(p, value) != 0 { claimType = true }
      case 5 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "final"): line.final = value
      case 6 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "review"): line.review = value
      case 6 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "target"): line.target = value
      default: break
      }
    }
    line.moderator = members[2].valueStart..<members[2].valueEnd
    self.init(p, line, seq: seq, offset: offset)
    if kind == .other && claimType { kind = .claim }
  }

  /// The record of a line whose members the caller found (`AuditFlatLine`'s value ranges,
  /// empty when absent; the moderator's must be there).
  @inline(__always)
  init(_ p: UnsafeRawBufferPointer, _ line: AuditFlatLine, seq: Int, offset: Int) {
    self.seq = seq
    self.offset = offset
    if line.id.count >= 2 {
      idStart = line.id.lowerBound + 1
      idEnd = line.id.upperBound - 1
    }
    let (isDecision, isUndo) = Self.typeFlags(p, line.type)
    if !isDecision && !isUndo && Self.claimKind(p, line.type) != 0 { kind = .claim }
    if isDecision, line.review.count >= 2, let verdict = Self.verdict(p, line.final) {
      kind = .decision
      self.verdict = verdict
      reviewStart = line.review.lowerBound + 1
      reviewEnd = line.review.upperBound - 1
      moderatorStart = line.moderator.lowerBound + 1
      moderatorEnd = line.moderator.upperBound - 1
    } else if isUndo, line.target.count > 0,
      let t = AuditLineParser.int(p, line.target.lowerBound, line.target.upperBound)
    {
      kind = .undo
      self.target = t
    }
  }

  /// (is a decision type, is an undo) from a `type` member's quoted value.
  @inline(__always)
  static func typeFlags(_ p: UnsafeRawBufferPointer, _ r: Range<Int>) -> (Bool, Bool) {
    switch r.count {
    case 6: return (false, AuditLineParser.equals(p, r.lowerBound, r.upperBound, "\"undo\""))
    case 8: return (AuditLineParser.equals(p, r.lowerBound, r.upperBound, "\"accept\""), false)
    case 10:
      let decision =
        AuditLineParser.equals(p, r.lowerBound, r.upperBound, "\"override\"")
        || AuditLineParser.equals(p, r.lowerBound, r.upperBound, "\"escalate\"")
      return (decision, false)
    default: return (false, false)
    }
  }

  /// Whether a `type` value is claim, renew or release (nonzero), as `AuditState.claimKind`.
  @inline(__always)
  static func claimKind(_ p: UnsafeRawBufferPointer, _ r: Range<Int>) -> UInt8 {
    guard r.count >= 7, r.count <= 9 else { return 0 }
    return AuditState.claimKind(
      p, AuditMemberRange(keyStart: 0, keyEnd: 0, valueStart: r.lowerBound,
        valueEnd: r.upperBound, commaBefore: -1))
  }

  /// 0, 1, 2 for a quoted publish / reject / escalate (as `AuditState.verdict`), else nil.
  @inline(__always)
  static func verdict(_ p: UnsafeRawBufferPointer, _ r: Range<Int>) -> UInt8? {
    guard r.count >= 8 else { return nil }
    return AuditState.verdict(
      p, AuditMemberRange(keyStart: 0, keyEnd: 0, valueStart: r.lowerBound,
        valueEnd: r.upperBound, commaBefore: -1))
  }
}

/// Folds verified lines in small batches: it first hashes every batch line's review and id
/// and reads their first hash-table slots (independent loads, so the cache misses of a
/// million-key table overlap), then applies the lines strictly in order. The result equals
/// folding line by line with `AuditState.fold` (tests compare the two on damaged logs).
struct AuditFoldBatch {
  static let size = 32
  private var records: [AuditFoldRecord] = []

  init() { records.reserveCapacity(Self.size) }

  /// Queues one line the chain checker accepted; folds the batch when it is full.
  mutating func add(
    _ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int, _ parser: AuditLineParser, seq: Int,
    offset: Int, into state: inout AuditState
  ) {
    let record = AuditFoldRecord(p, parser, seq: seq, offset: offset)
    if record.kind == .claim {
      flush(p, into: &state)
      state.fold(p, s, e, parser, seq: seq, offset: offset)
      return
    }
    add(record, p, into: &state)
  }

  /// Queues the record of a line the chain checker accepted (not a claim event).
  @inline(__always)
  mutating func add(
    _ record: AuditFoldRecord, _ p: UnsafeRawBufferPointer, into state: inout AuditState
  ) {
    records.append(record)
    if records.count == Self.size { flush(p, into: &state) }
  }

  /// Folds the queued lines (call before `p` goes away and before reading `state`).
  mutating func flush(_ p: UnsafeRawBufferPointer, into state: inout AuditState) {
    guard !records.isEmpty else { return }
    records.withUnsafeMutableBufferPointer { batch in
      for i in batch.indices where batch[i].kind == .decision {
        let h = ByteInterner.hash(p, batch[i].reviewStart, batch[i].reviewEnd)
        batch[i].reviewHash = h
        batch[i].probes = state.reviews.firstProbe(h)
      }
      if state.indexesIDs {
        for i in batch.indices where batch[i].idEnd > batch[i].idStart {
          let h = ByteInterner.hash(p, batch[i].idStart, batch[i].idEnd)
          batch[i].idHash = h
          batch[i].probes &+= state.ids.firstProbe(h)
        }
      }
      for record in batch { state.apply(record, p) }
    }
    records.removeAll(keepingCapacity: true)
  }
}
