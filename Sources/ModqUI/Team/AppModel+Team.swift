import ModqCore

extension AppModel {
  /// Turns on claims and live updates (off by default, e.g. in unit tests and training).
  public mutating func enableTeam(_ settings: ClaimSettings) {
    team = TeamState(settings: settings)
  }

  /// Keeps a claim on the selected review: releases the one left behind, claims the new one.
  mutating func syncClaim() -> [Effect] {
    guard let current = team, current.active, current.logLost == nil, inFlight == nil,
      !shouldQuit, current.claiming == nil
    else { return [] }
    var effects: [Effect] = []
    let selected = selectedItemIndex
    if let held = current.held, held.itemIndex != selected {
      team?.held = nil
      effects.append(.claim(.release(review: held.review, token: held.token)))
    }
    guard let selected, team?.held == nil else { return effects }
    let review = items[selected].id
    if current.failedReview == review { return effects }
    team?.failedReview = nil
    team?.claiming = review
    effects.append(.claim(.take(review: review)))
    return effects
  }

  /// On each tick: poll the log, and renew the held claim every lease/3 if the moderator
  /// did anything since the last renewal (an idle claim runs out).
  mutating func teamTick(now: Double) -> [Effect] {
    guard let current = team, current.active else { return [] }
    var effects: [Effect] = []
    if now - current.lastPoll >= current.settings.pollSeconds {
      team?.lastPoll = now
      effects.append(.pollLog)
    }
    if let held = current.held, current.activity, inFlight == nil, current.logLost == nil,
      now - held.renewedAt >= current.settings.renewSeconds
    {
      team?.activity = false
      team?.held?.renewedAt = now
      effects.append(.claim(.renew(review: held.review, token: held.token)))
    }
    return effects
  }

  /// The outcome of a claim, renewal or release.
  mutating func claimAnswered(_ answer: ClaimAnswer) {
    switch answer {
    case .granted(let review, let token):
      team?.claiming = nil
      guard let index = itemIndex(of: review) else { return }
      team?.held = HeldClaim(itemIndex: index, review: review, token: token, renewedAt: stats.now)
    case .renewed, .released:
      break
    case .refused(let refusal):
      team?.claiming = nil
      if case .lost = refusal.kind, team?.held?.review == refusal.review {
        status = StatusMessage(refusalText(refusal), .warning)
      } else if case .claimed(let claim) = refusal.kind {
        status = StatusMessage(
          "\(refusal.review) is being worked by \(claim.moderator); moved on")
      }
      applyRefusal(refusal)
    case .failed(let review, let reason):
      team?.claiming = nil
      team?.failedReview = review
      status = StatusMessage("could not record the claim on \(review): \(reason)", .error)
    }
  }

  /// What a refusal means for the list: decided or held by someone else, so it goes.
  mutating func applyRefusal(_ refusal: ClaimRefusal) {
    if team?.held?.review == refusal.review { team?.held = nil }
    guard let index = itemIndex(of: refusal.review) else { return }
    let keep = selectedItemIndex
    switch refusal.kind {
    case .decided: markDecided(index, true)
    case .claimed(let claim): team?.others[index] = claim.moderator
    case .lost(_, let now): if let now { team?.others[index] = now.moderator }
    }
    refreshVisible(keeping: keep)
  }

  /// A decision refused by the claim rules, in the moderator's words.
  func refusalText(_ refusal: ClaimRefusal) -> String {
    switch refusal.kind {
    case .decided(let d):
      return "NOT saved: \(refusal.review) was already decided by \(d.moderator) "
        + "(\(d.verdict.rawValue), seq \(d.seq)): the first decision wins"
    case .claimed(let c):
      return "NOT saved: \(refusal.review) is being worked by \(c.moderator) (claim seq \(c.seq))"
    case .lost(let token, let now):
      let who = now.map { ", now held by \($0.moderator)" } ?? ""
      return "NOT saved: your claim on \(refusal.review) (seq \(token)) was lost\(who); "
        + "nothing was written"
    }
  }

  /// The log was polled.
  mutating func logPolled(_ poll: LogPoll) {
    switch poll {
    case .lost(let reason):
      if team?.logLost == nil {
        status = StatusMessage(
          "AUDIT LOG LOST: \(reason). Nothing can be saved until it is back.", .error)
      }
      team?.logLost = reason
      auditHealth = .failing("LOG LOST: \(reason)")
    case .changed(let state, let nowMs):
      logIsBack(events: state.eventCount)
      team?.state = state
      reconcile(state, nowMs: nowMs)
    case .unchanged(let nowMs):
      logIsBack(events: nil)
      // Re-check when a lease others hold runs out, or when the item list grew (a large
      // queue finished loading after the first reconcile).
      if let state = team?.state,
        nowMs >= team?.nextExpiryMs ?? .max || team?.indexedItems != items.count
      {
        reconcile(state, nowMs: nowMs)
      }
    }
  }

  private mutating func logIsBack(events: Int?) {
    guard team?.logLost != nil else { return }
    team?.logLost = nil
    auditHealth = .ok(events: events ?? team?.state?.eventCount ?? 0)
    status = StatusMessage("the audit log is back; saving works again", .warning)
  }

  /// Applies the folded log: reviews decided (or undone) by anyone, claims held by others.
  /// The first time every item is checked; later only reviews whose decision or claim
  /// changed since the last reconcile, plus the claims others held (their leases run out).
  mutating func reconcile(_ state: AuditState, nowMs: Int64) {
    guard var current = team else { return }
    if current.indexedItems != items.count {
      current.indexedItems = items.count
      current.itemIndex = Dictionary(
        items.indices.map { (items[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
      current.reconciledSeq = 0
    }
    let candidates =
      current.reconciledSeq == 0
      ? Array(items.indices)
      : state.reviewsChanged(after: current.reconciledSeq).compactMap { current.itemIndex[$0] }
        + current.others.keys
    current.reconciledSeq = state.eventCount
    let mine = current.held?.token
    var changed = false
    for index in candidates {
      let id = items[index].id
      let isDecided = state.decision(for: id) != nil
      if isDecided != decided[index] {
        markDecided(index, isDecided)
        changed = true
      }
      var holder: String?
      if !isDecided, let claim = state.claim(for: id), claim.seq != mine,
        claim.moderator != info.moderator, claim.isLive(nowMs: nowMs)
      {
        holder = claim.moderator
      }
      if current.others[index] != holder {
        current.others[index] = holder
        changed = true
      }
    }
    current.working = [:]
    current.nextExpiryMs = .max
    for (index, moderator) in current.others {
      current.working[moderator, default: 0] += 1
      let until = state.claim(for: items[index].id)?.leaseUntilMs ?? 0
      current.nextExpiryMs = min(current.nextExpiryMs, until)
    }
    if let held = current.held, decided[held.itemIndex] || current.others[held.itemIndex] != nil {
      current.held = nil
    }
    team = current
    if case .ok = auditHealth { auditHealth = .ok(events: state.eventCount) }
    if changed { refreshVisible(keeping: selectedItemIndex) }
  }

  /// Whether another session holds a live claim on `items[index]`.
  func heldByOthers(_ index: Int) -> Bool { team?.others[index] != nil }

  func itemIndex(of review: String) -> Int? {
    if let index = team?.itemIndex[review], index < items.count, items[index].id == review {
      return index
    }
    return items.firstIndex { $0.id == review }
  }
}
