import Foundation
import ModqCore

/// The production effect performer: appends to the real audit log (synced before it
/// answers) under the claim rules, claims and follows the log, writes the escalation
/// outbox, and runs `on_escalate` in the background.
public final class LiveEffects: EffectPerformer {
  private(set) var log: AuditLog
  let outbox: EscalationOutbox
  let hook: EscalationHook?
  let mailbox: Mailbox
  let team: TeamLink?
  /// Whether the log has been polled yet (the first poll reports the whole state).
  private var polled = false

  /// What claims need besides the log: who and which queue, the lease, a way to reopen
  /// the log after a failed write, and the wall clock.
  public struct TeamLink {
    public var moderator: String
    public var queue: String
    public var settings: ClaimSettings
    public var reopen: (() throws -> AuditLog)?
    public var nowMs: () -> Int64

    public init(
      moderator: String, queue: String, settings: ClaimSettings,
      reopen: (() throws -> AuditLog)? = nil, nowMs: @escaping () -> Int64 = LeaseClock.nowMs
    ) {
      self.moderator = moderator
      self.queue = queue
      self.settings = settings
      self.reopen = reopen
      self.nowMs = nowMs
    }
  }

  public init(
    log: AuditLog, outbox: EscalationOutbox, hook: EscalationHook?, mailbox: Mailbox,
    team: TeamLink? = nil
  ) {
    self.log = log
    self.outbox = outbox
    self.hook = hook
    self.mailbox = mailbox
    self.team = team
  }

  public func perform(_ effect: Effect) -> [Message] {
    switch effect {
    case .appendAudit(let draft):
      do {
        return [.auditAppended(try append(draft))]
      } catch let refusal as ClaimRefusal {
        return [.auditRefused(draftID: draft.id, refusal)]
      } catch {
        return [.auditFailed(draftID: draft.id, reason: FaultText.describe(error))]
      }
    case .claim(let request):
      return [.claimAnswered(claim(request))]
    case .pollLog:
      return [.logPolled(poll())]
    case .deliverEscalation(let record):
      return deliver(record)
    case .quit:
      return []
    }
  }

  /// Appends under the claim rules, reopening the log first if an earlier failure
  /// poisoned it (reopening re-verifies and recovers a torn tail).
  private func append(_ draft: AuditDraft) throws -> AuditEvent {
    if log.poisonReason != nil, let reopen = team?.reopen { log = try reopen() }
    let now = team?.nowMs ?? LeaseClock.nowMs
    return try log.append(draft) { state, d in try ClaimRules.check(state, d, nowMs: now()) }
  }

  private func claim(_ request: ClaimRequest) -> ClaimAnswer {
    guard let team else { return .failed(review: request.review, reason: "claims are off") }
    let until = team.nowMs() + Int64(team.settings.leaseSeconds * 1000)
    let draft: AuditDraft
    switch request {
    case .take(let review):
      draft = .claim(
        review: review, queue: team.queue, leaseUntilMs: until, moderator: team.moderator)
    case .renew(let review, let token):
      draft = .renew(review: review, claim: token, leaseUntilMs: until, moderator: team.moderator)
    case .release(let review, let token):
      draft = .release(review: review, claim: token, moderator: team.moderator)
    }
    do {
      let event = try append(draft)
      switch request {
      case .take(let review): return .granted(review: review, token: event.seq)
      case .renew(let review, let token): return .renewed(review: review, token: token)
      case .release(let review, _): return .released(review: review)
      }
    } catch let refusal as ClaimRefusal {
      return .refused(refusal)
    } catch {
      return .failed(review: request.review, reason: FaultText.describe(error))
    }
  }

  private func poll() -> LogPoll {
    let now = team?.nowMs() ?? LeaseClock.nowMs()
    do {
      if let state = try log.poll() {
        polled = true
        return .changed(state, nowMs: now)
      }
      if !polled {
        polled = true
        return .changed(log.state, nowMs: now)
      }
      return .unchanged(nowMs: now)
    } catch {
      return .lost(FaultText.describe(error))
    }
  }

  private func deliver(_ record: EscalationRecord) -> [Message] {
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
  }
}
