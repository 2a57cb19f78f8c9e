import Crypto
import Testing

@testable import ModqCore

/// The writer's bytes for a fixed event (clock, id and prev given) are pinned: the same input
/// and clock always give the same line.
@Suite struct AuditWriterGoldenTests {
  @Test func aFixedDecisionSerialisesToTheseExactBytes() {
    let draft = AuditDraft.decision(
      review: "r-1", queue: "q.jsonl", reviewSHA256: "ab",
      suggested: AuditSuggestion(verdict: .publish, criteria: ["pii.phone"]), final: .reject,
      criteria: ["pii.phone"], policy: "p", note: "caf\u{e9} \"x\" \\ \u{1F600}\t",
      moderator: "ana", id: "d-1")
    let line = AuditJSONWriter.line(
      seq: 7, ts: "2026-11-23T10:00:00.000Z", moderator: draft.moderator, type: draft.type,
      prev: "", id: draft.id, members: draft.members, hasher: AuditHasher(key: nil))
    let body =
      #"{"seq":7,"ts":"2026-11-23T10:00:00.000Z","moderator":"ana","type":"override","prev":"","#
      + #""id":"d-1","review":"r-1","queue":"q.jsonl","review_sha256":"ab","#
      + #""suggested":{"verdict":"publish","criteria":["pii.phone"]},"final":"reject","#
      + #""criteria":["pii.phone"],"policy":"p","note":"caf\u00e9 \"x\" \\ \ud83d\ude00\u0009""#
    let hex = Hex.string(SHA256.hash(data: Array(body.utf8)))
    #expect(String(decoding: line.bytes, as: UTF8.self) == body + #","hash":"\#(hex)"}"# + "\n")
    #expect(line.hash == hex)
  }
}
