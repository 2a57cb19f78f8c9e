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
    self.seq = seq
    self.offset = offset
    var isDecision = false
    var isUndo = false
    var verdict: UInt8?
    var review: AuditMemberRange?
    var target: AuditMemberRange?
    let members = parser.members
    for r in members {
      switch r.keyEnd - r.keyStart {
      case 2 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "id"):
        idStart = r.valueStart + 1
        idEnd = r.valueEnd - 1
      case 4 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "type"):
        (isDecision, isUndo) = Self.typeFlags(p, r)
        if !isDecision && !isUndo && AuditState.claimKind(p, r) != 0 { kind = .claim }
      case 5 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "final"):
        verdict = AuditState.verdict(p, r)
      case 6 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "review"): review = r
      case 6 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "target"): target = r
      default: break
      }
    }
    if isDecision, let review, let verdict {
      kind = .decision
      self.verdict = verdict
      reviewStart = review.valueStart + 1
      reviewEnd = review.valueEnd - 1
      let moderator = members[2]
      moderatorStart = moderator.valueStart + 1
      moderatorEnd = moderator.valueEnd - 1
    } else if isUndo, let target,
      let t = AuditLineParser.int(p, target.valueStart, target.valueEnd)
    {
      kind = .undo
      self.target = t
    }
  }

  /// (is a decision type, is an undo) from a `type` member's quoted value.
  @inline(__always)
  private static func typeFlags(
    _ p: UnsafeRawBufferPointer, _ r: AuditMemberRange
  ) -> (Bool, Bool) {
    switch r.valueEnd - r.valueStart {
    case 6: return (false, AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"undo\""))
    case 8: return (AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"accept\""), false)
    case 10:
      let decision =
        AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"override\"")
        || AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"escalate\"")
      return (decision, false)
    default: return (false, false)
    }
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
