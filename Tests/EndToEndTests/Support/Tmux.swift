import Foundation

/// A private tmux server (`-L modq-e2e-<pid>`, no config) driving one session.
final class Tmux {
  let socket: String
  let target = "e2e"

  /// `tag` makes the server private to one journey, so suites can run in parallel: two
  /// journeys must never share a tag (the first to finish would kill the other's server).
  init(tag: String) {
    socket = "modq-e2e-\(getpid())-\(tag)"
  }

  struct Timeout: Error, CustomStringConvertible {
    let marker: String
    let screen: String
    var description: String { "timed out waiting for \"\(marker)\"; screen:\n\(screen)" }
  }

  /// Runs a tmux command (stdout to /dev/null).
  @discardableResult
  func run(_ args: [String]) -> Int32 {
    Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + args).status
  }

  /// Runs a tmux command and returns its stdout.
  func output(_ args: [String]) -> String {
    Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + args, capture: true).output
  }

  /// Starts the session running `command` in a `width`x`height` window.
  func start(command: String, width: Int, height: Int) -> Bool {
    run([
      "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", command,
    ]) == 0
  }

  func sendKeys(_ keys: String...) { run(["send-keys", "-t", target] + keys) }
  func sendText(_ text: String) { run(["send-keys", "-t", target, "-l", text]) }
  func screen() -> String { output(["capture-pane", "-p", "-t", target]) }
  func format(_ format: String) -> String {
    output(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .newlines)
  }

  /// Polls the pane every 50 ms until `marker` shows (or `timeout` seconds pass).
  @discardableResult
  func waitFor(_ marker: String, timeout: Double = 15) throws -> String {
    try waitForAny([marker], timeout: timeout)
  }

  /// Polls until every one of `markers` shows on the same screen (a capture can catch a
  /// frame half drawn, so checks of several lines wait for all of them together).
  func waitForAll(_ markers: [String], timeout: Double = 15) throws -> String {
    try settled(timeout: timeout, marker: markers.joined(separator: " & ")) { screen in
      markers.allSatisfy { screen.contains($0) }
    }
  }

  /// Polls until any of `markers` shows.
  func waitForAny(_ markers: [String], timeout: Double = 15) throws -> String {
    try settled(timeout: timeout, marker: markers.joined(separator: " | ")) { screen in
      markers.contains { screen.contains($0) }
    }
  }

  /// Polls every 50 ms for a screen that `matches`, and returns it once a second capture
  /// agrees: a capture can catch a frame half drawn (CI saw a new review's header over the
  /// previous body), and tests read more of the screen than the marker. A screen that keeps
  /// changing (a progress figure) is returned as last matched when the time runs out.
  private func settled(
    timeout: Double, marker: String, _ matches: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    var matched: String?
    while Date() < deadline {
      last = screen()
      if matches(last) {
        if last == matched { return last }
        matched = last
      } else {
        matched = nil
      }
      usleep(50_000)
    }
    if let matched { return matched }
    throw Timeout(marker: marker, screen: last)
  }

  deinit { run(["kill-server"]) }
}
