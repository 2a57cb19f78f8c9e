import Foundation
import ModqCore
import ModqScreening
import ModqUI
import TerminalKit

/// Everything `modq moderate` opens before the terminal starts: config, queue, engine,
/// audit log, theme and outbox. Errors here are printed before the UI takes the screen.
struct SessionSetup {
  let queue: QueueFile
  let engine: ScreeningEngine
  let log: AuditLog
  let info: SessionInfo
  let theme: Theme
  let outboxPath: String
  let onEscalate: String?
  /// Claim lease (seconds): `--claim-lease`, else modq.yaml `claim_lease`, else 10 minutes.
  let claims: ClaimSettings
  /// Opens the log again (after a failed write poisoned the handle).
  let reopen: @Sendable () throws -> AuditLog

  init(command: ModerateCommand) throws {
    let config = try ModqConfig.load()
    let queuePath: String
    if let path = command.queue ?? config.queue {
      queuePath = path
    } else if let data = DataLocator.dataDirectory() {
      queuePath = data.appendingPathComponent("queue/demo.jsonl").path
    } else {
      throw EngineLoader.Failure(description: "no queue given and the demo data is not found")
    }
    queue = try QueueFile(path: queuePath)
    engine = try EngineLoader.engine(
      policy: command.policy ?? config.policy, store: command.store ?? config.store, quiet: true)
    let auditPath = try config.auditPath(flag: command.audit)
    let moderator = config.moderatorName(flag: command.moderator)
    let key = try config.auditKey(flag: command.keyFile)
    log = try AuditLog(path: auditPath, key: key, moderator: moderator)
    reopen = { try AuditLog(path: auditPath, key: key, moderator: moderator) }
    claims = ClaimSettings(
      leaseSeconds: command.claimLease ?? config.claimLease ?? ClaimSettings.defaultLease)
    theme = try ThemeLoader.theme(named: command.theme ?? config.theme)
    outboxPath =
      command.outbox ?? config.outbox ?? EscalationOutbox.defaultPath(besideAuditLog: auditPath)
    onEscalate = config.onEscalate
    info = SessionInfo(
      moderator: moderator, queue: queuePath, policyHash: engine.policy.sha256,
      criteria: CriterionInfo.catalog(of: engine.policy),
      sessionID: AuditDraft.newID())
  }
}
