import Foundation

/// Runs a program with posix_spawn: an empty signal mask and default dispositions (so a
/// child of a Dispatch thread still gets SIGWINCH, pitfall P19), stdin from /dev/null, and
/// stdout either captured or sent to /dev/null (tmux servers keep pipes open, P20).
/// Foundation.Process is not used: it hangs on tmux's daemon (P18).
enum Spawn {
  struct Result {
    var status: Int32
    var output: String
  }

  /// Runs `argv` to completion.
  static func run(_ argv: [String], capture: Bool = false) -> Result {
    var fds: [Int32] = [-1, -1]
    if capture { guard pipe(&fds) == 0 else { return Result(status: -1, output: "") } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if capture {
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
      posix_spawn_file_actions_addclose(&actions, fds[0])
      posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
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
    var cArgs = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArgs { free(pointer) } }
    var pid: pid_t = 0
    let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    var cEnv = environment.map { strdup($0) } + [nil]
    defer { for pointer in cEnv { free(pointer) } }
    let spawned = posix_spawnp(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv)
    if capture { close(fds[1]) }
    guard spawned == 0 else {
      if capture { close(fds[0]) }
      return Result(status: -1, output: "")
    }
    var output: [UInt8] = []
    if capture {
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let n = read(fds[0], &buffer, buffer.count)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        output += buffer[0..<n]
      }
      close(fds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Result(status: code, output: String(decoding: output, as: UTF8.self))
  }

  /// Whether `program` is on PATH.
  static func available(_ program: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
    }
  }
}
