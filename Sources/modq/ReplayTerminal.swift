import CursesTerminal
import ModqCore
import ModqUI
import TerminalKit

/// Opens the terminal for `modq replay` and runs the replay loop on it: the first screen
/// shows the verified head of the log while the rest is verified in the background.
enum ReplayTerminal {
  static func run(
    loader: ReplayLoader, resolver: ReviewResolver, filter: ReplayFilter, seq: Int?
  ) throws {
    let head = loader.head()
    let loading = head.isComplete ? nil : ReplayBackgroundLoad(loader)
    loading?.start()
    var model = ReplayModel(log: head, resolver: resolver, filter: filter)
    if let seq { model.jump(to: max(0, seq - 1)) }
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(mouse: false)
    } catch {
      StandardError.print("modq: cannot open the terminal: \(error) (use --print for text output)")
      throw ExitCodes.failure
    }
    let final = ReplayRunner.run(model, on: terminal, loading: loading)
    terminal.close()
    if final.isLoading {
      let total = max(1, final.log.totalBytes)
      StandardError.print(
        "modq: quit before the whole chain was verified: \(final.verifiedEvents) events "
          + "(\(final.verifiedBytes * 100 / total)% of the file) verified, the rest not checked")
    } else if !final.log.verification.isOK {
      StandardError.print("modq: " + final.log.integritySummary)
    }
  }
}
