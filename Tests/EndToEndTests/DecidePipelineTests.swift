import Foundation
import ModqCore
import Testing

@testable import modq

/// Bulk `decide --from` screens on background threads while it writes (`PipelinedScreening`).
/// The log must be exactly the one the serial path (every review screened before the first
/// write) wrote: same events, same order, same bytes, with the clock and the ids fixed.
@Suite struct DecidePipelineTests {
  /// Every demo review in an order unlike the queue's (near-duplicate partners far apart),
  /// one review asked twice and one unknown id; fixed ids and a mix of verdicts.
  static func requests() -> [DecisionFile.Item] {
    var ids = (10001...10188).map { "r-\($0)" }
    ids = ids.enumerated().sorted { ($0.offset * 73) % 188 < ($1.offset * 73) % 188 }
      .map(\.element)
    ids.insert("r-10050", at: 40)
    ids.insert("r-missing", at: 90)
    let verdicts: [Verdict] = [.publish, .reject, .escalate]
    return ids.enumerated().map { n, id in
      DecisionFile.Item(
        line: n + 1,
        request: DecisionRequest(
          review: id, verdict: verdicts[n % 3], criteria: n % 3 == 1 ? ["pii.phone"] : [],
          note: n % 5 == 0 ? "note \(n)" : nil, id: "d-\(n)"))
    }
  }

  /// The log `decide --from` writes for `requests()` in batches of 7.
  static func log(pipelined: Bool, in dir: String) throws -> [UInt8] {
    let queue = DecideSuggestionTests.repoFile("data/queue/demo.jsonl")
    let load = try QueueFile(path: queue).loadAll()
    let (provider, policyHash) = try DecideSuggestions.load(
      policy: DecideSuggestionTests.repoFile("data/policy/default.yaml"),
      store: DecideSuggestionTests.repoFile("data/stores/northpeak.yaml"),
      entries: load.entries, pipelined: pipelined)
    let path = dir + "/audit-\(pipelined ? "pipelined" : "serial").jsonl"
    let log = try AuditLog(path: path, moderator: "ana", clock: { "2026-11-23T10:00:00.000Z" })
    let recorder = DecisionRecorder(
      log: log, queuePath: "demo.jsonl", entries: load.entries, moderator: "ana",
      policy: policyHash, suggester: provider)
    let items = requests()
    provider.prepare(DecideCommand.reviews(of: items, in: load.entries))
    var from = 0
    while from < items.count {
      let to = min(items.count, from + 7)
      _ = try recorder.record(items[from..<to].map(\.request))
      from = to
    }
    return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test func pipelinedLogEqualsSerialLog() throws {
    let dir = try makeTempDirectory("decide-pipeline")
    let serial = try Self.log(pipelined: false, in: dir)
    let pipelined = try Self.log(pipelined: true, in: dir)
    let text = String(decoding: serial, as: UTF8.self)
    #expect(text.split(separator: "\n").count == 188)
    #expect(text.contains("integrity.duplicate"))
    let verification = try AuditVerifier.verify(path: dir + "/audit-pipelined.jsonl")
    #expect(verification.isOK && verification.count == 188)
    #expect(pipelined == serial)
  }
}
