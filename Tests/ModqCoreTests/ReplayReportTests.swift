import Foundation
import Testing
@testable import ModqCore

/// Known answers for the fixture log (ReplayFixture):
/// ana: decisions seq 2, 3, 5, 8 timed 30, 30, 60, 60 s (median 45, 80/h); 1 override of 4
///   suggestions; seq 5 undone, so 3 in force, 1 reject. bo: seq 6 timed 90 s (from his
///   session_start), seq 10 untimed (57 min idle); 1 of 2 suggestions overridden; 2 in force,
///   1 reject.
@Suite struct ReplayReportTests {
  func makeReport(_ by: ReportGrouping, ratings: Bool = false) throws -> ModerationReport {
    let log = try ReplayFixture.open()
    let r = ratings ? try ReviewResolver(paths: [ReplayFixture.queuePath]).ratings(for: log.index) : nil
    return ModerationReport(log.index, by: by, ratings: r)
  }

  func row(_ report: ModerationReport, _ key: String) throws -> ReportRow {
    try #require(report.rows.first { $0.key == key })
  }

  @Test func byModerator() throws {
    let report = try makeReport(.moderator)
    #expect(report.rows.map(\.key) == ["ana", "bo"])
    let ana = try row(report, "ana")
    #expect(ana.decisions == 4)
    #expect(ana.accepts == 3 && ana.overrides == 1 && ana.escalations == 0)
    #expect(ana.undos == 1)
    #expect(ana.timedDecisions == 4)
    #expect(ana.medianSeconds == 45)
    #expect(ana.decisionsPerHour == 80)
    #expect(ana.suggested == 4 && ana.overridden == 1)
    #expect(ana.inForce == 3 && ana.rejects == 1)
    let bo = try row(report, "bo")
    #expect(bo.decisions == 2 && bo.escalations == 1 && bo.accepts == 1)
    #expect(bo.timedDecisions == 1)
    #expect(bo.medianSeconds == 90)
    #expect(bo.decisionsPerHour == 40)
    #expect(bo.overrideRate == 0.5)
    #expect(bo.rejectRate == 0.5)
    #expect(report.total.decisions == 6)
    #expect(report.total.medianSeconds == 60)
    #expect(report.total.undos == 1)
    #expect(report.escalationsByReason.map(\.reason) == ["threat"])
    #expect(report.escalationsByReason.map(\.count) == [1])
  }

  @Test func idleLimitChangesWhatIsTimed() throws {
    let log = try ReplayFixture.open()
    let report = ModerationReport(log.index, by: .moderator, idleLimitSeconds: 3600)
    let bo = try row(report, "bo")
    #expect(bo.timedDecisions == 2)
    #expect(bo.medianSeconds == 1765)
  }

  @Test func byCriterion() throws {
    let report = try makeReport(.criterion)
    let phone = try row(report, "pii.phone")
    #expect(phone.decisions == 2 && phone.suggested == 2 && phone.overridden == 0)
    #expect(phone.rejects == 2)
    let profanity = try row(report, "profanity")
    #expect(profanity.suggested == 2 && profanity.overridden == 2)
    #expect(profanity.overrideRate == 1)
    let threat = try row(report, "threat")
    #expect(threat.decisions == 1 && threat.suggested == 0)
    let none = try row(report, "(none)")
    #expect(none.decisions == 2 && none.undos == 1)
    // Both suggested publish citing nothing: counted as suggestions of the (none) row.
    #expect(none.suggested == 2 && none.overridden == 0)
  }

  @Test func byDayAndRating() throws {
    let days = try makeReport(.day)
    #expect(days.rows.map(\.key) == ["2026-11-23"])
    #expect(days.rows.first?.decisions == 6)
    let ratings = try makeReport(.rating, ratings: true)
    #expect(ratings.ratingsKnown)
    let one = try #require(ratings.rejectsByRating.first { $0.rating == "1" })
    #expect(one.inForce == 3 && one.rejects == 2)
    #expect(one.byCriterion == ["pii.phone": 2])
    let five = try #require(ratings.rejectsByRating.first { $0.rating == "5" })
    #expect(five.inForce == 1 && five.rejects == 0)
    #expect(ratings.rejectsByRating.map(\.rating) == ["1", "2", "5"])
    let unknown = try makeReport(.rating)
    #expect(unknown.rows.map(\.key) == ["unknown"])
    #expect(!unknown.ratingsKnown)
  }

  @Test func formats() throws {
    let report = try makeReport(.moderator)
    let csv = report.rendered(as: .csv).split(separator: "\n")
    #expect(csv.first == "moderator,decisions,per_hour,median_s,accept,override,escalate,undo,suggested,overridden,override_rate,in_force,rejects,reject_rate")
    #expect(csv.dropFirst().first == "ana,4,80.0,45.0,3,1,0,1,4,1,25.0%,3,1,33.3%")
    let json = try JSONSerialization.jsonObject(with: Data(report.rendered(as: .json).utf8))
    let object = try #require(json as? [String: Any])
    let total = try #require(object["total"] as? [String: Any])
    #expect(total["decisions"] as? Int == 6)
    let table = report.rendered(as: .table)
    #expect(table.contains("Escalations by reason"))
    #expect(table.contains("star ratings unknown"))
  }
}
