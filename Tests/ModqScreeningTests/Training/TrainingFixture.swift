import Foundation
import ModqCore

@testable import ModqScreening

/// The default set, the default engine, and small hand-written sets for the training tests.
enum TrainingFixture {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let defaultSet = root.appendingPathComponent("data/training/northpeak-onboarding.yaml")

  static func engine() throws -> ScreeningEngine {
    let policy = try Policy.load(contentsOf: root.appendingPathComponent("data/policy/default.yaml"))
    let store = try StoreProfile.load(contentsOf: root.appendingPathComponent("data/stores/northpeak.yaml"))
    return try ScreeningEngine(policy: policy, store: store)
  }

  static let priceGold = [
    "verdict: reject", "criteria: [price.actual]", "spans:",
    "  - {criterion: \"price.actual\", field: \"body\", start: 5, end: 11, evidence: \"$24.99\"}",
  ]

  /// A one-case set (the case on line 4, review lines from 6, gold lines from 10).
  static func set(
    gold: [String] = priceGold,
    review: [String] = [
      "id: \"t-1\"", "rating: 4", "body: \"Paid $24.99 and it keeps me warm on cold mornings.\"",
    ]
  ) -> String {
    var lines = ["name: \"tiny\"", "description: \"one case\"", "cases:", "  - id: price-01"]
    lines.append("    review:")
    lines += review.map { "      " + $0 }
    lines.append("    gold:")
    lines += gold.map { "      " + $0 }
    lines += [
      "    explanation: \"An actual price is rejected.\"",
      "    source: \"002 Mention of pricing\"", "    tags: [pricing]", "    difficulty: easy",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
