import Foundation
import ModqCore
import TerminalKit

extension ReplayModel {
  /// Where keys go now.
  public var keyContext: ReplayKeyContext {
    if prompt != nil { return .prompt }
    return showHelp ? .help : .main
  }

  /// Handles one input event (pure: no I/O).
  public mutating func update(_ event: InputEvent) {
    switch event {
    case .resize(let newSize):
      size = newSize
      list.keepVisible(count: positions.count, height: listHeight)
    case .key(let key): handle(key)
    case .mouse, .tick: break
    }
  }

  mutating func handle(_ key: Key) {
    let context = keyContext
    guard let action = ReplayKeyTable.action(for: key, in: context) else {
      if context == .prompt { _ = prompt?.editor.handle(key) }
      return
    }
    perform(action)
  }

  mutating func perform(_ action: ReplayAction) {
    let page = max(1, listHeight - 1)
    switch action {
    case .next: move(by: 1)
    case .previous: move(by: -1)
    case .pageDown: move(by: page)
    case .pageUp: move(by: -page)
    case .first: move(by: -positions.count)
    case .last: move(by: positions.count)
    case .jumpSeq: prompt = ReplayPrompt(.seq)
    case .jumpTime: prompt = ReplayPrompt(.time)
    case .filter: prompt = ReplayPrompt(.filter, text: ReplayFilterText.text(of: filter))
    case .clearFilter: apply(ReplayFilter())
    case .filterModerator: toggleModerator()
    case .filterCriterion: toggleCriterion()
    case .overridesOnly:
      var f = filter
      f.overridesOnly.toggle()
      apply(f)
    case .cycleVerdict:
      var f = filter
      let order: [Verdict?] = [.publish, .reject, .escalate, nil]
      let at = order.firstIndex(of: f.verdict) ?? order.count - 1
      f.verdict = order[(at + 1) % order.count]
      apply(f)
    case .showTimeline: view = .timeline
    case .showSession: view = .session
    case .showQueue: view = .queue
    case .showStats:
      ensureStats()
      view = .stats
    case .nextView:
      let all = ReplayViewKind.allCases
      view = all[((all.firstIndex(of: view) ?? 0) + 1) % all.count]
      if view == .stats { ensureStats() }
    case .scrollDown: detailScroll += 1
    case .scrollUp: detailScroll = max(0, detailScroll - 1)
    case .help: showHelp = true
    case .closeOverlay: showHelp = false
    case .quit: shouldQuit = true
    case .submit: submitPrompt()
    case .cancel: prompt = nil
    }
  }

  mutating func move(by delta: Int) {
    list.move(by: delta, count: positions.count, height: listHeight)
    detailScroll = 0
  }

  mutating func toggleModerator() {
    var f = filter
    if f.moderator != nil {
      f.moderator = nil
    } else if let i = selectedPosition {
      f.moderator = index.moderator(i)
    }
    apply(f)
  }

  mutating func toggleCriterion() {
    var f = filter
    if f.criterion != nil {
      f.criterion = nil
    } else if let i = selectedPosition {
      let ids = index.suggestedCriteria(i) + index.chosenCriteria(i)
      guard let first = ids.first else {
        status = "this event names no criterion"
        return
      }
      f.criterion = index.criterionName(first)
    }
    apply(f)
  }

  mutating func submitPrompt() {
    guard let prompt else { return }
    self.prompt = nil
    let text = prompt.editor.text.trimmingCharacters(in: .whitespaces)
    switch prompt.kind {
    case .seq:
      guard let seq = Int(text), seq >= 1, seq <= index.count || isLoading else {
        status = "no seq \(text) (1...\(index.count))"
        return
      }
      status = ""
      if seq <= index.count, !positions.contains(seq - 1) { apply(ReplayFilter()) }
      jump(to: seq - 1)
    case .time:
      guard let ms = ReplayTime.milliseconds(text) else {
        status = "not a time: \(text) (use 2026-11-23T10:00:00Z or 2026-11-23)"
        return
      }
      let p = index.firstPosition(atOrAfter: ms)
      select(position: p)
      status = isLoading && p >= index.count
        ? "that time is past the events verified so far; try again when verification is done"
        : ""
    case .filter:
      switch ReplayFilterText.parse(text) {
      case .success(let f): apply(f)
      case .failure(let error): status = error.message
      }
    }
  }
}
