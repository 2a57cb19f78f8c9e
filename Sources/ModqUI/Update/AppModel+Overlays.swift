import ModqCore

extension AppModel {
  /// Actions that only mean something inside an overlay.
  mutating func performOverlayAction(_ action: Action) -> [Effect] {
    guard let top = topOverlay else { return [] }
    switch (action, top) {
    case (.toggleOption, .reason(var picker)):
      picker.toggleSelected()
      overlays[overlays.count - 1] = .reason(picker)
    case (.editReason, .reason(var picker)):
      picker.editingReason.toggle()
      if picker.options.isEmpty { picker.editingReason = true }
      overlays[overlays.count - 1] = .reason(picker)
    case (.confirm, .reason(let picker)):
      guard picker.hasReason else {
        status = StatusMessage("a reason is required: check a criterion or type one", .warning)
        return []
      }
      guard inFlight == nil else {
        status = StatusMessage("still saving the last decision", .warning)
        return []
      }
      overlays.removeLast()
      let effects = decide(
        picker.itemIndex, picker.verdict, criteria: picker.recordedCriteria,
        note: picker.recordedNote)
      inFlight?.restore = .reason(picker)
      return effects
    case (.saveNote, .note(let draft)):
      let note = draft.editor.text.trimmedSpaces
      guard !note.isEmpty else {
        status = StatusMessage("the note is empty", .warning)
        return []
      }
      guard inFlight == nil else {
        status = StatusMessage("still saving the last decision", .warning)
        return []
      }
      overlays.removeLast()
      let id = makeDraftID()
      inFlight = PendingWrite(
        draftID: id, purpose: .annotate(itemIndex: draft.itemIndex), restore: .note(draft))
      return [
        .appendAudit(
          AuditDraft.annotate(
            review: items[draft.itemIndex].id, queue: info.queue, note: note,
            moderator: info.moderator, id: id))
      ]
    case (.confirm, .search(let editor)):
      overlays.removeLast()
      filter.query = editor.text.trimmedSpaces
      refreshVisible(keeping: selectedItemIndex)
      status = StatusMessage(
        filter.query.isEmpty
          ? "search cleared" : "\(visible.count) match(es) for \"\(filter.query)\"")
    case (.confirm, .filter(let picker)):
      overlays.removeLast()
      guard picker.list.selected < picker.options.count else { return [] }
      filter.kind = picker.options[picker.list.selected].filter
      refreshVisible(keeping: selectedItemIndex)
      status = StatusMessage(
        filter.isActive ? "filter: \(filter.label) (\(visible.count))" : "showing all pending")
    default:
      break
    }
    return []
  }

  // MARK: Background results

  /// Replaces the head-only item list with the whole queue, keeping what the session knows.
  mutating func mergeLoaded(_ loaded: [QueueItem], decided loadedDecided: [Bool]) {
    guard loaded.count >= items.count else { return }
    let keep = selectedItemIndex
    var merged = loaded
    var flags = loadedDecided
    if flags.count < merged.count {
      flags += [Bool](repeating: false, count: merged.count - flags.count)
    }
    for index in items.indices where merged[index].id == items[index].id {
      if merged[index].suggestion == nil { merged[index].suggestion = items[index].suggestion }
      flags[index] = decided[index]
    }
    items = merged
    decided = flags
    decidedCount = flags.lazy.filter { $0 }.count
    refreshVisible(keeping: keep)
  }

  /// Fills in suggestions from a whole-queue screening (results in queue order).
  mutating func applyScreening(_ results: [ScreeningResult]) {
    for (index, result) in results.enumerated() where index < items.count {
      if items[index].id == result.id { items[index].suggestion = result }
    }
    screening = .done
    if filter.kind != .all { refreshVisible(keeping: selectedItemIndex) }
  }
}
