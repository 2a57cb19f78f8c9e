import ArgumentParser
import CursesTerminal
import Foundation
import ModqCore
import ModqScreening
import ModqUI
import TerminalKit

/// `modq moderate [QUEUE]`: the moderator UI (the default subcommand; no queue = the demo).
struct ModerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "moderate",
    abstract: "Work a review queue in the terminal UI (default: the bundled demo queue).",
    discussion: """
      Settings come from modq.yaml (queue, audit, moderator, policy, store, theme, outbox,
      on_escalate, claim_lease); flags override them. The open review is claimed in the log
      (a lease renewed while you work); reviews others decide or claim leave the list.
      Every decision is appended to the audit log and synced before the UI moves on;
      restarting resumes where the queue stands.
      Example: modq moderate data/queue/demo.jsonl --moderator ana --theme light
      """)

  @Argument(help: "The queue file (JSON Lines). Default: modq.yaml's queue, else the demo.")
  var queue: String?

  @Option(help: "The audit log (default: modq.yaml, then $XDG_STATE_HOME/modq/audit.jsonl).")
  var audit: String?

  @Option(help: "Moderator name recorded on every event (default: modq.yaml, then $USER).")
  var moderator: String?

  @Option(help: "Theme: dark, light, high-contrast, monochrome, or a YAML file.")
  var theme: String?

  @Option(help: "Policy file (default: data/policy/default.yaml).")
  var policy: String?

  @Option(help: "Store file (default: data/stores/northpeak.yaml).")
  var store: String?

  @Option(help: "Escalation outbox (default: modq.yaml, then escalations.jsonl beside the log).")
  var outbox: String?

  @Option(name: .customLong("key-file"), help: "HMAC key file for the audit log.")
  var keyFile: String?

  @Option(
    name: .customLong("claim-lease"),
    help: "Seconds a claim on the open review lasts without activity (default: claim_lease, 600).")
  var claimLease: Double?

  func validate() throws {
    if let claimLease, !(claimLease >= 3) {
      throw ValidationError("--claim-lease must be at least 3 seconds")
    }
  }

  func run() throws {
    let setup: SessionSetup
    do {
      setup = try SessionSetup(command: self)
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(theme: setup.theme)
    } catch {
      CLI.fail("cannot start the terminal UI: \(error)")
      throw ExitCodes.failure
    }
    let mailbox = Mailbox()
    var model = SessionOpener.open(
      queue: setup.queue, engine: setup.engine, state: setup.log.state, info: setup.info,
      size: terminal.size, now: Self.now(), mailbox: mailbox)
    model.enableTeam(setup.claims)
    let effects = LiveEffects(
      log: setup.log, outbox: EscalationOutbox(path: setup.outboxPath),
      hook: setup.onEscalate.map(EscalationHook.init(command:)), mailbox: mailbox,
      team: LiveEffects.TeamLink(
        moderator: setup.info.moderator, queue: setup.info.queue, settings: setup.claims,
        reopen: setup.reopen))
    let prefetcher = Prefetcher(engine: setup.engine, info: setup.info, mailbox: mailbox)
    let runner = AppRunner(
      model: model, device: terminal, effects: effects, mailbox: mailbox,
      prefetcher: prefetcher, clock: Self.now)
    runner.run()
    terminal.close()
    let final = runner.model
    CLI.say(
      "modq: session ended: \(final.stats.decisions) decision(s), \(final.pendingCount) pending;"
        + " audit log \(setup.log.path)")
  }

  static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}
