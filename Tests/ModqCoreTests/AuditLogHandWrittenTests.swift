import Crypto
import Foundation
import Testing

@testable import ModqCore

/// A log written by hand per formats.md, hashed here with Crypto directly over literal bytes,
/// must pass the repo's verifier; so must an HMAC-keyed one.
@Suite struct AuditLogHandWrittenTests {
  static let bodies = [
    #"{"seq":1,"ts":"2026-11-23T10:00:00Z","moderator":"ana","type":"session_start","#
      + #""prev":"%PREV%","id":"s-1","queue":"q.jsonl""#,
    #"{"seq":2,"ts":"2026-11-23T10:00:05Z","moderator":"ana","type":"override","#
      + #""prev":"%PREV%","id":"d-1","review":"r-10023","queue":"q.jsonl","#
      + #""review_sha256":"5e8f0000000000000000000000000000000000000000000000000000000000aa","#
      + #""suggested":{"verdict":"publish","criteria":[]},"final":"reject","#
      + #""criteria":["pii.phone"],"policy":"p-1","note":"caf\u00e9 \ud83d\ude00""#,
    #"{"seq":3,"ts":"2026-11-23T10:00:09Z","moderator":"ana","type":"undo","#
      + #""prev":"%PREV%","id":"u-1","target":2"#,
  ]

  static func build(_ mac: (([UInt8]) -> [UInt8])) -> (bytes: [UInt8], head: String) {
    var out: [UInt8] = []
    var prev = ""
    for body in bodies {
      let hashed = Array(body.replacingOccurrences(of: "%PREV%", with: prev).utf8)
      let hex = mac(hashed).map { String(format: "%02x", $0) }.joined()
      out += hashed + Array(",\"hash\":\"\(hex)\"}\n".utf8)
      prev = hex
    }
    return (out, prev)
  }

  @Test func plainSHA256LogVerifies() throws {
    let log = Self.build { Array(SHA256.hash(data: $0)) }
    let (verification, state) = log.bytes.withUnsafeBytes { AuditVerifier.verifyAndFold(bytes: $0) }
    #expect(verification.summary == "ok 3 \(log.head)")
    #expect(state.decision(for: "r-10023") == nil)
    #expect(state.decision(atSeq: 2)?.verdict == .reject)
    let dir = try makeTempDir()
    try writeBytes(dir + "/audit.jsonl", log.bytes)
    let events = try AuditVerifier.events(path: dir + "/audit.jsonl")
    #expect(events[1].note == "caf\u{e9} \u{1F600}")
    #expect(events[1].criteria == ["pii.phone"])
    #expect(events[2].target == 2)
    let appended = try AuditLog(path: dir + "/audit.jsonl").append(sampleDecision("r-1"))
    #expect(appended.seq == 4 && appended.prev == log.head)
  }

  @Test func hmacLogVerifiesOnlyWithTheKey() throws {
    let secret = Array("k3y".utf8)
    let log = Self.build {
      Array(HMAC<SHA256>.authenticationCode(for: $0, using: SymmetricKey(data: secret)))
    }
    #expect(verifyBytes(log.bytes, key: AuditKey(bytes: secret)).summary == "ok 3 \(log.head)")
    #expect(verifyBytes(log.bytes).failure?.kind == .edited)
  }
}
