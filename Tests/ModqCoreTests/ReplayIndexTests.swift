import Foundation
import Testing
@testable import ModqCore

@Suite struct ReplayIndexTests {
  @Test func indexesEveryMember() throws {
    let log = try ReplayFixture.open()
    let index = log.index
    #expect(log.verification.isOK)
    #expect(index.count == 10)
    #expect(index.kind(0) == .sessionStart)
    #expect(index.kind(2) == .override)
    #expect(index.suggested(2) == .reject && index.final(2) == .publish)
    #expect(index.suggestedCriteria(2).map(index.criterionName) == ["profanity"])
    #expect(index.chosenCriteria(5).map(index.criterionName) == ["threat"])
    #expect(index.review(7) == "r-3")
    #expect(index.target(6) == 5)
    #expect(index.hasNote(2) && !index.hasNote(1))
    #expect(index.time(1) - index.time(0) == 30_000)
    #expect(log.event(at: 2)?.note == "mild profanity is allowed")
  }

  @Test func filters() throws {
    let index = try ReplayFixture.open().index
    func seqs(_ build: (inout ReplayFilter) -> Void) -> [Int] {
      var f = ReplayFilter()
      build(&f)
      return f.compiled(for: index).positions(in: index).map { $0 + 1 }
    }
    #expect(seqs { _ in } == Array(1...10))
    #expect(seqs { $0.moderator = "bo" } == [4, 6, 10])
    #expect(seqs { $0.moderator = "nobody" } == [])
    #expect(seqs { $0.overridesOnly = true } == [3])
    #expect(seqs { $0.verdict = .reject } == [2, 10])
    #expect(seqs { $0.criterion = "profanity" } == [3, 6])
    #expect(seqs { $0.types = ["undo", "session_end"] } == [7, 9])
    #expect(seqs {
      $0.from = ReplayTime.milliseconds("2026-11-23T10:02:00Z")
      $0.until = ReplayTime.milliseconds("2026-11-23T10:04:00Z")
    } == [5, 6, 7])
    #expect(index.firstPosition(atOrAfter: ReplayTime.milliseconds("2026-11-23T10:30:00Z") ?? 0) == 9)
  }

  @Test func queueAsOfSeq() throws {
    let index = try ReplayFixture.open().index
    let ids = ["r-1", "r-2", "r-3", "r-4", "r-5", "r-6"]
    let at6 = ReplayQueueState(index, seq: 6, queueIDs: ids)
    #expect(at6.decided.map(\.review) == ["r-1", "r-2", "r-3", "r-4"])
    #expect(at6.pending == ["r-5", "r-6"])
    let at7 = ReplayQueueState(index, seq: 7, queueIDs: ids)
    #expect(at7.pending == ["r-3", "r-5", "r-6"])
    let end = ReplayQueueState(index, seq: 10, queueIDs: nil)
    #expect(end.decided.map(\.seq) == [2, 3, 6, 8, 10])
    #expect(end.pending == [])
  }

  @Test func sessions() throws {
    let index = try ReplayFixture.open().index
    let ana = ReplaySession.sessions(of: "ana", in: index)
    #expect(ana.count == 1)
    #expect(ana.first?.positions.map { $0 + 1 } == [1, 2, 3, 5, 7, 8, 9])
    #expect(ana.first?.ended == true)
    #expect(ana.first?.decisionCount(index) == 4)
    #expect(ana.first?.duration(index) == 300_000)
    let bo = ReplaySession.sessions(of: "bo", in: index)
    #expect(bo.first?.positions.map { $0 + 1 } == [4, 6, 10])
    #expect(bo.first?.ended == false)
    #expect(bo.first?.gap(before: 1, index) == 90_000)
  }

  @Test func tamperedLogShowsOnlyVerifiedEventsAndNamesTheLine() throws {
    var bytes = try ReplayFixture.bytes()
    let lines = bytes.indices.filter { bytes[$0] == 10 }
    let target = lines[4] + 10  // inside line 6
    bytes[target] = bytes[target] == 0x30 ? 0x31 : 0x30
    let path = NSTemporaryDirectory() + "modq-replay-tamper-\(UUID().uuidString).jsonl"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let log = try ReplayLog(path: path)
    #expect(!log.verification.isOK)
    #expect(log.verification.failure?.line == 6)
    #expect(log.index.count == 5)
    #expect(log.integritySummary.hasPrefix("INTEGRITY FAILURE at line 6"))
  }

  @Test func emptyLogOpens() throws {
    let path = NSTemporaryDirectory() + "modq-replay-empty-\(UUID().uuidString).jsonl"
    try Data().write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let log = try ReplayLog(path: path)
    #expect(log.verification.isOK && log.index.count == 0)
  }

  @Test func missingLogThrowsNamingIt() {
    #expect(throws: (any Error).self) { try ReplayLog(path: "/nonexistent/audit.jsonl") }
  }

  @Test func times() {
    #expect(ReplayTime.milliseconds("1970-01-01T00:00:01Z") == 1000)
    #expect(ReplayTime.milliseconds("2026-11-23T10:00:00.250Z") == 1_795_428_000_250)
    #expect(ReplayTime.milliseconds("2026-11-23T12:00:00+02:00") == 1_795_428_000_000)
    #expect(ReplayTime.milliseconds("2026-11-23") == 1_795_392_000_000)
    #expect(ReplayTime.milliseconds("2026-13-01") == nil)
    #expect(ReplayTime.milliseconds("yesterday") == nil)
    #expect(ReplayTime.format(1_795_428_000_250) == "2026-11-23T10:00:00Z")
    #expect(ReplayTime.duration(milliseconds: 3_723_000) == "1h 02m")
    #expect(ReplayTime.duration(milliseconds: 245_000) == "4m 05s")
  }
}
