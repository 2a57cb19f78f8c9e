import Foundation

/// Runs the configured `on_escalate` command (`/bin/sh -c COMMAND`) with one escalation as
/// JSON on stdin. Its stdout and stderr go to /dev/null so it can never write over the
/// screen. Spawned with posix_spawn; waited for on a background thread.
public struct EscalationHook: Sendable {
  public let command: String

  public init(command: String) { self.command = command }

  /// Runs the command, feeding `input`; returns nil on exit status 0, else the reason.
  public func run(input: String) -> String? {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else {
      return "cannot create a pipe: \(String(cString: strerror(errno)))"
    }
    let readEnd = fds[0]
    let writeEnd = fds[1]
    _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
    posix_spawn_file_actions_addclose(&actions, readEnd)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ["/bin/sh", "-c", command]
    var cArgs = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArgs { free(pointer) } }
    var pid: pid_t = 0
    let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    var cEnv = environment.map { strdup($0) } + [nil]
    defer { for pointer in cEnv { free(pointer) } }
    let status = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &cArgs, &cEnv)
    close(readEnd)
    guard status == 0 else {
      close(writeEnd)
      return "cannot run on_escalate: \(String(cString: strerror(status)))"
    }
    // A command that exits without reading must not kill modq with SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    let bytes = Array((input + "\n").utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      written += n
    }
    close(writeEnd)
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
    let code = (exitStatus >> 8) & 0xFF
    let signalled = exitStatus & 0x7F
    if signalled != 0 { return "on_escalate killed by signal \(signalled)" }
    return code == 0 ? nil : "on_escalate exited with status \(code)"
  }
}
