import ModqCore
import TerminalKit

extension AppModel {
  /// The effects that open a session: a `session_start` event.
  public mutating func start() -> [Effect] {
    let id = makeDraftID()
    inFlight = PendingWrite(draftID: id, purpose: .sessionStart)
    return [
      .appendAudit(
        AuditDraft.session(start: true, queue: info.queue, moderator: info.moderator, id: id))
    ]
  }

  /// Applies one message; returns the work the runner must do. Pure: no I/O, no clock.
  @discardableResult
  public mutating func update(_ message: Message) -> [Effect] {
    var effects = apply(message)
    if team != nil {
      if case .tick(let now) = message { effects += teamTick(now: now) }
      effects += syncClaim()
    }
    return effects
  }

  mutating func apply(_ message: Message) -> [Effect] {
    switch message {
    case .keyPressed(let key):
      team?.activity = true
      return handleKey(key)
    case .mouseClicked(let point):
      handleClick(point)
    case .mouseScrolled(let up):
      if overlays.isEmpty {
        return perform(focus == .list ? (up ? .moveUp : .moveDown) : (up ? .scrollUp : .scrollDown))
      }
    case .resized(let newSize):
      size = newSize
      list.keepVisible(count: visible.count, height: layout.listRows)
      detailOffset = min(detailOffset, maxDetailOffset)
    case .tick(let now):
      stats.now = now
    case .auditAppended(let event):
      return acknowledge(event)
    case .auditFailed(let draftID, let reason):
      return writeFailed(draftID: draftID, reason: reason)
    case .auditRefused(let draftID, let refusal):
      writeRefused(draftID: draftID, refusal)
    case .claimAnswered(let answer):
      claimAnswered(answer)
    case .logPolled(let poll):
      logPolled(poll)
    case .escalationDelivered(let review):
      status = StatusMessage("\(review): escalation sent to customer support")
    case .escalationFailed(let review, let reason):
      status = StatusMessage(
        "\(review): escalation recorded, but delivery failed: \(reason)", .error)
    case .queueLoaded(let loaded, let loadedDecided, let diagnostics, let screener):
      mergeLoaded(loaded, decided: loadedDecided)
      if let screener, items.count == loaded.count { invalidateQueueWide(screener.members) }
      if diagnostics > 0 {
        status = StatusMessage("\(diagnostics) queue line(s) skipped (see modq screen)", .warning)
      }
    case .screeningProgress(let done, let total):
      screening = done >= total ? .done : .running(done: done, total: total)
    case .screened(let results):
      applyScreening(results)
    case .prepared(let ready):
      acceptPrepared(ready)
    }
    return []
  }

  // MARK: Keys

  mutating func handleKey(_ key: Key) -> [Effect] {
    let context = self.context
    if let binding = KeyTable.binding(for: key, in: context) {
      if let reason = binding.disabledReason(self) {
        status = StatusMessage(reason, .warning)
        return []
      }
      return perform(binding.action)
    }
    if context.isTextEntry { editText(key) }
    return []
  }

  /// Unbound keys in a text prompt go to its editor.
  mutating func editText(_ key: Key) {
    guard var top = overlays.popLast() else { return }
    defer { overlays.append(top) }
    switch top {
    case .reason(var picker):
      _ = picker.reason.handle(key)
      top = .reason(picker)
    case .note(var draft):
      _ = draft.editor.handle(key)
      top = .note(draft)
    case .search(var editor):
      _ = editor.handle(key)
      top = .search(editor)
    default: break
    }
  }

  mutating func handleClick(_ point: Point) {
    guard overlays.isEmpty else { return }
    let layout = self.layout
    if layout.listBody.contains(point) {
      let row = list.offset + point.row - layout.listBody.row
      guard row < visible.count else { return }
      if row != list.selected { detailOffset = 0 }
      list.select(row, count: visible.count, height: layout.listRows)
      focus = .list
    } else if layout.detailBody.contains(point) || layout.detailHeader.contains(point) {
      focus = .detail
    }
  }

  /// Runs one action (its precondition already checked).
  mutating func perform(_ action: Action) -> [Effect] {
    switch action {
    case .accept:
      guard let index = selectedItemIndex, let suggestion = items[index].suggestion else {
        return []
      }
      return decide(
        index, suggestion.verdict, criteria: suggestion.findings.map(\.criterion), note: nil)
    case .publish: return requestDecision(.publish)
    case .reject: return requestDecision(.reject)
    case .escalate: return requestDecision(.escalate)
    case .annotate:
      if let index = selectedItemIndex { overlays.append(.note(NoteDraft(itemIndex: index))) }
    case .skip: return skip()
    case .undo: return undo()
    case .moveDown, .moveUp, .pageDown, .pageUp, .moveTop, .moveBottom:
      move(action)
    case .scrollDown, .scrollUp, .scrollPageDown, .scrollPageUp, .scrollTop, .scrollBottom:
      scroll(action)
    case .search:
      overlays.append(.search(TextEditor(text: filter.query, singleLine: true)))
    case .filter:
      let options = FilterPicker.options(
        items: items, pending: items.indices.filter { !decided[$0] }, criteria: info.criteria)
      overlays.append(.filter(FilterPicker(options: options, current: filter.kind)))
    case .clearFilter:
      filter = QueueFilter()
      refreshVisible(keeping: selectedItemIndex)
      status = StatusMessage("filter cleared")
    case .switchFocus:
      focus = focus == .list ? .detail : .list
    case .help:
      overlays.append(.help(offset: 0))
    case .quit:
      if overlays.contains(where: \.hasUnsavedText) {
        overlays.append(.confirmDiscard(thenQuit: true))
        return []
      }
      return endSession()
    case .closeOverlay:
      if topOverlay?.hasUnsavedText == true {
        overlays.append(.confirmDiscard(thenQuit: false))
      } else {
        _ = overlays.popLast()
      }
    case .toggleOption, .editReason, .confirm, .saveNote:
      return performOverlayAction(action)
    case .yes:
      guard case .confirmDiscard(let thenQuit) = overlays.popLast() else { return [] }
      if thenQuit {
        overlays.removeAll()
        return endSession()
      }
      _ = overlays.popLast()
    case .no:
      _ = overlays.popLast()
    }
    return []
  }

  /// Ends the session: a `session_end` event, then quit (also when that write fails).
  mutating func endSession() -> [Effect] {
    guard inFlight == nil else {
      status = StatusMessage("still saving; press q again in a moment", .warning)
      return []
    }
    var effects: [Effect] = []
    if let held = team?.held {
      team?.held = nil
      effects.append(.claim(.release(review: held.review, token: held.token)))
    }
    let id = makeDraftID()
    inFlight = PendingWrite(draftID: id, purpose: .sessionEnd)
    return effects + [
      .appendAudit(
        AuditDraft.session(start: false, queue: info.queue, moderator: info.moderator, id: id))
    ]
  }
}
