import ModqCore
import TerminalKit

@testable import ModqUI

/// Small fixed queues and helpers shared by the UI tests.
enum Fixtures {
  static let criteria = [
    CriterionInfo(
      id: "pii.phone", title: "Phone number", action: .reject,
      explanation: "Phone number: personal details are not published",
      source: "002 Moderation Guidelines: Personal details"),
    CriterionInfo(
      id: "profanity", title: "Profanity", action: .reject,
      explanation: "Profanity or explicit language", source: "002 Profanities"),
    CriterionInfo(
      id: "escalate.damaged", title: "Arrived damaged", action: .escalate,
      explanation: "Arrived damaged or broken: customer support should follow up",
      source: "002 Escalation table"),
  ]

  static let info = SessionInfo(
    moderator: "ana", queue: "/queues/today.jsonl", policyHash: "p0l1cy",
    criteria: criteria, sessionID: "s")

  static func item(
    _ id: String, rating: Int = 4, title: String = "", body: String, product: String = "Daypack",
    findings: [Finding] = [], line: Int = 1
  ) -> QueueItem {
    let review = Review(
      id: id, rating: rating, title: title, body: body,
      product: Product(id: "SKU-1", name: product, brand: "Northpeak", category: "bags"),
      author: Author(name: "Dana K.", id: "c-1"), verifiedPurchase: true,
      submittedAt: "2026-11-19T10:22:00Z")
    return QueueItem(
      entry: QueueEntry(review: review, line: line, lineSHA256: "sha-\(id)"),
      suggestion: ScreeningResult(
        id: id, verdict: ScreeningResult.resolve(findings), findings: findings))
  }

  static let phone = Finding(
    criterion: "pii.phone", action: .reject, spans: [Span(field: .body, start: 8, end: 20)],
    evidence: "555-201-7788", explanation: "Phone number: personal details are not published")
  static let damaged = Finding(
    criterion: "escalate.damaged", action: .escalate,
    spans: [Span(field: .body, start: 0, end: 17)], evidence: "arrived with a rip",
    explanation: "Arrived damaged or broken: customer support should follow up")

  static var items: [QueueItem] {
    [
      item(
        "r-1", rating: 5, title: "Great pack", body: "Great strap and a comfy hip belt.", line: 1),
      item(
        "r-2", rating: 3, title: "Call me", body: "Call me 555-201-7788 about the fit.",
        findings: [phone], line: 2),
      item(
        "r-3", rating: 1, title: "Ripped", body: "Arrived ripped at the seam, I want a new one.",
        findings: [damaged], line: 3),
      item(
        "r-4", rating: 4, body: "Solid boots, the strap on the heel is handy.",
        product: "Trail Runner 3", line: 4),
    ]
  }

  /// A model over `items` (none decided unless listed), 100x30, clock at 1000 s.
  static func model(
    items: [QueueItem] = Fixtures.items, decided: Set<String> = [],
    size: Size = Size(width: 100, height: 30)
  ) -> AppModel {
    AppModel(
      info: info, items: items, isDecided: { decided.contains($0) }, size: size, now: 1000)
  }

  /// The acknowledged event for `draft`, as the audit log would return it.
  static func event(for draft: AuditDraft, seq: Int) -> AuditEvent {
    AuditEvent(
      seq: seq, ts: "2026-11-23T10:00:00.000Z", moderator: draft.moderator, type: draft.type,
      prev: seq == 1 ? "" : "h\(seq - 1)", id: draft.id, members: draft.members, hash: "h\(seq)")
  }

  /// The single audit draft in `effects`, if that is what they are.
  static func draft(_ effects: [Effect]) -> AuditDraft? {
    guard effects.count == 1, case .appendAudit(let draft) = effects[0] else { return nil }
    return draft
  }
}

extension AppModel {
  /// Presses keys in order; returns every effect produced.
  @discardableResult
  mutating func press(_ keys: Key...) -> [Effect] {
    keys.flatMap { update(.keyPressed($0)) }
  }

  /// Types text one character at a time.
  mutating func type(_ text: String) {
    for character in text { _ = update(.keyPressed(.char(character))) }
  }

  /// Acknowledges the single append in `effects` as `seq`; returns follow-up effects.
  @discardableResult
  mutating func acknowledge(_ effects: [Effect], seq: Int) -> [Effect] {
    guard let draft = Fixtures.draft(effects) else { return [] }
    return update(.auditAppended(Fixtures.event(for: draft, seq: seq)))
  }

  /// Starts the session and acknowledges session_start as seq 1.
  mutating func startSession() {
    let effects = start()
    acknowledge(effects, seq: 1)
  }

  /// Ids of the visible rows.
  var visibleIDs: [String] { visible.map { items[$0].id } }
}
