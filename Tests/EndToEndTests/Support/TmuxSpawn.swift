import Foundation

/// Runs a program with posix_spawnp and waits for it (Foundation.Process hangs on tmux, P18).
/// The child gets an empty signal mask and default dispositions (P19: test threads block
/// SIGWINCH, and a child would inherit that). Output goes to a file or /dev/null (P20).
enum TmuxSpawn {
  /// Runs `argv`; returns the exit status and what it wrote to stdout (if `capture`).
  static func run(_ argv: [String], capture: Bool = false) throws -> (status: Int32, output: String) {
    let outPath = capture ? NSTemporaryDirectory() + "modq-spawn-\(UUID().uuidString)" : "/dev/null"
    defer { if capture { try? FileManager.default.removeItem(atPath: outPath) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let args = argv.map { strdup($0) } + [nil]
    let env = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      args.forEach { free($0) }
      env.forEach { free($0) }
    }
    var pid: pid_t = 0
    let rc = posix_spawnp(&pid, argv[0], &actions, &attributes, args, env)
    guard rc == 0 else { throw TmuxError(message: "cannot run \(argv[0]): error \(rc)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let output = capture ? (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" : ""
    return ((status >> 8) & 0xFF, output)
  }
}

/// A failure driving tmux, with what the pane showed.
struct TmuxError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
