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
    log = try AuditLog(
      path: auditPath, key: try config.auditKey(flag: command.keyFile),
      moderator: moderator)
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
