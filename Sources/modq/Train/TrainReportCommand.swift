import ArgumentParser
import Foundation
import ModqCore
import ModqScreening

/// `modq train report LOG`: each trainee's scores over time; the cases most often missed.
struct TrainReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Each trainee's scores over time and the cases most often missed.",
    discussion: "Example: modq train report ~/.local/state/modq/training.jsonl")

  @Argument(help: "The training log (default: $XDG_STATE_HOME/modq/training.jsonl).")
  var log: String?

  @Option(help: "How many most-missed cases to list.")
  var top = 10

  func run() throws {
    let path = log ?? TrainingLog.defaultPath()
    let events: [AuditEvent]
    do {
      events = try AuditVerifier.events(path: path)
    } catch let error as AuditError {
      CLI.fail("\(error)")
      if case .io = error { throw ExitCodes.failure }
      throw ExitCodes.integrity
    }
    let report = TrainingReport(events: events)
    CLI.say("Training log \(path): \(events.count) events, verified")
    for trainee in report.trainees {
      CLI.say("")
      CLI.say(AuditEvent.asciiEscaped(trainee))
      for s in report.sessions[trainee] ?? [] {
        let percent = s.answered == 0 ? 0 : s.verdictsRight * 100 / s.answered
        CLI.say(
          "  \(s.started)  \(s.mode.padding(toLength: 9, withPad: " ", startingAt: 0))  "
            + "\(s.verdictsRight)/\(s.answered) right (\(percent)%)  "
            + AuditEvent.asciiEscaped(s.set))
      }
    }
    let missed = report.mostMissed(limit: top)
    CLI.say("")
    CLI.say("Most often missed")
    if missed.isEmpty { CLI.say("  none") }
    for row in missed {
      CLI.say("  \(AuditEvent.asciiEscaped(row.caseID))  missed \(row.missed) of \(row.answered)")
    }
  }
}
