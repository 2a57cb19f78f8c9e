import Foundation

/// A private tmux server with one session running a command: send keys, wait for text,
/// resize, capture. Reusable by any end-to-end journey. Kill it with `close()`.
final class TmuxSession {
  let socket: String
  let name = "e2e"

  /// Whether tmux is installed (journeys skip visibly when it is not).
  static var isAvailable: Bool {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// The `modq` binary built next to the test bundle.
  static func modqBinary() throws -> String {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("modq").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    throw TmuxError(message: "modq binary not found near \(CommandLine.arguments[0])")
  }

  /// Starts `command` (a shell command line) in a detached `width`x`height` session with
  /// `LANG=C.UTF-8 TERM=screen-256color SWIFT_BACKTRACE=interactive=no`.
  init(command: String, width: Int, height: Int) throws {
    socket = "modq-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let line = "env LANG=C.UTF-8 TERM=screen-256color SWIFT_BACKTRACE=interactive=no " + command
    try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), line])
    try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
  }

  @discardableResult
  func tmux(_ args: [String], capture: Bool = false) throws -> String {
    let result = try TmuxSpawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + args, capture: capture)
    guard result.status == 0 else {
      throw TmuxError(message: "tmux \(args.joined(separator: " ")) exited \(result.status)")
    }
    return result.output
  }

  /// Sends named keys (`j`, `Enter`, `Escape`, `C-c`).
  func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

  /// Types literal text.
  func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

  /// The visible pane as text.
  func capture() throws -> String { try tmux(["capture-pane", "-p", "-t", name], capture: true) }

  /// A tmux format value, e.g. `#{alternate_on}`.
  func display(_ format: String) throws -> String {
    try tmux(["display", "-p", "-t", name, format], capture: true)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Polls the pane every 50 ms until `marker` appears (5 s limit); returns the pane.
  @discardableResult
  func waitFor(_ marker: String, timeout: Double = 5) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var pane = ""
    while Date() < deadline {
      pane = try capture()
      if pane.contains(marker) { return pane }
      usleep(50_000)
    }
    throw TmuxError(message: "timed out waiting for \"\(marker)\"; the pane shows:\n\(pane)")
  }

  /// Polls every 50 ms until the command has exited (5 s limit); returns its exit status.
  @discardableResult
  func waitUntilExited(timeout: Double = 5) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if try display("#{pane_dead}") == "1" { return Int32(try display("#{pane_dead_status}")) ?? -1 }
      usleep(50_000)
    }
    throw TmuxError(message: "timed out waiting for the command to exit:\n\(try capture())")
  }

  /// Resizes the window; the caller then waits for a redraw marker (P21).
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
  }

  func close() { _ = try? TmuxSpawn.run(["tmux", "-L", socket, "-f", "/dev/null", "kill-server"]) }
}
