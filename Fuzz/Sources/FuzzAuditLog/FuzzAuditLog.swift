import Foundation
import FuzzSupport
import ModqCore

/// The audit-log reader, verifier and writer-side recovery. The input is a whole log file.
/// Properties: verification never traps and is deterministic; events of a verified log
/// decode with seq 1...N; and when the writer accepts the file (opening recovers at most a
/// torn tail), one more append leaves a log that verifies, keeping every event it had.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAuditLog(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: data, count: size)
  let first = AuditVerifier.verifyAndFold(bytes: bytes)
  let again = AuditVerifier.verifyAndFold(bytes: bytes)
  FuzzScratch.require(first.verification.summary == again.verification.summary, "not deterministic")
  let dir = FuzzScratch.directory + "/log"
  try? FileManager.default.removeItem(atPath: dir)
  try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  let path = dir + "/audit.jsonl"
  FuzzScratch.write(bytes, to: path)
  if first.verification.isOK, let events = try? AuditVerifier.events(path: path) {
    FuzzScratch.require(
      events.map(\.seq) == Array(0..<events.count).map { $0 + 1 }, "events out of order")
  }
  guard let log = try? AuditLog(path: path, moderator: "fuzz") else {
    FuzzScratch.require(!first.verification.isOK, "a verified log was refused by the writer")
    return 0
  }
  let before = log.state.eventCount
  let draft = AuditDraft.decision(
    review: "r-fuzz", queue: "q.jsonl", reviewSHA256: String(repeating: "ab", count: 32),
    suggested: AuditSuggestion(verdict: .publish, criteria: []), final: .reject,
    criteria: ["pii.phone"], policy: "fuzz", note: nil, moderator: "fuzz",
    id: "fuzz-\(size)")
  guard let event = try? log.append(draft) else { return 0 }
  let after = try? AuditVerifier.verifyAndFold(path: path)
  FuzzScratch.require(
    after?.verification.isOK == true, "append left \(after?.verification.summary ?? "?")")
  FuzzScratch.require(after?.state.seq(forID: draft.id) == event.seq, "appended event missing")
  FuzzScratch.require((after?.state.eventCount ?? 0) >= before + 1, "events lost")
  return 0
}
