import Foundation

/// Words for events: one timeline row per event, and the detail of a decision (what the
/// moderator saw, what they did). Pure; the caller sanitizes before display.
public struct ReplayDescriber: Sendable {
  public let index: ReplayIndex

  public init(_ index: ReplayIndex) { self.index = index }

  /// `    12 2026-11-23T10:00:04Z ana      override      r-10023  reject -> publish`;
  /// `compact` shortens the time to `11-23 10:00:04` and the type to 8 columns (for panes).
  public func row(_ i: Int, moderatorWidth: Int = 8, compact: Bool = false) -> String {
    let seq = String(index.seq(i))
    let kind = index.kind(i)
    var out = String(repeating: " ", count: max(0, (compact ? 4 : 6) - seq.count)) + seq + " "
    let time = ReplayTime.format(index.time(i))
    out += (compact ? String(time.dropFirst(5).dropLast()).replacingOccurrences(of: "T", with: " ") : time) + " "
    out += padded(index.moderator(i), moderatorWidth) + " "
    var type = kind == .other ? "?" : kind.typeName
    if compact { type = type.replacingOccurrences(of: "session_", with: "") }
    out += padded(type, compact ? 8 : 13) + " "
    out += what(i)
    return out
  }

  /// The part of a row after the type: review and verdicts, undo target, or queue.
  public func what(_ i: Int) -> String {
    let kind = index.kind(i)
    let review = index.review(i) ?? ""
    switch kind {
    case .accept, .override, .escalate:
      let suggested = index.suggested(i)?.rawValue ?? "none"
      let final = index.final(i)?.rawValue ?? "?"
      var out = "\(review)  \(suggested) -> \(final)"
      let criteria = names(index.chosenCriteria(i))
      if !criteria.isEmpty { out += "  [\(criteria)]" }
      if index.hasNote(i) { out += "  +note" }
      return out
    case .undo: return "reverses seq \(index.target(i))"
    case .annotate, .skip: return review
    case .sessionStart, .sessionEnd: return index.queue(i) ?? ""
    case .recovery, .other: return review
    }
  }

  /// Everything replay knows about event `i`: who, when, what they saw, what they did.
  public func detail(_ i: Int, event: AuditEvent?, resolved: ResolvedReview?) -> [ReplayDetailLine] {
    var lines: [ReplayDetailLine] = []
    let kind = index.kind(i)
    let type = event?.type.rawValue ?? kind.typeName
    lines.append(.init(.heading, "seq \(index.seq(i)) · \(ReplayTime.format(index.time(i))) · \(type)"))
    lines.append(.init(.field, "moderator: \(index.moderator(i))"))
    if let review = index.review(i) {
      lines.append(.init(.field, "review: \(review)  queue: \(index.queue(i) ?? "-")"))
    }
    if kind == .undo { lines.append(.init(.field, "reverses: seq \(index.target(i))")) }
    if kind.isDecision {
      lines.append(.init(.heading, "What the moderator saw"))
      lines.append(contentsOf: reviewLines(resolved))
      let reasons = names(index.suggestedCriteria(i))
      lines.append(.init(
        .field,
        "suggested: \(index.suggested(i)?.rawValue ?? "nothing")"
          + (reasons.isEmpty ? "" : "  because: \(reasons)")))
      let policy = index.policy(i).map { $0.count > 16 ? $0.prefix(16) + "..." : $0 }
      lines.append(.init(.field, "policy: \(policy ?? "(not recorded)")"))
      lines.append(.init(.heading, "What they did"))
      let chosen = names(index.chosenCriteria(i))
      lines.append(.init(
        .field,
        "final: \(index.final(i)?.rawValue ?? "?")  criteria: \(chosen.isEmpty ? "(none)" : chosen)"))
    }
    if let note = event?.note, !note.isEmpty { lines.append(.init(.note, "note: \(note)")) }
    return lines
  }

  private func reviewLines(_ resolved: ResolvedReview?) -> [ReplayDetailLine] {
    guard let resolved else { return [.init(.warning, "TEXT UNAVAILABLE: no --queue file given")] }
    var lines: [ReplayDetailLine] = []
    switch resolved {
    case .verified: lines.append(.init(.verified, resolved.summary))
    case .changed, .missing: lines.append(.init(.warning, resolved.summary))
    }
    if let review = resolved.entry?.review {
      let stars = String(repeating: "*", count: max(0, min(5, review.rating)))
      lines.append(.init(.reviewText, "\(stars) (\(review.rating)/5)  \(review.title)"))
      for paragraph in review.body.split(separator: "\n", omittingEmptySubsequences: false) {
        lines.append(.init(.reviewText, String(paragraph)))
      }
    }
    return lines
  }

  private func names(_ ids: [Int32]) -> String {
    ids.map(index.criterionName).joined(separator: ", ")
  }

  private func padded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
