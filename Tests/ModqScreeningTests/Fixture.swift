import Foundation
import ModqCore

@testable import ModqScreening

/// The shipped policy, store and engine, loaded once for all tests.
enum Fixture {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let policyURL = root.appendingPathComponent("data/policy/default.yaml")
  static let storeURL = root.appendingPathComponent("data/stores/northpeak.yaml")
  static let policy: Policy? = try? Policy.load(contentsOf: policyURL)
  static let store: StoreProfile? = try? StoreProfile.load(contentsOf: storeURL)
  static let engine: ScreeningEngine? = {
    guard let policy, let store else { return nil }
    return try? ScreeningEngine(policy: policy, store: store)
  }()

  /// Criteria that fire on a review with this text.
  static func fired(_ body: String, title: String = "", rating: Int = 3, product: String? = nil)
    -> Set<String>
  {
    guard let engine else { return ["<engine failed to load>"] }
    let review = Review(
      id: "t", rating: rating, title: title, body: body, product: Product(id: product))
    return Set(engine.screen(review).findings.map(\.criterion))
  }

  /// The finding for `criterion` on this text, if it fires.
  static func finding(_ criterion: String, _ body: String, title: String = "") -> Finding? {
    guard let engine else { return nil }
    let review = Review(id: "t", rating: 3, title: title, body: body)
    return engine.screen(review).findings.first { $0.criterion == criterion }
  }
}
