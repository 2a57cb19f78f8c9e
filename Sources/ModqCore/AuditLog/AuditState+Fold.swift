extension AuditState {
  /// Folds one verified line `p[s..<e]` (already parsed by `parser`) with sequence `seq`
  /// found at file offset `offset`.
  mutating func fold(
    _ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int, _ parser: AuditLineParser, seq: Int,
    offset: Int
  ) {
    let m = parser.members
    var isDecision = false
    var isUndo = false
    var claimKind: UInt8 = 0
    var claim: AuditMemberRange?
    var leaseUntil: AuditMemberRange?
    var review: AuditMemberRange?
    var final: AuditMemberRange?
    var target: AuditMemberRange?
    var id: AuditMemberRange?
    for r in m {
      switch r.keyEnd - r.keyStart {
      case 2 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "id"): id = r
      case 4 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "type"):
        isDecision =
          AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"accept\"")
          || AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"override\"")
          || AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"escalate\"")
        isUndo = AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"undo\"")
        if !isDecision && !isUndo { claimKind = Self.claimKind(p, r) }
      case 5 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "final"): final = r
      case 5 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "claim"): claim = r
      case 11 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "lease_until"):
        leaseUntil = r
      case 6 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "review"): review = r
      case 6 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "target"): target = r
      default: break
      }
    }
    seqOffset.append(offset)
    seqReview.append(-1)
    seqVerdict.append(0)
    seqModerator.append(-1)
    seqTouched.append(-1)
    eventCount += 1
    if indexesIDs, let id, id.valueEnd - id.valueStart > 2 {
      let n = ids.id(p, id.valueStart + 1, id.valueEnd - 1, insert: true) ?? 0
      if n == idSeq.count { idSeq.append(seq) }
    }
    if isDecision, let review, let final, let verdict = Self.verdict(p, final) {
      let moderator = m[2]
      let r = reviewIndex(p, review)
      current[r] = seq
      dropClaim(r)
      seqTouched[seq] = Int32(r)
      seqReview[seq] = Int32(r)
      seqVerdict[seq] = verdict
      let mod = moderators.id(p, moderator.valueStart + 1, moderator.valueEnd - 1, insert: true)
      seqModerator[seq] = Int32(mod ?? 0)
    } else if isUndo, let target,
      let t = AuditLineParser.int(p, target.valueStart, target.valueEnd),
      t > 0, t < seq, seqReview[t] >= 0
    {
      let r = Int(seqReview[t])
      if current[r] == t { current[r] = 0 }
      seqTouched[seq] = Int32(r)
    } else if claimKind != 0, let review, m.count > 2 {
      foldClaim(
        claimKind, p, review: review, claim: claim, leaseUntil: leaseUntil, moderator: m[2],
        seq: seq)
    }
  }

  /// Index of the review named by member `r`, adding it (and its per-review slots).
  mutating func reviewIndex(_ p: UnsafeRawBufferPointer, _ r: AuditMemberRange) -> Int {
    let index = reviews.id(p, r.valueStart + 1, r.valueEnd - 1, insert: true) ?? 0
    addReviewSlots(index)
    return index
  }

  /// Adds the per-review slot for review `index` when it is new. The claim slots are added
  /// only when a claim needs them (`addClaimSlots`): a log without claims never pays for them.
  @inline(__always)
  mutating func addReviewSlots(_ index: Int) {
    guard index == current.count else { return }
    current.append(0)
  }

  /// Makes the claim slots cover every review so far (for a claim on review `index`).
  mutating func addClaimSlots(_ index: Int) {
    guard index >= claimSeq.count else { return }
    let missing = current.count - claimSeq.count
    claimSeq.append(contentsOf: repeatElement(0, count: missing))
    claimUntil.append(contentsOf: repeatElement(0, count: missing))
    claimHolder.append(contentsOf: repeatElement(-1, count: missing))
  }

  /// A decision on review `index` ends its claim.
  @inline(__always)
  mutating func dropClaim(_ index: Int) {
    if index < claimSeq.count { claimSeq[index] = 0 }
  }

  static func verdict(_ p: UnsafeRawBufferPointer, _ r: AuditMemberRange) -> UInt8? {
    if AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"publish\"") { return 0 }
    if AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"reject\"") { return 1 }
    if AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"escalate\"") { return 2 }
    return nil
  }

  /// Folds one line from its record alone (outside a batch): hashes its keys, then `apply`.
  mutating func fold(_ record: AuditFoldRecord, _ p: UnsafeRawBufferPointer) {
    var r = record
    if r.kind == .decision { r.reviewHash = ByteInterner.hash(p, r.reviewStart, r.reviewEnd) }
    if indexesIDs, r.idEnd > r.idStart { r.idHash = ByteInterner.hash(p, r.idStart, r.idEnd) }
    apply(r, p)
  }

  /// Folds one line from its record (the batch path; same effect as `fold` on the line).
  /// `r.reviewHash` / `r.idHash` must be `ByteInterner.hash` of their ranges.
  /// Each per-seq array gets the line's final value with one append (index `r.seq`).
  mutating func apply(_ r: AuditFoldRecord, _ p: UnsafeRawBufferPointer) {
    seqOffset.append(r.offset)
    eventCount += 1
    if indexesIDs, r.idEnd > r.idStart {
      let n = ids.id(p, r.idStart, r.idEnd, hash: r.idHash, insert: true) ?? 0
      if n == idSeq.count { idSeq.append(r.seq) }
    }
    var review: Int32 = -1
    var verdict: UInt8 = 0
    var moderator: Int32 = -1
    var touched: Int32 = -1
    switch r.kind {
    case .decision:
      let n = reviews.id(p, r.reviewStart, r.reviewEnd, hash: r.reviewHash, insert: true) ?? 0
      addReviewSlots(n)
      current[n] = r.seq
      dropClaim(n)
      review = Int32(n)
      touched = review
      verdict = r.verdict
      moderator = Int32(moderators.id(p, r.moderatorStart, r.moderatorEnd, insert: true) ?? 0)
    case .undo:
      let t = r.target
      if t > 0, t < r.seq, seqReview[t] >= 0 {
        let n = Int(seqReview[t])
        if current[n] == t { current[n] = 0 }
        touched = Int32(n)
      }
    case .claim, .other:
      break
    }
    seqReview.append(review)
    seqVerdict.append(verdict)
    seqModerator.append(moderator)
    seqTouched.append(touched)
  }

  /// Makes room for about `events` more events (estimated from the bytes to fold).
  mutating func reserve(events: Int) {
    // Small catch-ups leave growth to the arrays (an exact reserve each time would copy).
    guard events >= 4096 else { return }
    let total = eventCount + events + 1
    seqOffset.reserveCapacity(total)
    seqReview.reserveCapacity(total)
    seqVerdict.reserveCapacity(total)
    seqModerator.reserveCapacity(total)
    seqTouched.reserveCapacity(total)
    current.reserveCapacity(total)
    reviews.reserve(total)
    if indexesIDs {
      ids.reserve(total)
      idSeq.reserveCapacity(total)
    }
  }
}
