import Foundation
import ModqCore

/// The production effect performer: appends to the real audit log (synced before it
/// answers), writes the escalation outbox, and runs `on_escalate` in the background.
public final class LiveEffects: EffectPerformer {
  let log: AuditLog
  let outbox: EscalationOutbox
  let hook: EscalationHook?
  let mailbox: Mailbox

  public init(log: AuditLog, outbox: EscalationOutbox, hook: EscalationHook?, mailbox: Mailbox) {
    self.log = log
    self.outbox = outbox
    self.hook = hook
    self.mailbox = mailbox
  }

  public func perform(_ effect: Effect) -> [Message] {
    switch effect {
    case .appendAudit(let draft):
      do {
        return [.auditAppended(try log.append(draft))]
      } catch {
        return [.auditFailed(draftID: draft.id, reason: "\(error)")]
      }
    case .deliverEscalation(let record):
      let line = record.jsonLine()
      let review = record.review.id
      do {
        try outbox.append(line)
      } catch {
        return [.escalationFailed(review: review, reason: "\(error)")]
      }
      guard let hook else { return [.escalationDelivered(review: review)] }
      let mailbox = self.mailbox
      Thread.detachNewThread {
        if let failure = hook.run(input: line) {
          mailbox.post(.escalationFailed(review: review, reason: failure))
        } else {
          mailbox.post(.escalationDelivered(review: review))
        }
      }
      return []
    case .quit:
      return []
    }
  }
}
