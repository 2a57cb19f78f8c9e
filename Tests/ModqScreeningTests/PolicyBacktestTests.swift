import Foundation
import ModqCore
import Testing
@testable import ModqScreening

/// Backtest on a small known case: the candidate policy runs only pii.phone and pii.email.
/// Logged: case 1 suggested reject [pii.phone] (human rejects citing pii.phone), case 2
/// suggested reject [profanity] (human publishes), case 3 suggested publish (human rejects
/// citing pii.email).
@Suite struct PolicyBacktestTests {
  func engine() throws -> ScreeningEngine {
    let policy = try Policy.load(contentsOf: try #require(DataLocator.defaultPolicy))
    let store = try StoreProfile.load(contentsOf: try #require(DataLocator.defaultStore))
    return try ScreeningEngine(policy: policy, store: store, only: ["pii.phone", "pii.email"])
  }

  static let cases = [
    BacktestCase(
      review: Review(id: "b-1", rating: 1, body: "Call me at (555) 201-7788 about the refund"),
      final: .reject, chosen: ["pii.phone"], suggested: .reject, suggestedCriteria: ["pii.phone"]),
    BacktestCase(
      review: Review(id: "b-2", rating: 5, body: "Comfortable on long hikes, lots of pockets."),
      final: .publish, chosen: [], suggested: .reject, suggestedCriteria: ["profanity"]),
    BacktestCase(
      review: Review(id: "b-3", rating: 4, body: "Questions? write me at jane.doe@example.com"),
      final: .reject, chosen: ["pii.email"], suggested: .publish, suggestedCriteria: []),
  ]

  @Test func comparesCriterionByCriterion() throws {
    let result = PolicyBacktest(cases: Self.cases, engine: try engine())
    #expect(result.cases == 3)
    #expect(result.verdictMatchesOld == 1)
    #expect(result.verdictMatchesNew == 3)
    #expect(result.changedSuggestions == 2)
    let rows = Dictionary(uniqueKeysWithValues: result.rows.map { ($0.criterion, $0) })
    let phone = try #require(rows["pii.phone"])
    #expect(phone.cited == 1 && phone.firedOld == 1 && phone.agreedOld == 1)
    #expect(phone.firedNew == 1 && phone.agreedNew == 1 && phone.missedNew == 0)
    let email = try #require(rows["pii.email"])
    #expect(email.firedOld == 0 && email.missedOld == 1)
    #expect(email.firedNew == 1 && email.agreedNew == 1 && email.missedNew == 0)
    let profanity = try #require(rows["profanity"])
    #expect(profanity.action == nil)
    #expect(profanity.firedOld == 1 && profanity.agreedOld == 0 && profanity.firedNew == 0)
    #expect(result.text.contains("in force 1/3 (33.3%), candidate 3/3 (100.0%)"))
  }

  @Test func aWorseCandidateScoresWorse() throws {
    let policy = try Policy.load(contentsOf: try #require(DataLocator.defaultPolicy))
    let store = try StoreProfile.load(contentsOf: try #require(DataLocator.defaultStore))
    let phoneOnly = try ScreeningEngine(policy: policy, store: store, only: ["pii.phone"])
    let result = PolicyBacktest(cases: Self.cases, engine: phoneOnly)
    #expect(result.verdictMatchesNew == 2)
    let email = try #require(result.rows.first { $0.criterion == "pii.email" })
    #expect(email.firedNew == 0 && email.missedNew == 1)
  }
}
