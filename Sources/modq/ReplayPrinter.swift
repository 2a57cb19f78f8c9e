import Foundation
import ModqCore
import TerminalKit

/// `modq replay --print`: the timeline (and optional details) as text on stdout. Text from
/// the log or the queues is sanitized, so a hostile review cannot drive the terminal.
struct ReplayPrinter {
  let log: ReplayLog
  let resolver: ReviewResolver

  func safe(_ text: String) -> String { SanitizedText(text).string }

  func banner() -> String {
    (log.verification.isOK ? "" : "!! ") + log.integritySummary
  }

  func timeline(_ positions: [Int], detail: Bool) -> [String] {
    let describer = ReplayDescriber(log.index)
    var out: [String] = []
    for i in positions {
      out.append(safe(describer.row(i)))
      guard detail else { continue }
      out.append(contentsOf: details(i).map { "         " + $0 })
    }
    return out
  }

  func details(_ i: Int) -> [String] {
    let describer = ReplayDescriber(log.index)
    let event = log.event(at: i)
    var resolved: ResolvedReview?
    if log.index.kind(i).isDecision, let event, let review = event.review {
      resolved = resolver.resolve(
        review: review, queue: event["queue"]?.stringValue,
        sha256: event["review_sha256"]?.stringValue)
    }
    return describer.detail(i, event: event, resolved: resolved).flatMap { line in
      safe(line.text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
  }

  func sessions(of moderator: String) -> [String] {
    let index = log.index
    let sessions = ReplaySession.sessions(of: moderator, in: index)
    guard !sessions.isEmpty else { return ["no events by \(safe(moderator))"] }
    var out: [String] = []
    let describer = ReplayDescriber(index)
    for (n, session) in sessions.enumerated() {
      out.append(
        "session \(n + 1) of \(safe(moderator)): \(session.decisionCount(index)) decisions in "
          + ReplayTime.duration(milliseconds: session.duration(index))
          + (session.ended ? "" : " (no session_end)"))
      for (k, i) in session.positions.enumerated() {
        let gap = session.gap(before: k, index).map { "+" + ReplayTime.duration(milliseconds: $0) } ?? ""
        out.append(String(repeating: " ", count: max(0, 9 - gap.count)) + gap + " " + safe(describer.row(i)))
      }
    }
    return out
  }

  func queue(asOf seq: Int) -> [String] {
    let ids = resolver.files.isEmpty ? nil : resolver.allIDs
    let state = ReplayQueueState(log.index, seq: seq, queueIDs: ids)
    var out = ["queue as of seq \(state.seq): \(state.decided.count) decided, \(state.pending.count) pending"]
    if ids == nil { out.append("(no --queue given: pending lists only reviews the log mentions)") }
    out.append("decided:")
    for d in state.decided {
      out.append("  \(safe(d.review))  \(d.verdict.rawValue)  seq \(d.seq)  \(safe(d.moderator))")
    }
    out.append("pending:")
    for id in state.pending { out.append("  \(safe(id))") }
    return out
  }
}
