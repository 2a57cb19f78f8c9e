import Foundation
import ModqCore

/// One escalation for customer support: the acknowledged audit event, the review (with the
/// customer's contact details, which support needs) and the findings. Written as one JSON
/// line to the outbox and given to `on_escalate` on stdin.
public struct EscalationRecord: Sendable, Hashable, Codable {
  /// The review as support needs it.
  public struct ReviewPart: Sendable, Hashable, Codable {
    public var id: String
    public var rating: Int
    public var title: String
    public var body: String
    public var product: String?
    public var productID: String?
    public var author: String?
    public var email: String?
    public var customerID: String?
    public var orderID: String?
    public var submittedAt: String?

    enum CodingKeys: String, CodingKey {
      case id, rating, title, body, product, author, email
      case productID = "product_id"
      case customerID = "customer_id"
      case orderID = "order_id"
      case submittedAt = "submitted_at"
    }
  }

  /// One finding, as shown to the moderator.
  public struct FindingPart: Sendable, Hashable, Codable {
    public var criterion: String
    public var action: String
    public var evidence: String
    public var explanation: String
  }

  public var type = "escalation"
  /// The audit event's seq and hash (so support can point at the exact record).
  public var auditSeq: Int
  public var auditHash: String
  public var ts: String
  public var moderator: String
  public var queue: String
  public var criteria: [String]
  public var note: String?
  public var suggested: String?
  public var review: ReviewPart
  public var findings: [FindingPart]

  enum CodingKeys: String, CodingKey {
    case type, ts, moderator, queue, criteria, note, suggested, review, findings
    case auditSeq = "audit_seq"
    case auditHash = "audit_hash"
  }

  /// The record for an acknowledged escalate `event` on `item`.
  public init(event: AuditEvent, item: QueueItem, queue: String) {
    let r = item.review
    auditSeq = event.seq
    auditHash = event.hash
    ts = event.ts
    moderator = event.moderator
    self.queue = queue
    criteria = event.criteria
    note = event.note
    suggested = item.suggestion?.verdict.rawValue
    review = ReviewPart(
      id: r.id, rating: r.rating, title: r.title, body: r.body, product: r.product.name,
      productID: r.product.id, author: r.author.name, email: r.author.email,
      customerID: r.author.id, orderID: r.orderID, submittedAt: r.submittedAt)
    findings = (item.suggestion?.findings ?? []).map {
      FindingPart(
        criterion: $0.criterion, action: $0.action.rawValue, evidence: $0.evidence,
        explanation: $0.explanation)
    }
  }

  /// One line of JSON (keys sorted, no newline inside, none at the end).
  public func jsonLine() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
