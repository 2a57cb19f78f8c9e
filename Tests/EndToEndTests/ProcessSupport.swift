import Foundation

/// Runs the real `modq` binary with posix_spawn (Foundation.Process can hang here).
enum ModqProcess {
  /// `modq` in the products directory next to the test bundle.
  static func binary() -> String? {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("modq").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    let bundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("modq")
    return FileManager.default.isExecutableFile(atPath: bundle.path) ? bundle.path : nil
  }

  /// Starts `modq args...` with stdout and stderr redirected to files; returns the pid.
  /// `wrapper` (absolute path first) runs modq under another program, e.g. `prlimit`.
  static func start(
    _ args: [String], stdout: String, stderr: String, environment: [String: String] = [:],
    wrapper: [String] = []
  ) throws -> pid_t {
    guard let modq = binary() else { throw SpawnError(message: "modq binary not found") }
    let exe = wrapper.first ?? modq
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    let argv = (wrapper + [modq] + args).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, exe, &actions, nil, argv, envp)
    guard rc == 0 else { throw SpawnError(message: "posix_spawn failed: \(rc)") }
    return pid
  }

  /// Waits for `pid`; returns its exit code, or 128+signal if it was killed.
  static func wait(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }

  /// Runs to completion; returns (exit code, stdout, stderr).
  static func run(
    _ args: [String], in dir: String, wrapper: [String] = []
  ) throws -> (Int32, String, String) {
    let tag = UUID().uuidString
    let out = dir + "/out-\(tag)"
    let err = dir + "/err-\(tag)"
    let pid = try start(args, stdout: out, stderr: err, wrapper: wrapper)
    let code = wait(pid)
    return (code, text(out), text(err))
  }

  static func text(_ path: String) -> String {
    String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
  }
}

struct SpawnError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// Files for a process test: a queue of `r-0..<count` plus named extra ids.
func makeQueue(in dir: String, count: Int, extra: [String] = []) throws -> String {
  var text = ""
  for id in (0..<count).map({ "r-\($0)" }) + extra {
    text += "{\"id\":\"\(id)\",\"rating\":4,\"body\":\"Fine product \(id).\"}\n"
  }
  let path = dir + "/queue.jsonl"
  try text.write(toFile: path, atomically: true, encoding: .utf8)
  return path
}

func makeTempDirectory(_ name: String) throws -> String {
  let dir = NSTemporaryDirectory() + "modq-e2e-\(name)-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  return dir
}

/// Lines `recorded <seq> <review> <verdict> <id>` from a writer's stdout: the acknowledged ids.
func acknowledgedIDs(_ stdout: String) -> [String] {
  stdout.split(separator: "\n").compactMap { line in
    let parts = line.split(separator: " ")
    guard parts.count == 5, parts[0] == "recorded" || parts[0] == "already-recorded" else {
      return nil
    }
    return String(parts[4])
  }
}
