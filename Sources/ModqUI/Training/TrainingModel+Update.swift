import ModqCore
import ModqScreening
import TerminalKit

/// Work a training session asks its runner to do.
public enum TrainingEffect: Sendable {
  /// Append to the training log; answer `.logged` or `.logFailed`.
  case appendLog(AuditDraft)
  case quit
}

/// What happens to a training session.
public enum TrainingMessage: Sendable {
  case keyPressed(Key)
  case resized(Size)
  case logged(AuditEvent)
  case logFailed(draftID: String, reason: String)
}

extension TrainingModel {
  /// The `train_start` event.
  public mutating func start() -> [TrainingEffect] {
    append(
      TrainingLog.start(
        set: set, mode: options.mode.rawValue, blind: options.blind, trainee: options.trainee,
        session: options.sessionID, id: makeDraftID()), .start)
  }

  /// Applies one message; pure.
  @discardableResult
  public mutating func update(_ message: TrainingMessage) -> [TrainingEffect] {
    switch message {
    case .keyPressed(let key):
      guard let action = TrainingKeyTable.action(for: key, in: context) else { return [] }
      return perform(action)
    case .resized(let newSize):
      size = newSize
    case .logged(let event):
      return acknowledge(event)
    case .logFailed(let draftID, let reason):
      guard pending?.id == draftID else { return [] }
      let what = pending?.what
      pending = nil
      logFailure = reason
      status = "training log: NOT saved (\(reason))"
      if case .end(thenQuit: true)? = what {
        shouldQuit = true
        return [.quit]
      }
    }
    return []
  }

  mutating func perform(_ action: TrainingAction) -> [TrainingEffect] {
    guard pending == nil || action == .scrollDown || action == .scrollUp else {
      status = "still saving"
      return []
    }
    switch action {
    case .accept:
      guard !options.blind, let suggestion = items[index].suggestion else {
        status = "no suggestion shown (--blind): decide with p/r/e"
        return []
      }
      return answer(TrainingAnswer(
        verdict: suggestion.verdict, criteria: suggestion.findings.map(\.criterion)))
    case .publish: return answer(TrainingAnswer(verdict: .publish, criteria: []))
    case .reject: return choose(.reject)
    case .escalate: return choose(.escalate)
    case .next: return advance(by: 1)
    case .previous: return advance(by: -1)
    case .scrollDown: scroll(1)
    case .scrollUp: scroll(-1)
    case .pageDown: scroll(max(1, layout.detailRows - 1))
    case .pageUp: scroll(-max(1, layout.detailRows - 1))
    case .moveDown: movePicker(1)
    case .moveUp: movePicker(-1)
    case .toggle: picker?.toggleSelected()
    case .confirm:
      guard let picker else { return [] }
      guard !picker.checkedIDs.isEmpty else {
        status = "check at least one criterion (Space), or Esc"
        return []
      }
      self.picker = nil
      return answer(TrainingAnswer(verdict: picker.verdict, criteria: picker.checkedIDs))
    case .cancel: picker = nil
    case .help: helpOffset = 0
    case .closeHelp: helpOffset = nil
    case .quit:
      guard !ended else {
        shouldQuit = true
        return [.quit]
      }
      return finish(thenQuit: true)
    }
    return []
  }

  /// r/e: the suggestion's criteria when it says the same, otherwise the picker.
  mutating func choose(_ verdict: Verdict) -> [TrainingEffect] {
    let item = items[index]
    if !options.blind, let suggestion = item.suggestion, suggestion.verdict == verdict {
      return answer(
        TrainingAnswer(verdict: verdict, criteria: suggestion.findings.map(\.criterion)))
    }
    let options = ReasonPicker.options(for: verdict, item: item, criteria: info.criteria)
    var picker = ReasonPicker(
      itemIndex: index, verdict: verdict,
      suggested: self.options.blind ? nil : item.suggestedVerdict, options: options)
    picker.editingReason = false
    self.picker = picker
    return []
  }

  mutating func movePicker(_ delta: Int) {
    guard var picker else { return }
    picker.list.move(by: delta, count: picker.options.count, height: max(1, size.height - 12))
    self.picker = picker
  }

  mutating func scroll(_ delta: Int) {
    detailOffset = max(0, detailOffset + delta)
  }

  /// Records an answer; the feedback shows once the log acknowledges it.
  mutating func answer(_ answer: TrainingAnswer) -> [TrainingEffect] {
    let item = set.cases[index]
    let score = CaseScore(caseID: item.id, tags: item.tags, answer: answer, gold: item.gold)
    status = "saving…"
    return append(
      TrainingLog.answer(
        score, set: set, trainee: options.trainee, session: options.sessionID, id: makeDraftID()),
      .answer(caseIndex: index, answer))
  }

  /// Next or previous case; past the last one, the final score.
  mutating func advance(by delta: Int) -> [TrainingEffect] {
    let target = index + delta
    guard target >= 0 else { return [] }
    detailOffset = 0
    status = nil
    guard target < set.cases.count else { return finish(thenQuit: false) }
    index = target
    list.select(index, count: set.cases.count, height: layout.listRows)
    phase = options.mode == .walkthrough ? .feedback : .question
    return []
  }

  /// Shows the score and writes `train_end` (then quits if asked).
  mutating func finish(thenQuit: Bool) -> [TrainingEffect] {
    phase = .summary
    detailOffset = 0
    return append(
      TrainingLog.end(
        score, set: set, trainee: options.trainee, session: options.sessionID, id: makeDraftID()),
      .end(thenQuit: thenQuit))
  }

  mutating func append(_ draft: AuditDraft, _ what: Pending) -> [TrainingEffect] {
    pending = (draft.id, what)
    return [.appendLog(draft)]
  }

  mutating func acknowledge(_ event: AuditEvent) -> [TrainingEffect] {
    guard let pending, pending.id == event.id else { return [] }
    self.pending = nil
    logEvents += 1
    switch pending.what {
    case .start: break
    case .answer(let caseIndex, let answer):
      answers[set.cases[caseIndex].id] = answer
      phase = .feedback
      detailOffset = 0
      status = nil
    case .end(let thenQuit):
      ended = true
      if thenQuit {
        shouldQuit = true
        return [.quit]
      }
    }
    return []
  }
}
