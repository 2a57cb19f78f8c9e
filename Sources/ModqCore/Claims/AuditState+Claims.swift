extension AuditState {
  /// The current claim on `review` (live or with an expired lease), if any.
  public func claim(for review: String) -> AuditClaim? {
    var copy = reviews
    guard let r = copy.id(Self.escaped(review), insert: false) else { return nil }
    return claim(index: r, review: review)
  }

  /// Every claim whose lease runs at `nowMs`.
  public func liveClaims(nowMs: Int64) -> [AuditClaim] {
    claimSeq.indices.compactMap { r in
      guard claimSeq[r] > 0, claimUntil[r] > nowMs else { return nil }
      return claim(index: r, review: Self.unescaped(reviews.bytes(r)))
    }
  }

  /// The reviews whose decision or claim changed after `seq` (each once, in log order):
  /// what a follower must look at again when the log grew.
  public func reviewsChanged(after seq: Int) -> [String] {
    guard seq + 1 < seqTouched.count else { return [] }
    var seen = Set<Int32>()
    var out: [String] = []
    for touched in seqTouched[(max(seq, 0) + 1)...] where touched >= 0 {
      if seen.insert(touched).inserted { out.append(Self.unescaped(reviews.bytes(Int(touched)))) }
    }
    return out
  }

  private func claim(index r: Int, review: String) -> AuditClaim? {
    guard r < claimSeq.count, claimSeq[r] > 0 else { return nil }
    let holder = claimHolder[r]
    return AuditClaim(
      seq: claimSeq[r], review: review,
      moderator: holder < 0 ? "" : Self.unescaped(moderators.bytes(Int(holder))),
      leaseUntilMs: claimUntil[r])
  }

  /// 1 claim, 2 renew, 3 release, 0 anything else (`r` is the `type` member).
  static func claimKind(_ p: UnsafeRawBufferPointer, _ r: AuditMemberRange) -> UInt8 {
    if AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"claim\"") { return 1 }
    if AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"renew\"") { return 2 }
    if AuditLineParser.equals(p, r.valueStart, r.valueEnd, "\"release\"") { return 3 }
    return 0
  }

  /// Applies a claim (1), renew (2) or release (3) event. Renew and release only act on the
  /// claim they name (`claim` = its seq); a stale one changes nothing.
  mutating func foldClaim(
    _ kind: UInt8, _ p: UnsafeRawBufferPointer, review: AuditMemberRange,
    claim: AuditMemberRange?, leaseUntil: AuditMemberRange?, moderator: AuditMemberRange,
    seq: Int
  ) {
    let r = reviewIndex(p, review)
    addClaimSlots(r)
    seqTouched[seq] = Int32(r)
    let until = leaseUntil.flatMap { LeaseClock.parse(p, $0.valueStart, $0.valueEnd) } ?? 0
    if kind == 1 {
      claimSeq[r] = seq
      claimUntil[r] = until
      let mod = moderators.id(p, moderator.valueStart + 1, moderator.valueEnd - 1, insert: true)
      claimHolder[r] = Int32(mod ?? 0)
      return
    }
    guard let claim, let token = AuditLineParser.int(p, claim.valueStart, claim.valueEnd),
      token > 0, claimSeq[r] == token
    else { return }
    if kind == 2 { claimUntil[r] = max(claimUntil[r], until) } else { claimSeq[r] = 0 }
  }
}
