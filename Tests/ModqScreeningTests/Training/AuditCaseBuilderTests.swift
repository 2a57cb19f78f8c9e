import Foundation
import ModqCore
import Testing

@testable import ModqScreening

@Suite struct AuditCaseBuilderTests {
  @Test func decisionBecomesARedactedCaseAndIsAppended() throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("modq-add-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let queuePath = dir.appendingPathComponent("q.jsonl").path
    let line = #"{"id":"r-1","rating":3,"body":"Fits well. Write to me at jo.smith@example.com if you want photos.","product":{"id":"SKU-301","name":"Stormshell Rain Jacket","brand":"Northpeak","category":"jackets"},"author":{"name":"Jo Smith"}}"#
    try (line + "\n").write(toFile: queuePath, atomically: true, encoding: .utf8)
    let queue = try QueueFile(path: queuePath)
    _ = queue.buildIndex()
    let entry = try #require(queue.entry(id: "r-1"))
    let logPath = dir.appendingPathComponent("audit.jsonl").path
    let log = try AuditLog(path: logPath)
    _ = try log.append(AuditDraft.decision(
      review: "r-1", queue: queuePath, reviewSHA256: entry.lineSHA256,
      suggested: AuditSuggestion(verdict: .reject, criteria: ["pii.email"]), final: .reject,
      criteria: ["pii.email"], policy: "p", moderator: "ana"))
    let events = try AuditVerifier.events(path: logPath)
    let builder = AuditCaseBuilder(engine: try TrainingFixture.engine())

    let item = try builder.makeCase(events: events, seq: 1, logPath: logPath, redact: true)
    #expect(item.gold.verdict == .reject && item.gold.criteria == ["pii.email"])
    #expect(!item.review.body.contains("example.com"))
    #expect(item.review.body.contains("[EMAIL]"))
    #expect(item.review.author.name == "[AUTHOR]")
    #expect(item.gold.spans.map(\.evidence) == ["[EMAIL]"])

    let setPath = dir.appendingPathComponent("set.yaml").path
    try TrainingCaseWriter.append(item, toSet: setPath)
    let set = try TrainingSet.load(contentsOf: URL(fileURLWithPath: setPath))
    #expect(set.cases.map(\.id) == ["audit-r-1-1"])
    #expect(set.cases[0].review.body == item.review.body)
    let errors = TrainingSetChecker(engine: builder.engine).check(set).filter(\.isError)
    #expect(errors.map(\.description) == [])
    #expect(throws: PolicyError.self) { try TrainingCaseWriter.append(item, toSet: setPath) }

    // A changed queue line is refused.
    try (line.replacingOccurrences(of: "Fits", with: "Fit") + "\n")
      .write(toFile: queuePath, atomically: true, encoding: .utf8)
    #expect(throws: AuditCaseBuilder.Failure.self) {
      try builder.makeCase(events: events, seq: 1, logPath: logPath, redact: false)
    }
  }
}
