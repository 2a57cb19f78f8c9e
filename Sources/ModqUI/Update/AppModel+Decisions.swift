import ModqCore

extension AppModel {
  /// `p`/`r`/`e`: decides at once when the verdict matches the suggestion, else asks why.
  mutating func requestDecision(_ verdict: Verdict) -> [Effect] {
    guard let index = selectedItemIndex else { return [] }
    let item = items[index]
    if let suggestion = item.suggestion, suggestion.verdict == verdict {
      return decide(index, verdict, criteria: suggestion.findings.map(\.criterion), note: nil)
    }
    let options = ReasonPicker.options(for: verdict, item: item, criteria: info.criteria)
    overlays.append(
      .reason(
        ReasonPicker(
          itemIndex: index, verdict: verdict, suggested: item.suggestedVerdict,
          options: options)))
    return []
  }

  /// Asks the runner to append a decision on `items[index]`; the queue moves on only when
  /// the append is acknowledged.
  mutating func decide(
    _ index: Int, _ verdict: Verdict, criteria: [String], note: String?
  ) -> [Effect] {
    let item = items[index]
    let purpose = PendingWrite.Purpose.decision(itemIndex: index, verdict: verdict)
    let id = lastFailed?.purpose == purpose ? (lastFailed?.draftID ?? "") : makeDraftID()
    let held = team?.held.flatMap { $0.itemIndex == index ? $0.token : nil }
    let draft = AuditDraft.decision(
      review: item.id, queue: info.queue, reviewSHA256: item.entry.lineSHA256,
      suggested: item.auditSuggestion, final: verdict, criteria: criteria,
      policy: info.policyHash, note: note, moderator: info.moderator, id: id
    ).fenced(by: held)
    inFlight = PendingWrite(draftID: id, purpose: purpose)
    status = StatusMessage("saving \(item.id)…")
    return [.appendAudit(draft)]
  }

  mutating func skip() -> [Effect] {
    guard let index = selectedItemIndex else { return [] }
    let id = makeDraftID()
    inFlight = PendingWrite(draftID: id, purpose: .skip(itemIndex: index))
    return [
      .appendAudit(
        AuditDraft.skip(
          review: items[index].id, queue: info.queue, moderator: info.moderator, id: id))
    ]
  }

  mutating func undo() -> [Effect] {
    guard let last = history.last else { return [] }
    let id = makeDraftID()
    inFlight = PendingWrite(draftID: id, purpose: .undo(last))
    return [.appendAudit(AuditDraft.undo(target: last.seq, moderator: info.moderator, id: id))]
  }

  /// An append was acknowledged: now, and only now, the UI moves on.
  mutating func acknowledge(_ event: AuditEvent) -> [Effect] {
    guard let pending = inFlight, pending.draftID == event.id else { return [] }
    inFlight = nil
    lastFailed = nil
    auditHealth = .ok(events: event.seq)
    switch pending.purpose {
    case .sessionStart:
      team?.active = true
    case .sessionEnd:
      shouldQuit = true
      return [.quit]
    case .decision(let index, let verdict):
      if team?.held?.itemIndex == index { team?.held = nil }
      markDecided(index, true)
      let position = Self.lowerBound(of: index, in: visible)
      if position < visible.count, visible[position] == index {
        visible.remove(at: position)
        list.select(
          position, count: visible.count, height: layout.listRows, jump: layout.listJump)
      }
      detailOffset = 0
      history.append(DecisionRecord(seq: event.seq, itemIndex: index, verdict: verdict))
      stats.decisions += 1
      let item = items[index]
      status = StatusMessage("\(item.id): \(event.type.rawValue) (\(verdict.rawValue))")
      if verdict == .escalate {
        return [.deliverEscalation(EscalationRecord(event: event, item: item, queue: info.queue))]
      }
    case .undo(let record):
      if history.last == record { history.removeLast() }
      markDecided(record.itemIndex, false)
      stats.decisions = max(0, stats.decisions - 1)
      refreshVisible(keeping: record.itemIndex)
      detailOffset = 0
      var text = "undone: \(items[record.itemIndex].id) is pending again"
      if record.verdict == .escalate { text += " (the escalation already sent stays sent)" }
      status = StatusMessage(text)
    case .annotate(let index):
      status = StatusMessage("note saved on \(items[index].id)")
    case .skip(let index):
      list.move(by: 1, count: visible.count, height: layout.listRows, jump: layout.listJump)
      detailOffset = 0
      status = StatusMessage("skipped \(items[index].id)")
    }
    return []
  }

  /// The claim rules refused an append: nothing was written; the review leaves the list if
  /// someone else decided or holds it.
  mutating func writeRefused(draftID: String, _ refusal: ClaimRefusal) {
    guard let pending = inFlight, pending.draftID == draftID else { return }
    inFlight = nil
    applyRefusal(refusal)
    detailOffset = 0
    status = StatusMessage(refusalText(refusal), .error)
  }

  /// An append failed: nothing was recorded, the review stays where it is, and the status
  /// line says why.
  mutating func writeFailed(draftID: String, reason: String) -> [Effect] {
    guard let pending = inFlight, pending.draftID == draftID else { return [] }
    inFlight = nil
    auditHealth = .failing(reason)
    switch pending.purpose {
    case .sessionEnd:
      shouldQuit = true
      return [.quit]
    case .sessionStart:
      team?.active = true
      status = StatusMessage("audit log: cannot write: \(reason)", .error)
    case .decision(let index, _), .skip(let index), .annotate(let index):
      var text = "NOT saved (\(reason)): \(items[index].id) stays pending"
      if case .decision = pending.purpose { lastFailed = pending }
      if let restore = pending.restore, overlays.isEmpty {
        overlays.append(restore)
        text += "; what you typed is kept, press "
          + (restore.isNote ? "C-o" : "Enter") + " to retry"
      }
      status = StatusMessage(text, .error)
    case .undo(let record):
      status = StatusMessage(
        "undo NOT saved (\(reason)): \(items[record.itemIndex].id) stays decided", .error)
    }
    return []
  }
}
