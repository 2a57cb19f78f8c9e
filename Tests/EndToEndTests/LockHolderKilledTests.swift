import Foundation
import ModqCore
import Testing

/// The log's lock is a `flock` on `<log>.lock`: when its holder is killed (SIGKILL, no
/// chance to unlock) the kernel releases it and the next writer appends.
@Suite(.serialized, .enabled(if: Spawn.available("flock"), "flock(1) is not installed"))
struct LockHolderKilledTests {
  @Test func aKilledLockHolderReleasesTheLock() throws {
    let dir = try makeTempDirectory("lock")
    let queue = try makeQueue(in: dir, count: 2)
    let log = dir + "/audit.jsonl"
    let first = try ModqProcess.run(
      ["decide", queue, "--review", "r-0", "--verdict", "publish", "--audit", log], in: dir)
    #expect(first.0 == 0)
    // A process that takes the lock and never lets go.
    let holder = try spawnHolder(lockFile: log + ".lock", marker: dir + "/holding")
    while !FileManager.default.fileExists(atPath: dir + "/holding") { usleep(20_000) }
    #expect(!canLock(log + ".lock"), "the holder must hold the lock")
    let out = dir + "/decide.out"
    let writer = try ModqProcess.start(
      ["decide", queue, "--review", "r-1", "--verdict", "reject", "--audit", log],
      stdout: out, stderr: dir + "/decide.err")
    usleep(500_000)
    var status: Int32 = 0
    #expect(waitpid(writer, &status, WNOHANG) == 0, "the writer must wait for the lock")
    kill(holder, SIGKILL)
    _ = ModqProcess.wait(holder)
    #expect(ModqProcess.wait(writer) == 0)
    #expect(ModqProcess.text(out).hasPrefix("recorded 2 r-1 reject"))
    #expect(try AuditVerifier.verify(path: log).isOK)
    #expect(canLock(log + ".lock"))
  }

  /// One process holding the lock: a shell opens the lock file as fd 9, `flock 9` locks it,
  /// then the shell becomes `sleep` (same pid, same descriptor, lock still held).
  private func spawnHolder(lockFile: String, marker: String) throws -> pid_t {
    var pid: pid_t = 0
    let script = "exec 9>>'\(lockFile)'; flock 9; touch '\(marker)'; exec sleep 600"
    let argv = ["sh", "-c", script]
    var cArgs = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArgs { free(pointer) } }
    let rc = posix_spawnp(&pid, "sh", nil, nil, &cArgs, environ)
    guard rc == 0 else { throw SpawnError(message: "cannot start flock: \(rc)") }
    return pid
  }

  /// Whether a fresh descriptor can take the lock right now (then lets it go).
  private func canLock(_ path: String) -> Bool {
    let fd = open(path, O_RDWR | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return false }
    flock(fd, LOCK_UN)
    return true
  }
}
