import CursesTerminal
import ModqCore
import ModqUI
import TerminalKit

/// Opens the terminal for `modq replay` and runs the replay loop on it.
enum ReplayTerminal {
  static func run(log: ReplayLog, resolver: ReviewResolver, filter: ReplayFilter, seq: Int?) throws {
    var model = ReplayModel(log: log, resolver: resolver, filter: filter)
    if let seq { model.select(position: max(0, seq - 1)) }
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(mouse: false)
    } catch {
      StandardError.print("modq: cannot open the terminal: \(error) (use --print for text output)")
      throw ExitCodes.failure
    }
    ReplayRunner.run(model, on: terminal)
    terminal.close()
    if !log.verification.isOK { StandardError.print("modq: " + log.integritySummary) }
  }
}
