import Foundation
import ModqCore

@testable import ModqScreening

/// The default policy and demo store from the repository's data/, screened with an engine
/// shared by the content-detector tests.
enum ContentFixture {
  static let data = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data")

  static let store: StoreProfile? = try? StoreProfile.load(
    contentsOf: data.appendingPathComponent("stores/northpeak.yaml"))

  static let engine: ScreeningEngine? = {
    guard let store,
      let policy = try? Policy.load(
        contentsOf: data.appendingPathComponent("policy/default.yaml"))
    else { return nil }
    return try? ScreeningEngine(policy: policy, store: store)
  }()

  /// The criteria that fire on one review.
  static func criteria(
    _ body: String, rating: Int = 3, title: String = "", product: String? = nil,
    author: Author = Author()
  ) throws -> Set<String> {
    guard let engine else { throw FixtureError.noEngine }
    let review = Review(
      id: "t-1", rating: rating, title: title, body: body, product: Product(id: product),
      author: author)
    return Set(engine.screen(review).findings.map(\.criterion))
  }

  /// The finding of `id` on one review, if it fires.
  static func finding(
    _ id: String, _ body: String, rating: Int = 3, product: String? = nil
  ) throws -> Finding? {
    guard let engine else { throw FixtureError.noEngine }
    let review = Review(id: "t-1", rating: rating, body: body, product: Product(id: product))
    return engine.screen(review).findings.first { $0.criterion == id }
  }

  /// The sentiment score of a body alone, with the default lexicon.
  static func sentiment(_ text: String) throws -> SentimentScore {
    let lexicon = try ContentLexicon.shared(listsDirectory: data.appendingPathComponent("lists"))
    let review = PreparedReview(review: .init(id: "s", rating: 3, body: text))
    return ContentAnalysis(review, lexicon: lexicon).sentiment
  }

  /// Detector parameters for building one detector directly.
  static func parameters(
    _ id: String, _ values: [String: ParamValue] = [:]
  ) throws -> DetectorParameters {
    guard let store else { throw FixtureError.noEngine }
    return DetectorParameters(
      criterionID: id, values: values, store: store, file: "test.yaml", line: 1,
      listsDirectory: data.appendingPathComponent("lists"))
  }

  enum FixtureError: Error { case noEngine }
}
