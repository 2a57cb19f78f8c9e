import Foundation

/// What a verdict suggestion looked like when it was shown to the moderator.
public struct AuditSuggestion: Sendable, Hashable {
  /// `nil` when no suggestion was shown (recorded as JSON null).
  public var verdict: Verdict?
  public var criteria: [String]

  public init(verdict: Verdict?, criteria: [String]) {
    self.verdict = verdict
    self.criteria = criteria
  }

  /// Nothing was suggested.
  public static let none = AuditSuggestion(verdict: nil, criteria: [])

  var value: AuditValue {
    .object([
      AuditMember("verdict", verdict.map { .string($0.rawValue) } ?? .null),
      AuditMember("criteria", .array(criteria.map { .string($0) })),
    ])
  }
}

/// An event before it is written: the log assigns `seq`, `ts`, `prev` and `hash`.
public struct AuditDraft: Sendable, Hashable {
  public var type: AuditEventType
  public var moderator: String
  /// The idempotency key: appending a draft whose id is already in the log records nothing new.
  public var id: String
  public var members: [AuditMember]

  public init(
    type: AuditEventType, moderator: String, id: String = AuditDraft.newID(),
    members: [AuditMember] = []
  ) {
    self.type = type
    self.moderator = moderator
    self.id = id
    self.members = members
  }

  /// A fresh unique id: a lowercase random (version 4) UUID. Made from the system generator
  /// directly (Foundation's `UUID()` opened a file per id: 9% of a bulk `decide`).
  public static func newID() -> String {
    var random = SystemRandomNumberGenerator()
    let high: UInt64 = random.next() & 0xFFFF_FFFF_FFFF_0FFF | 0x4000
    let low: UInt64 = random.next() & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
    var out: [UInt8] = []
    out.reserveCapacity(36)
    for (n, word) in [high, low].enumerated() {
      for k in 0..<16 {
        if n * 16 + k == 8 || n * 16 + k == 12 || n * 16 + k == 16 || n * 16 + k == 20 {
          out.append(UInt8(ascii: "-"))
        }
        out.append(Hex.digits[Int((word >> UInt64(60 - 4 * k)) & 15)])
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A decision: `accept` when `final` matches the suggestion, `escalate` when `final` is
  /// escalate, otherwise `override`.
  public static func decision(
    review: String, queue: String, reviewSHA256: String, suggested: AuditSuggestion,
    final: Verdict, criteria: [String], policy: String, note: String? = nil,
    moderator: String, id: String = AuditDraft.newID()
  ) -> AuditDraft {
    let type: AuditEventType =
      final == .escalate ? .escalate : (suggested.verdict == final ? .accept : .override)
    var members = [
      AuditMember("review", .string(review)),
      AuditMember("queue", .string(queue)),
      AuditMember("review_sha256", .string(reviewSHA256)),
      AuditMember("suggested", suggested.value),
      AuditMember("final", .string(final.rawValue)),
      AuditMember("criteria", .array(criteria.map { .string($0) })),
      AuditMember("policy", .string(policy)),
    ]
    if let note { members.append(AuditMember("note", .string(note))) }
    return AuditDraft(type: type, moderator: moderator, id: id, members: members)
  }

  /// Reverses the decision recorded at `target`.
  public static func undo(
    target: Int, note: String? = nil, moderator: String, id: String = AuditDraft.newID()
  ) -> AuditDraft {
    var members = [AuditMember("target", .int(target))]
    if let note { members.append(AuditMember("note", .string(note))) }
    return AuditDraft(type: .undo, moderator: moderator, id: id, members: members)
  }

  /// A note on a review (not a decision).
  public static func annotate(
    review: String, queue: String, note: String, moderator: String,
    id: String = AuditDraft.newID()
  ) -> AuditDraft {
    AuditDraft(
      type: .annotate, moderator: moderator, id: id,
      members: [
        AuditMember("review", .string(review)), AuditMember("queue", .string(queue)),
        AuditMember("note", .string(note)),
      ])
  }

  /// The moderator skipped a review (not a decision).
  public static func skip(
    review: String, queue: String, moderator: String, id: String = AuditDraft.newID()
  ) -> AuditDraft {
    AuditDraft(
      type: .skip, moderator: moderator, id: id,
      members: [AuditMember("review", .string(review)), AuditMember("queue", .string(queue))])
  }

  /// A moderator session begins or ends on `queue`.
  public static func session(
    start: Bool, queue: String, moderator: String, id: String = AuditDraft.newID()
  ) -> AuditDraft {
    AuditDraft(
      type: start ? .sessionStart : .sessionEnd, moderator: moderator, id: id,
      members: [AuditMember("queue", .string(queue))])
  }
}
