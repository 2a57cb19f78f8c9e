extension AuditDraft {
  /// Claims `review` until `leaseUntilMs`; the event's seq becomes the fencing token.
  public static func claim(
    review: String, queue: String, leaseUntilMs: Int64, moderator: String,
    id: String = AuditDraft.newID()
  ) -> AuditDraft {
    AuditDraft(
      type: .claim, moderator: moderator, id: id,
      members: [
        AuditMember("review", .string(review)), AuditMember("queue", .string(queue)),
        AuditMember("lease_until", .string(LeaseClock.format(ms: leaseUntilMs))),
      ])
  }

  /// Extends the lease of the claim with seq `claim` on `review`.
  public static func renew(
    review: String, claim: Int, leaseUntilMs: Int64, moderator: String,
    id: String = AuditDraft.newID()
  ) -> AuditDraft {
    AuditDraft(
      type: .renew, moderator: moderator, id: id,
      members: [
        AuditMember("review", .string(review)), AuditMember("claim", .int(claim)),
        AuditMember("lease_until", .string(LeaseClock.format(ms: leaseUntilMs))),
      ])
  }

  /// Gives up the claim with seq `claim` on `review` without deciding it.
  public static func release(
    review: String, claim: Int, moderator: String, id: String = AuditDraft.newID()
  ) -> AuditDraft {
    AuditDraft(
      type: .release, moderator: moderator, id: id,
      members: [AuditMember("review", .string(review)), AuditMember("claim", .int(claim))])
  }

  /// The value of member `key`, if the draft has it.
  public subscript(member key: String) -> AuditValue? {
    members.first { $0.key == key }?.value
  }

  /// This draft carrying `claim` as its fencing token (for decisions).
  public func fenced(by claim: Int?) -> AuditDraft {
    guard let claim else { return self }
    var copy = self
    copy.members.append(AuditMember("claim", .int(claim)))
    return copy
  }
}
