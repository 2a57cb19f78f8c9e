import ArgumentParser
import Foundation
import ModqCore

/// `modq bench decide`: bulk `modq decide QUEUE --from FILE` end to end, as a user runs it.
struct BenchDecideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decide",
    abstract: "Time bulk `modq decide --from` (group commit) end to end, in decisions/s.",
    discussion: """
      Generates a synthetic queue and a decisions file for its first --decisions reviews, then
      runs this binary's `decide QUEUE --from FILE` as a child process (stdout to /dev/null),
      with the default policy (screening pipelined with writing, then, for comparison, all
      screening before the first write) and with a policy without criteria (no screening),
      and checks that the log verifies with every decision in it. Wall and child CPU times
      include process start, loading the queue, screening, JSON, appends and fdatasyncs.
      """)

  @Option(help: "Reviews in the generated queue.")
  var reviews = 20_000

  @Option(help: "Decisions in the file (the first N reviews; default: all of them).")
  var decisions: Int?

  @Option(help: "Decisions per fdatasync (decide --batch).")
  var batch = 512

  @Option(help: "Directory for the benchmark files (default: a new temporary directory).")
  var dir: String?

  func validate() throws {
    guard reviews > 0, batch > 0 else { throw ValidationError("counts must be positive") }
    if let decisions, decisions < 1 || decisions > reviews {
      throw ValidationError("--decisions must be 1...--reviews")
    }
  }

  func run() throws {
    let base = dir ?? (NSTemporaryDirectory() + "modq-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer { if dir == nil { try? FileManager.default.removeItem(atPath: base) } }
    let count = decisions ?? reviews
    let queue = base + "/queue.jsonl"
    let file = base + "/decisions.jsonl"
    let empty = base + "/no-criteria.yaml"
    _ = try SyntheticQueue().write(count: reviews, to: queue)
    try Self.decisionsFile(count).write(toFile: file, atomically: false, encoding: .utf8)
    try "name: no criteria\nversion: 1\ncriteria: []\n".write(
      toFile: empty, atomically: false, encoding: .utf8)
    // The generated files' dirty pages would otherwise be written back during the first
    // run's fdatasyncs and slow that run alone.
    sync()
    let runs: [(String, String, [String])] = [
      ("default policy (screening pipelined with writing)", "default", []),
      ("default policy, screening all before writing", "serial", ["--serial-screening"]),
      ("policy without criteria", "none", ["--policy", empty]),
    ]
    for (label, name, extra) in runs {
      let log = base + "/audit-\(name).jsonl"
      let arguments =
        ["decide", queue, "--from", file, "--audit", log, "--moderator", "bench"]
        + ["--batch", String(batch)] + extra
      let (wall, cpu, status) = try Self.child(arguments)
      let verification = try AuditVerifier.verify(path: log)
      guard status == 0, verification.isOK, verification.count == count else {
        CLI.fail("decide exited \(status); log: \(verification.summary)")
        throw ExitCodes.failure
      }
      CLI.say(
        "decide --from, \(label): "
          + String(
            format: "%d decisions (queue of %d, %d per fdatasync) in %.3f s wall, %.3f s CPU "
              + "= %.0f decisions/s wall, %.0f per CPU-second",
            count, reviews, batch, wall, cpu, Double(count) / wall, Double(count) / cpu))
    }
  }

  /// `{"review":"r-N","verdict":...}` lines for reviews 1...count (a mix of verdicts).
  static func decisionsFile(_ count: Int) -> String {
    var text = ""
    text.reserveCapacity(count * 64)
    for n in 1...count {
      switch n % 3 {
      case 0: text += #"{"review":"r-\#(n)","verdict":"reject","criteria":["pii.phone"]}"#
      case 1: text += #"{"review":"r-\#(n)","verdict":"publish"}"#
      default: text += #"{"review":"r-\#(n)","verdict":"escalate","note":"bench"}"#
      }
      text += "\n"
    }
    return text
  }

  /// Runs this executable with `arguments` (stdout to /dev/null) via posix_spawn; wall and
  /// child CPU seconds and the exit status.
  static func child(_ arguments: [String]) throws -> (wall: Double, cpu: Double, status: Int32) {
    let exe = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv = ([exe] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let before = childCPU()
    let start = DispatchTime.now().uptimeNanoseconds
    var pid: pid_t = 0
    guard posix_spawn(&pid, exe, &actions, nil, argv, environ) == 0 else {
      CLI.fail("cannot start \(exe)")
      throw ExitCodes.failure
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (wall, childCPU() - before, status)
  }

  /// User + system CPU seconds of waited-for children so far.
  static func childCPU() -> Double {
    var usage = rusage()
    getrusage(-1, &usage)  // RUSAGE_CHILDREN (imported as an enum Glibc will not take)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }
}
