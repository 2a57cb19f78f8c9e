import Foundation
import ModqCore
import Testing

@testable import ModqScreening

enum ModqCoreReview {
  static func make(authorEmail: String, authorName: String) -> Review {
    Review(
      id: "a", rating: 5, body: "Warm and light.",
      author: Author(name: authorName, email: authorEmail))
  }
}

/// A queue-wide detector that fires on reviews whose body repeats elsewhere in the queue.
struct SameBodyDetector: QueueDetector {
  var fingerprintWidth: Int { 2 }

  func fingerprint(
    _ review: Review, keys: UnsafeBufferPointer<UInt64>,
    into row: UnsafeMutableBufferPointer<UInt32>
  ) -> Bool {
    let key = WordHash.key(of: Array(review.body.utf8))
    row[0] = UInt32(truncatingIfNeeded: key)
    row[1] = UInt32(truncatingIfNeeded: key >> 32)
    return true
  }

  func groups(_ table: FingerprintTable) -> [[Int]] {
    var byKey: [UInt64: [Int]] = [:]
    table.forEachPresentRow { i, row in
      byKey[UInt64(row[0]) | UInt64(row[1]) << 32, default: []].append(i)
    }
    return byKey.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
  }

  func hit(for review: Review, index: Int, group: [Int], id: (Int) -> String) -> DetectorHit {
    DetectorHit(
      spans: [], evidence: "same body", relatedReviewIDs: group.filter { $0 != index }.map(id))
  }
}

@Suite struct EngineTests {
  func policy(_ yaml: String) throws -> Policy {
    try Policy.parse(
      yaml, file: "test.yaml", directory: Fixture.root.appendingPathComponent("data/policy"))
  }

  @Test func defaultPolicyDefinesEveryCriterionOfTheContract() throws {
    let policy = try #require(Fixture.policy)
    let ids = Set(policy.criteria.map(\.id))
    let required = [
      "unclear.gibberish", "unclear.cynical", "irrelevant.product_name_only",
      "irrelevant.shipping_service", "irrelevant.not_used_yet", "legal.threat",
      "legal.harassment", "legal.hate", "profanity", "competitor.mention",
      "other_product.similar_brand", "pii.card_number", "pii.email", "pii.phone", "pii.address",
      "pii.id_number", "pii.full_name", "consistency.rating_mismatch", "consistency.wrong_product",
      "price.actual", "price.generic_only", "test.review", "integrity.incentivized",
      "integrity.insider", "integrity.extortion", "integrity.feedback_exchange",
      "integrity.duplicate", "service.did_not_order", "service.cancelled_or_out_of_stock",
      "service.frustration_no_cta", "service.damage_minor", "escalate.damaged",
      "escalate.wrong_item", "escalate.not_received", "escalate.account_compromised",
      "escalate.frustration_cta", "escalate.never_again", "escalate.review_tampering",
    ]
    #expect(ids == Set(required))
    #expect(policy.sha256.count == 64)
  }

  @Test func textDetectorExamplesBehave() throws {
    let policy = try #require(Fixture.policy)
    let store = try #require(Fixture.store)
    var mine = policy
    mine.criteria = policy.criteria.filter {
      $0.id == "profanity" || $0.id.hasPrefix("pii.") || $0.id.hasPrefix("legal.")
    }
    let report = PolicyChecker.check(mine, store: store)
    #expect(report.errors.isEmpty, "\(report.errors)")
    #expect(report.failures.isEmpty, "\(report.failures)")
    #expect(report.examplesRun >= 20)
  }

  @Test func unknownParameterIsReportedWithLine() throws {
    let yaml = """
      lists: ../lists
      criteria:
        - id: pii.phone
          action: reject
          explanation: Phone
          detector: pii_phone
          params:
            foo: 1
      """
    let error = #expect(throws: PolicyError.self) {
      try ScreeningEngine(policy: try policy(yaml), store: .empty)
    }
    #expect(error?.description == "test.yaml:8: criterion pii.phone: unknown parameter 'foo'")
  }

  /// `payment_categories` names categories by their cue lists; one without a list is an error,
  /// not a rule that silently never applies.
  @Test func paymentCategoryWithoutACueListIsAnError() throws {
    let yaml = """
      lists: ../lists
      criteria:
        - id: consistency.wrong_product
          action: reject
          explanation: Wrong product
          detector: wrong_product
          params:
            payment_categories: [gift vouchers]
      """
    let error = #expect(throws: PolicyError.self) {
      try ScreeningEngine(policy: try policy(yaml), store: .empty)
    }
    #expect(
      error?.description
        == "test.yaml:8: criterion consistency.wrong_product: parameter 'payment_categories': "
        + "no cue list for category 'gift vouchers'")
  }

  @Test func unknownActionAndMissingListAreErrors() throws {
    let bad =
      "criteria:\n  - id: x\n    action: delete\n    explanation: e\n    detector: profanity\n"
    let error = #expect(throws: PolicyError.self) { try policy(bad) }
    #expect(error?.line == 3)
    let missing = """
      criteria:
        - id: x
          action: reject
          explanation: e
          detector: profanity
          params: {words: no-such-list.txt}
      """
    #expect(throws: PolicyError.self) {
      try ScreeningEngine(policy: try policy(missing), store: .empty)
    }
  }

  @Test func unknownDetectorIsSkippedWithAWarning() throws {
    let yaml = "criteria:\n  - id: x\n    action: reject\n    explanation: e\n    detector: nope\n"
    let engine = try ScreeningEngine(policy: try policy(yaml), store: .empty)
    #expect(engine.warnings.count == 1)
    #expect(engine.screen(Review(id: "r", rating: 5, body: "hi")).verdict == .publish)
  }

  @Test func queueDetectorsSeeTheWholeQueue() throws {
    let yaml =
      "criteria:\n  - id: dup\n    action: reject\n    explanation: e\n    detector: same\n"
    let registry = DetectorRegistry([DetectorRegistration("same") { _ in SameBodyDetector() }])
    let engine = try ScreeningEngine(policy: try policy(yaml), store: .empty, registry: registry)
    let reviews = (0..<600).map {
      Review(id: "r\($0)", rating: 5, body: $0 % 300 == 7 ? "same" : "b\($0)")
    }
    let results = engine.screenQueue(reviews, threads: 2)
    #expect(results.map(\.id) == reviews.map(\.id))
    #expect(results[7].findings.first?.relatedReviewIDs == ["r307"])
    #expect(results[8].findings.isEmpty)
    #expect(engine.screen(reviews[7]).findings.isEmpty)
  }

  @Test func streamingScreenerMatchesTheInMemoryQueue() throws {
    let yaml =
      "criteria:\n  - id: dup\n    action: reject\n    explanation: e\n    detector: same\n"
      + "  - id: p\n    action: reject\n    explanation: e\n    detector: profanity\n"
    let registry = DetectorRegistry(
      [DetectorRegistration("same") { _ in SameBodyDetector() }] + TextDetectors.all)
    let engine = try ScreeningEngine(policy: try policy(yaml), store: .empty, registry: registry)
    let reviews = (0..<600).map {
      Review(id: "r\($0)", rating: 5, body: $0 % 300 == 7 ? "same" : "b\($0) shit")
    }
    let chunks = stride(from: 0, to: reviews.count, by: 250).map {
      Array(reviews[$0..<min($0 + 250, reviews.count)])
    }
    let screener = QueueScreener(engine: engine)
    #expect(screener.needsFingerprintPass)
    for chunk in chunks { screener.addFingerprints(chunk, threads: 2) }
    let members = try screener.resolve()
    #expect(members == [7, 307])
    screener.setIDs(Dictionary(uniqueKeysWithValues: members.map { ($0, reviews[$0].id) }))
    var streamed: [ScreeningResult] = []
    for chunk in chunks { streamed += screener.screen(chunk, threads: 2) }
    let whole = engine.screenQueue(reviews, threads: 1)
    #expect(streamed == whole)
    #expect(streamed[307].findings.first?.relatedReviewIDs == ["r7"])
    #expect(streamed[8].findings.map(\.criterion) == ["p"])
  }

  @Test func hostileInputDoesNotTrap() throws {
    let engine = try #require(Fixture.engine)
    let big = String(repeating: "fuuuuck 555-201-7788 \u{1b}[2J é\u{301} ", count: 30_000)
    let result = engine.screen(Review(id: "h", rating: 1, body: big))
    #expect(result.verdict != .publish)
    #expect(result.findings.allSatisfy { $0.spans.count <= DetectorHit.maxPerField })
    let controls = String(
      decoding: [0x00, 0x07, 0x1B, 0xC3, 0x28, 0xFF, 0x41] as [UInt8], as: UTF8.self)
    let odd = engine.screen(Review(id: "c", rating: 3, body: controls))
    #expect(
      !odd.findings.contains { $0.criterion == "profanity" || $0.criterion.hasPrefix("pii.") })
  }

  @Test func jsonOutputEscapesControlCharacters() {
    let finding = Finding(
      criterion: "profanity", action: .reject, spans: [Span(field: .body, start: 0, end: 4)],
      evidence: "a\u{1b}]0;x\u{7}\u{202e}b\"", explanation: "e")
    let line = ScreeningJSON.line(
      ScreeningResult(id: "r\n1", verdict: .reject, findings: [finding]))
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
    let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    #expect(object?["id"] as? String == "r\n1")
  }

  @Test func findingsMergeAndResolveToReject() throws {
    let engine = try #require(Fixture.engine)
    let result = engine.screen(Review(id: "r", rating: 1, body: "shit. Call 555-201-7788"))
    #expect(result.verdict == ScreeningResult.resolve(result.findings))
    #expect(result.verdict != .publish)
    #expect(Set(result.findings.map(\.criterion)).isSuperset(of: ["profanity", "pii.phone"]))
  }
}
