import Foundation
import Testing

@testable import ModqCore

/// Issue #7's tamper sweep: random single-byte flips are all detected on the line they hit;
/// every truncation point is detected (mid-line by the verifier alone as a torn tail, at a
/// line boundary against the last acknowledged seq and head, the anchor a writer holds); and
/// no clean log, plain or HMAC, is ever flagged. Sizes grow with MODQ_PROOF (ProofScale).
@Suite struct TamperSweepTests {
  static let texts = [
    "r-1", "caf\u{E9}", "\u{1F600} emoji", "quote \" and \\ backslash", "esc \u{1B}[2J",
    "bidi \u{202E}gnp.exe", "nul \u{0} inside", "line\nbreak", "\u{FEFF}bom", "",
  ]

  /// A random valid log of `events` events (decisions with awkward text, and undos).
  static func cleanLog<G: RandomNumberGenerator>(
    events: Int, key: AuditKey?, using rng: inout G
  ) -> [UInt8] {
    let hasher = AuditHasher(key: key)
    var prev = ""
    var out: [UInt8] = []
    for seq in 1...events {
      let draft: AuditDraft
      if seq > 1, Int.random(in: 0..<6, using: &rng) == 0 {
        draft = .undo(target: seq - 1, moderator: "ana", id: "u-\(seq)")
      } else {
        let text = texts.randomElement(using: &rng) ?? ""
        draft = .decision(
          review: "r-\(seq) \(text)", queue: "q.jsonl",
          reviewSHA256: String(repeating: "ab", count: 32),
          suggested: AuditSuggestion(verdict: .publish, criteria: []),
          final: Verdict.allCases.randomElement(using: &rng) ?? .publish,
          criteria: ["pii.phone"], policy: "p", note: Bool.random(using: &rng) ? text : nil,
          moderator: texts.randomElement(using: &rng) ?? "m")
      }
      let line = AuditJSONWriter.line(
        seq: seq, ts: "2026-11-23T10:00:00.000Z", moderator: draft.moderator, type: draft.type,
        prev: prev, id: draft.id, members: draft.members, hasher: hasher)
      prev = line.hash
      out += line.bytes
    }
    return out
  }

  static func verify(_ bytes: [UInt8], key: AuditKey? = nil) -> AuditVerification {
    bytes.withUnsafeBytes { AuditVerifier.verifyAndFold(bytes: $0, key: key).verification }
  }

  @Test func everyFlipIsDetectedOnItsLine() throws {
    let flips = ProofScale.pick(small: 200, ci: 1000, release: 10000)
    var rng = SystemRandomNumberGenerator()
    let bytes = Self.cleanLog(events: 200, key: nil, using: &rng)
    var lineOf: [Int] = []
    var line = 1
    for b in bytes {
      lineOf.append(line)
      if b == 10 { line += 1 }
    }
    var detected = 0
    for _ in 0..<flips {
      let i = Int.random(in: 0..<bytes.count, using: &rng)
      var copy = bytes
      copy[i] = UInt8.random(in: 0...254, using: &rng)
      if copy[i] >= bytes[i] { copy[i] &+= 1 }
      let failure = Self.verify(copy).failure
      #expect(
        failure?.line == lineOf[i],
        "byte \(i): \(bytes[i]) -> \(copy[i]): \(String(describing: failure))")
      if failure != nil { detected += 1 }
    }
    ProofScale.report(
      "tamper: \(detected)/\(flips) random byte flips detected on their line (200-event log)")
    #expect(detected == flips)
  }

  @Test func everyTruncationPointIsDetected() throws {
    let events = ProofScale.pick(small: 8, ci: 30, release: 100)
    var rng = SystemRandomNumberGenerator()
    let bytes = Self.cleanLog(events: events, key: nil, using: &rng)
    let anchor = Self.verify(bytes)
    #expect(anchor.isOK && anchor.count == events)
    var torn = 0
    var againstAnchor = 0
    for keep in 0..<bytes.count {
      let result = Self.verify(Array(bytes[..<keep]))
      if keep == 0 || bytes[keep - 1] == 10 {
        // A clean cut between lines: only the anchor (last acknowledged seq and head) sees it.
        #expect(result.isOK && result.count < anchor.count && result.head != anchor.head)
        againstAnchor += 1
      } else {
        #expect(result.failure?.kind == .tornTail, "cut at \(keep): \(result.summary)")
        if result.failure?.kind == .tornTail { torn += 1 }
      }
    }
    var figures = "tamper: \(bytes.count) truncation points: \(torn) mid-line cuts reported "
    figures += "as torn tails by verify alone, \(againstAnchor) cuts at line boundaries "
    figures += "detected against the anchor"
    ProofScale.report(figures)
    #expect(torn + againstAnchor == bytes.count)
  }

  @Test func cleanLogsAreNeverFlagged() throws {
    let logs = ProofScale.pick(small: 1000, ci: 10000, release: 100_000)
    var rng = SystemRandomNumberGenerator()
    let key = AuditKey(bytes: Array("proof-key".utf8))
    var alarms = 0
    for n in 0..<logs {
      let useKey = n % 10 == 0 ? key : nil
      let events = Int.random(in: 1...8, using: &rng)
      let result = Self.verify(Self.cleanLog(events: events, key: useKey, using: &rng), key: useKey)
      if !result.isOK || result.count != events {
        alarms += 1
        Issue.record("false alarm on clean log \(n): \(result.summary)")
      }
    }
    ProofScale.report("tamper: \(alarms) false alarms on \(logs) clean logs (1 in 10 HMAC)")
  }
}
