import TerminalKit

/// The three bottom rows: the message row (or the search prompt), the status line
/// (moderator, queue, pending / decided, decisions per hour, audit-log health, size) and the
/// hint line built from the key table.
struct StatusBarView {
  let model: AppModel
  /// The status and hint rows of the last frame (nil: draw them every time).
  var cache: ViewCache? = nil

  func render(into screen: inout Screen, layout: ScreenLayout) {
    renderMessage(into: &screen, rect: layout.message)
    let parts = statusParts
    guard let cache, layout.hints.row == layout.status.row + 1 else {
      renderBars(
        parts, size: layout.size, status: layout.status, hints: layout.hints, into: &screen)
      return
    }
    // The hints follow from the context and which of its bindings are enabled.
    let context = model.context
    let key = ViewCache.BarsKey(
      size: layout.size, status: parts, failing: model.auditHealth.isFailing, context: context,
      enabled: KeyTable.bindings(in: context).map {
        $0.short != nil && $0.disabledReason(model) == nil
      })
    let cells = cache.bars(key) { bars in
      let width = layout.size.width
      renderBars(
        parts, size: layout.size, status: Rect(row: 0, col: 0, width: width, height: 1),
        hints: Rect(row: 1, col: 0, width: width, height: 1), into: &bars)
    }
    screen.draw(cells, at: Point(row: layout.status.row, col: layout.status.col))
  }

  /// The status line (`parts`, and the size on the right) in `status`; the key hints in
  /// `hints`.
  private func renderBars(
    _ parts: [String], size: Size, status: Rect, hints hintsRect: Rect, into screen: inout Screen
  ) {
    StatusLine(
      left: StyledText(SanitizedText(parts.joined(separator: " · "))),
      right: StyledText(SanitizedText("\(size.width)x\(size.height) "))
    ).render(into: &screen, rect: status)
    if model.auditHealth.isFailing {
      // Redraw the health part in the error role so it stands out.
      let before = SanitizedText(parts.dropLast().joined(separator: " · ") + " · ")
      let health = SanitizedText(parts.last ?? "")
      let col = status.col + before.width
      if col + health.width < status.right - 6 {
        screen.put(text: health, at: Point(row: status.row, col: col), style: .role("error"))
      }
    }
    KeyHints(hints).render(into: &screen, rect: hintsRect)
  }

  var statusText: String { statusParts.joined(separator: " · ") }

  /// Moderator, queue, pending / decided, decisions per hour, who else is working (with
  /// live claims), audit-log health (last).
  var statusParts: [String] {
    let info = model.info
    var parts = [
      " \(info.moderator)", info.queueName,
      "\(model.pendingCount) pending / \(model.decidedCount) decided",
      "\(model.stats.perHour)/h",
    ]
    if let working = model.team?.workingSummary, !working.isEmpty {
      parts.append("also working: \(working)")
    }
    switch model.auditHealth {
    case .ok(let events): parts.append("log ok (\(events))")
    case .failing: parts.append("log FAILING")
    }
    return parts
  }

  private func renderMessage(into screen: inout Screen, rect: Rect) {
    screen.fill(rect)
    if case .search(let editor) = model.topOverlay {
      let label: SanitizedText = " Search: "
      screen.put(text: label, at: Point(row: rect.row, col: rect.col), style: .role("chrome.title"))
      let field = Rect(
        row: rect.row, col: rect.col + label.width, width: rect.width - label.width, height: 1)
      editor.render(into: &screen, rect: field)
      return
    }
    var text: String
    var style = Style.role("dim")
    if let status = model.status {
      text = status.text
      switch status.severity {
      case .info: style = .plain
      case .warning: style = .role("warning")
      case .error: style = .role("error")
      }
    } else if case .running(let done, let total) = model.screening {
      text = "reading the queue in the background: \(done * 100 / max(total, 1))%"
    } else {
      text = ""
    }
    if case .failing(let reason) = model.auditHealth, model.status?.severity != .error {
      text = "audit log: \(reason)"
      style = .role("error")
    }
    screen.put(
      text: SanitizedText(" " + text), at: Point(row: rect.row, col: rect.col), style: style,
      clip: rect, overflow: .ellipsis)
  }

  /// The hints for the current context: bindings with a short label that apply now.
  var hints: [KeyHints.Hint] {
    KeyTable.bindings(in: model.context).compactMap { binding in
      guard let short = binding.short, binding.disabledReason(model) == nil else { return nil }
      return KeyHints.Hint(keys: binding.keyLabel, label: short)
    }
  }
}
