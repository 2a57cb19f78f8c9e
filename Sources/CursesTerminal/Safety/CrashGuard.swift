import CNcursesw
import Glibc

/// Restores the terminal when the process dies of a signal.
///
/// Swift traps (`fatalError`, overflow, bad index) raise SIGILL/SIGTRAP with no unwinding, so
/// no `defer` or `deinit` runs and the tty would stay raw in the alternate screen. The guard's
/// handler calls `endwin()`, reinstalls the handler that was there before (the Swift runtime's
/// backtracer, or ncurses' own), and lets the signal run on: faults re-fault when the handler
/// returns; asynchronous signals are re-raised. `endwin` in a handler is best effort, the
/// same trade ncurses makes for SIGINT and SIGTERM.
public enum CrashGuard {
  /// The signals guarded.
  public static let signals: [Int32] = [
    SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGHUP, SIGQUIT, SIGTERM,
  ]

  /// Installs the handlers (once; later calls do nothing until `uninstall`).
  public static func install() {
    guard !guardInstalled else { return }
    guardInstalled = true
    for signal in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = crashGuardHandler
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      var previous = sigaction()
      sigaction(signal, &action, &previous)
      previousActions[Int(signal)] = previous
    }
  }

  /// Puts the previous handlers back.
  public static func uninstall() {
    guard guardInstalled else { return }
    guardInstalled = false
    for signal in signals {
      var previous = previousActions[Int(signal)]
      sigaction(signal, &previous, nil)
    }
  }

  /// Whether the guard is installed.
  public static var isInstalled: Bool { guardInstalled }
}

nonisolated(unsafe) private var guardInstalled = false
private typealias SignalAction = sigaction
nonisolated(unsafe) private var previousActions: [SignalAction] = Array(
  repeating: SignalAction(), count: 65)

private let crashGuardHandler: @convention(c) (Int32) -> Void = { signal in
  endwin()
  var previous = previousActions[Int(signal)]
  sigaction(signal, &previous, nil)
  switch signal {
  case SIGABRT, SIGHUP, SIGQUIT, SIGTERM:
    // Blocked while this handler runs: delivered to the previous handler on return.
    raise(signal)
  default:
    // A fault: returning re-executes the faulting instruction under the previous handler.
    break
  }
}
