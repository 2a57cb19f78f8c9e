import Foundation
import ModqCore
import Testing

/// Real operating-system faults under `modq decide` (issue #7 item 3): a file-size limit that
/// cuts a write short (RLIMIT_FSIZE with SIGXFSZ ignored, so write returns EFBIG), a
/// read-only filesystem (a read-only bind mount in a private mount namespace) and a log the
/// user may not write (EACCES). Each time:
/// exit 1 with the OS's reason, no acknowledgement, nothing acknowledged before lost, and the
/// next normal run recovers a log that verifies.
@Suite(.serialized) struct RealFaultTests {
  static let sh = "/bin/sh"

  /// `sh -c 'trap "" XFSZ; exec prlimit --fsize=N modq ...'`.
  static func sizeLimited(_ bytes: Int) -> [String] {
    [sh, "-c", "trap '' XFSZ; exec /usr/bin/prlimit --fsize=\(bytes):\(bytes) \"$@\"", "sh"]
  }

  /// `unshare -m sh -c 'mount --bind -o ro DIR DIR && exec modq ...'`.
  static func readOnly(_ dir: String) -> [String] {
    ["/usr/bin/unshare", "-m", sh, "-c", "mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"", dir]
  }

  /// Root with mount namespaces (not every CI container allows them).
  static let canMountReadOnly: Bool = {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
      let dir = try? makeTempDirectory("unshare"),
      let result = try? ModqProcess.run(["--version"], in: dir, wrapper: readOnly(dir))
    else { return false }
    return result.0 == 0
  }()

  func decide(_ queue: String, _ log: String, _ review: String) -> [String] {
    ["decide", queue, "--review", review, "--verdict", "publish", "--audit", log]
  }

  /// One scenario: `decide r-0` normally (acknowledged), `prepare` sets the fault up and
  /// returns the wrapper, `decide r-1` under it must exit 1 with `strerror(code)` naming the
  /// log and acknowledge nothing, then `check` looks at the log before anyone repairs it,
  /// and a normal `decide r-1` must succeed with both decisions in a log that verifies.
  func scenario(
    _ name: String, code expected: Int32, prepare: (String, String) throws -> [String],
    cleanUp: (String) -> Void = { _ in }, check: (String, Data?) throws -> Void
  ) throws {
    let dir = try makeTempDirectory(name)
    let queue = try makeQueue(in: dir, count: 4)
    let log = dir + "/audit.jsonl"
    let (code0, out0, err0) = try ModqProcess.run(decide(queue, log, "r-0"), in: dir)
    #expect(code0 == 0, "\(err0)")
    let before = FileManager.default.contents(atPath: log)
    let wrapper = try prepare(dir, log)
    let (code, out, err) = try ModqProcess.run(decide(queue, log, "r-1"), in: dir, wrapper: wrapper)
    cleanUp(log)
    #expect(code == 1, "exit \(code): \(err)")
    #expect(err.contains(String(cString: strerror(expected))), "\(err)")
    #expect(err.contains(log), "\(err)")
    #expect(acknowledgedIDs(out).isEmpty)
    try check(log, before)
    let (code2, out2, err2) = try ModqProcess.run(decide(queue, log, "r-1"), in: dir)
    #expect(code2 == 0, "\(err2)")
    let (verification, state) = try AuditVerifier.verifyAndFold(path: log)
    #expect(verification.isOK && verification.count >= 2, "\(verification.summary)")
    for id in acknowledgedIDs(out0) + acknowledgedIDs(out2) {
      #expect(state.seq(forID: id) != nil, "acknowledged \(id) lost")
    }
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit")))
  func fileSizeLimitShortWriteIsRefusedAndRecovered() throws {
    try scenario(
      "efbig", code: EFBIG,
      prepare: { _, log in
        let size = try #require(FileManager.default.attributesOfItem(atPath: log)[.size] as? Int)
        return Self.sizeLimited(size + 100)
      },
      check: { log, _ in
        let after = try AuditVerifier.verify(path: log)
        #expect(after.failure?.kind == .tornTail, "\(after.summary)")
      })
  }

  @Test(.enabled(if: RealFaultTests.canMountReadOnly))
  func readOnlyFilesystemIsRefusedAndNothingChanges() throws {
    try scenario(
      "erofs", code: EROFS, prepare: { dir, _ in Self.readOnly(dir) },
      check: { log, before in #expect(FileManager.default.contents(atPath: log) == before) })
  }

  @Test func permissionDeniedIsRefusedAndNothingChanges() throws {
    // Root ignores file modes, so as root the writer runs as nobody instead.
    let root = getuid() == 0
    try scenario(
      "eacces", code: EACCES,
      prepare: { _, log in
        if root { return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] }
        for file in [log, log + ".lock"] { chmod(file, 0o444) }
        return []
      },
      cleanUp: { log in
        if !root { for file in [log, log + ".lock"] { chmod(file, 0o644) } }
      },
      check: { log, before in #expect(FileManager.default.contents(atPath: log) == before) })
  }
}
