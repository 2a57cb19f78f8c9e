import TerminalKit

/// The three bottom rows: the message row (or the search prompt), the status line
/// (moderator, queue, pending / decided, decisions per hour, audit-log health, size) and the
/// hint line built from the key table.
struct StatusBarView {
  let model: AppModel

  func render(into screen: inout Screen, layout: ScreenLayout) {
    renderMessage(into: &screen, rect: layout.message)
    StatusLine(
      left: StyledText(SanitizedText(statusText)),
      right: StyledText(
        SanitizedText(
          "\(layout.size.width)x\(layout.size.height) "))
    ).render(into: &screen, rect: layout.status)
    if case .failing = model.auditHealth {
      // Redraw the health part in the error role so it stands out.
      let before = SanitizedText(statusParts.dropLast().joined(separator: " · ") + " · ")
      let health = SanitizedText(statusParts.last ?? "")
      let col = layout.status.col + before.width
      if col + health.width < layout.status.right - 6 {
        screen.put(text: health, at: Point(row: layout.status.row, col: col), style: .role("error"))
      }
    }
    KeyHints(hints).render(into: &screen, rect: layout.hints)
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
