/// One event of the audit log as written (formats.md, "Audit log").
///
/// Member order on disk: `seq, ts, moderator, type, prev, id`, then `members` in order,
/// then `hash`.
public struct AuditEvent: Sendable, Hashable {
  public var seq: Int
  /// RFC 3339 UTC timestamp.
  public var ts: String
  public var moderator: String
  public var type: AuditEventType
  /// The previous event's hash; empty for seq 1.
  public var prev: String
  /// Unique id made before the write (the idempotency key). Empty if a hand-written line had none.
  public var id: String
  /// Type-specific members, in their on-disk order.
  public var members: [AuditMember]
  /// Lowercase hex SHA-256 (or HMAC-SHA-256) over the line bytes before `,"hash"`.
  public var hash: String

  public init(
    seq: Int, ts: String, moderator: String, type: AuditEventType, prev: String, id: String,
    members: [AuditMember], hash: String
  ) {
    self.seq = seq
    self.ts = ts
    self.moderator = moderator
    self.type = type
    self.prev = prev
    self.id = id
    self.members = members
    self.hash = hash
  }

  /// The value of a type-specific member.
  public subscript(key: String) -> AuditValue? {
    members.first { $0.key == key }?.value
  }

  /// The review id, for events about a review.
  public var review: String? { self["review"]?.stringValue }
  /// The final verdict, for decision events.
  public var final: Verdict? { self["final"]?.stringValue.flatMap(Verdict.init(rawValue:)) }
  /// The seq an `undo` reverses.
  public var target: Int? { self["target"]?.intValue }
  /// The moderator's note, if any.
  public var note: String? { self["note"]?.stringValue }
  /// The criteria the moderator confirmed or chose.
  public var criteria: [String] {
    self["criteria"]?.arrayValue?.compactMap(\.stringValue) ?? []
  }
}

extension AuditEvent {
  /// `s` as it would appear inside an audit line: printable ASCII, everything else `\uXXXX`.
  /// Safe to print to a terminal.
  public static func asciiEscaped(_ s: String) -> String {
    String(decoding: AuditState.escaped(s), as: UTF8.self)
  }
}
