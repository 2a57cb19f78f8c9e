import Foundation
import ModqCore
import Yams

extension TrainingSet {
  /// Reads a training set. Throws a `PolicyError` naming the file and line of the first
  /// structural problem (a missing field, a wrong type, a bad verdict or field name).
  /// Semantic checks against a policy are `TrainingSetChecker`'s job.
  public static func load(contentsOf url: URL) throws -> TrainingSet {
    let file = url.path
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw PolicyError(file: file, line: nil, "cannot read the training set: \(error)")
    }
    return try parse(text, file: file)
  }

  /// Parses set YAML held in memory (`file` names it in errors).
  public static func parse(_ text: String, file: String) throws -> TrainingSet {
    let reader = YAMLReader(file: file)
    let root = try reader.root(text)
    var name = ""
    var description = ""
    var cases: [TrainingCase] = []
    var sawCases = false
    for (key, value) in try reader.members(root, "the training set") {
      switch key {
      case "name": name = try reader.text(value, "name")
      case "description": description = try reader.text(value, "description")
      case "cases":
        sawCases = true
        let loader = TrainingCaseLoader(reader: reader)
        cases = try reader.items(value, "cases").map(loader.load)
      default: break
      }
    }
    guard sawCases else { throw reader.fail(root, "the training set needs a cases list") }
    return TrainingSet(name: name, description: description, file: file, cases: cases)
  }
}

/// Reads one case node.
struct TrainingCaseLoader {
  let reader: YAMLReader

  func load(_ node: Node) throws -> TrainingCase {
    let fields = Dictionary(
      try reader.members(node, "a case").map { ($0.key, $0.value) },
      uniquingKeysWith: { first, _ in first })
    func need(_ key: String) throws -> Node {
      guard let value = fields[key] else { throw reader.fail(node, "case: missing \(key)") }
      return value
    }
    let id = try reader.text(try need("id"), "id")
    let review = try loadReview(try need("review"), caseID: id)
    let gold = try loadGold(try need("gold"), caseID: id)
    let difficultyNode = try need("difficulty")
    let difficultyText = try reader.text(difficultyNode, "difficulty")
    guard let difficulty = TrainingCase.Difficulty(rawValue: difficultyText) else {
      throw reader.fail(
        difficultyNode,
        "case \(id): difficulty must be easy, medium or hard, not '\(difficultyText)'")
    }
    return TrainingCase(
      id: id, review: review, gold: gold,
      explanation: try reader.text(try need("explanation"), "explanation"),
      source: try reader.text(try need("source"), "source"),
      tags: try reader.texts(try need("tags"), "tags"), difficulty: difficulty,
      line: reader.line(node))
  }

  func loadReview(_ node: Node, caseID: String) throws -> Review {
    var review = Review(id: "", rating: 0)
    var hasID = false
    for (key, value) in try reader.members(node, "case \(caseID): review") {
      switch key {
      case "id":
        review.id = try reader.text(value, "review id")
        hasID = true
      case "rating": review.rating = try reader.int(value, "case \(caseID): rating")
      case "title": review.title = try reader.text(value, "title")
      case "body": review.body = try reader.text(value, "body")
      case "verified_purchase":
        review.verifiedPurchase = try reader.text(value, "verified_purchase") == "true"
      case "locale": review.locale = try reader.text(value, "locale")
      case "submitted_at": review.submittedAt = try reader.text(value, "submitted_at")
      case "product":
        for (k, v) in try reader.members(value, "case \(caseID): product") {
          let text = try reader.text(v, "product \(k)")
          switch k {
          case "id": review.product.id = text
          case "name": review.product.name = text
          case "brand": review.product.brand = text
          case "category": review.product.category = text
          default: break
          }
        }
      case "author":
        for (k, v) in try reader.members(value, "case \(caseID): author") {
          let text = try reader.text(v, "author \(k)")
          switch k {
          case "name": review.author.name = text
          case "email": review.author.email = text
          case "id": review.author.id = text
          default: break
          }
        }
      default: break
      }
    }
    guard hasID else { throw reader.fail(node, "case \(caseID): review needs an id") }
    guard (1...5).contains(review.rating) else {
      throw reader.fail(node, "case \(caseID): review rating must be 1-5")
    }
    guard !review.title.isEmpty || !review.body.isEmpty else {
      throw reader.fail(node, "case \(caseID): review needs a title or a body")
    }
    return review
  }

  func loadGold(_ node: Node, caseID: String) throws -> GoldAnswer {
    var verdict: Verdict?
    var criteria: [String] = []
    var spans: [GoldSpan] = []
    for (key, value) in try reader.members(node, "case \(caseID): gold") {
      switch key {
      case "verdict":
        let text = try reader.text(value, "verdict")
        guard let parsed = Verdict(rawValue: text) else {
          throw reader.fail(
            value, "case \(caseID): verdict must be publish, reject or escalate, not '\(text)'")
        }
        verdict = parsed
      case "criteria": criteria = try reader.texts(value, "criteria")
      case "spans":
        spans = try reader.items(value, "spans").map { try loadSpan($0, caseID: caseID) }
      default: break
      }
    }
    guard let verdict else { throw reader.fail(node, "case \(caseID): gold needs a verdict") }
    return GoldAnswer(verdict: verdict, criteria: criteria, spans: spans)
  }

  func loadSpan(_ node: Node, caseID: String) throws -> GoldSpan {
    var members: [String: Node] = [:]
    for (key, value) in try reader.members(node, "case \(caseID): span") { members[key] = value }
    func text(_ key: String) throws -> String {
      guard let value = members[key] else {
        throw reader.fail(node, "case \(caseID): span needs \(key)")
      }
      return try reader.text(value, "span \(key)")
    }
    func int(_ key: String) throws -> Int {
      guard let value = members[key] else {
        throw reader.fail(node, "case \(caseID): span needs \(key) (run training-spans.py write)")
      }
      return try reader.int(value, "case \(caseID): span \(key)")
    }
    let fieldName = try text("field")
    guard let field = ReviewField(rawValue: fieldName) else {
      throw reader.fail(node, "case \(caseID): unknown span field '\(fieldName)'")
    }
    return GoldSpan(
      criterion: try text("criterion"),
      span: Span(field: field, start: try int("start"), end: try int("end")),
      evidence: try text("evidence"), line: reader.line(node))
  }
}
