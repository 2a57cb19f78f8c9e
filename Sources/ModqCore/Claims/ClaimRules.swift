/// The claim and fencing rules, checked under the log's lock against the folded state
/// (pass `ClaimRules.check` as the `check` of `AuditLog.append`):
///
/// - `claim`: refused if the review is decided, or another moderator holds a live lease on
///   it (an expired claim, or one of the same moderator's, e.g. left by a crashed session,
///   can be taken over; the new claim supersedes it).
/// - `renew` / `release`: refused unless the named claim is still the review's current one
///   (an expired lease that nobody took over can still be renewed).
/// - a decision with a `claim` token: refused if the review is decided (first decision wins)
///   or the token is not the current claim (lost). Without a token: refused if decided or if
///   another moderator holds a live claim.
/// Other event types pass.
public enum ClaimRules {
  public static func check(_ state: AuditState, _ draft: AuditDraft, nowMs: Int64) throws {
    guard let review = draft[member: "review"]?.stringValue else { return }
    let token = draft[member: "claim"]?.intValue
    let current = state.claim(for: review)
    switch draft.type {
    case .claim:
      try undecided(state, review)
      if let current, current.isLive(nowMs: nowMs), current.moderator != draft.moderator {
        throw ClaimRefusal(review: review, kind: .claimed(current))
      }
    case .renew, .release:
      if draft.type == .renew { try undecided(state, review) }
      try holds(token ?? 0, current, review)
    case let type where type.isDecision:
      try undecided(state, review)
      if let token {
        try holds(token, current, review)
      } else if let current, current.isLive(nowMs: nowMs), current.moderator != draft.moderator {
        throw ClaimRefusal(review: review, kind: .claimed(current))
      }
    default:
      return
    }
  }

  /// `check` with the current wall clock, in the shape `AuditLog.append` takes.
  public static func checkNow(_ state: AuditState, _ draft: AuditDraft) throws {
    try check(state, draft, nowMs: LeaseClock.nowMs())
  }

  private static func undecided(_ state: AuditState, _ review: String) throws {
    if let decision = state.decision(for: review) {
      throw ClaimRefusal(review: review, kind: .decided(decision))
    }
  }

  private static func holds(_ token: Int, _ current: AuditClaim?, _ review: String) throws {
    guard let current, current.seq == token else {
      throw ClaimRefusal(review: review, kind: .lost(token: token, now: current))
    }
  }
}
