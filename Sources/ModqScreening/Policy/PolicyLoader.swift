import Foundation
import ModqCore
import Yams

extension Policy {
  /// Loads and validates the structure of a policy file (detectors are built by the engine).
  public static func load(contentsOf url: URL) throws -> Policy {
    let file = url.path
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw PolicyError(file: file, line: nil, "cannot read the policy file")
    }
    let text = String(decoding: data, as: UTF8.self)
    return try parse(text, data: data, file: file, directory: url.deletingLastPathComponent())
  }

  /// Parses policy YAML; `directory` is where relative list paths start.
  public static func parse(
    _ text: String, data: Data? = nil, file: String, directory: URL
  ) throws -> Policy {
    let yaml = YAMLReader(file: file)
    var name = "policy"
    var lists = "../lists"
    var criteria: [Criterion] = []
    var seen: [String: Int] = [:]
    for (key, value) in try yaml.members(try yaml.root(text), "the policy") {
      switch key {
      case "name": name = try yaml.text(value, "name")
      case "lists": lists = try yaml.text(value, "lists")
      case "version": _ = try yaml.text(value, "version")
      case "criteria":
        for item in try yaml.items(value, "criteria") {
          let criterion = try parseCriterion(item, yaml)
          if let first = seen[criterion.id] {
            throw yaml.fail(
              item, "criterion \(criterion.id) is defined twice (first on line \(first))")
          }
          seen[criterion.id] = criterion.line
          criteria.append(criterion)
        }
      default: throw yaml.fail(value, "unknown policy setting '\(key)'")
      }
    }
    let listsDirectory = URL(fileURLWithPath: lists, relativeTo: directory).standardizedFileURL
    var policy = Policy(
      name: name, file: file, listsDirectory: listsDirectory, criteria: criteria, sha256: "")
    policy.sha256 = Policy.hash(
      policyBytes: data ?? Data(text.utf8), listsDirectory: listsDirectory,
      listFiles: Array(Set(policy.listFiles + Policy.dataFiles(listsDirectory: listsDirectory))).sorted())
    return policy
  }

  private static func parseCriterion(_ node: Node, _ yaml: YAMLReader) throws -> Criterion {
    var criterion = Criterion(
      id: "", action: .reject, explanation: "", detector: "", line: yaml.line(node))
    var sawAction = false
    for (key, value) in try yaml.members(node, "a criterion") {
      switch key {
      case "id": criterion.id = try yaml.text(value, "id")
      case "title": criterion.title = try yaml.text(value, "title")
      case "action":
        let word = try yaml.text(value, "action")
        guard let verdict = Verdict(rawValue: word), verdict != .publish else {
          throw yaml.fail(value, "unknown action '\(word)' (use reject or escalate)")
        }
        criterion.action = verdict
        sawAction = true
      case "source": criterion.source = try yaml.text(value, "source")
      case "explanation": criterion.explanation = try yaml.text(value, "explanation")
      case "detector": criterion.detector = try yaml.text(value, "detector")
      case "params":
        if case .map(let members, _) = yaml.param(value) {
          criterion.params = members
        } else if value.string != "" {
          throw yaml.fail(value, "params must be a mapping")
        }
      case "exceptions": criterion.exceptions = try yaml.texts(value, "exceptions")
      case "examples": criterion.examples = try parseExamples(value, yaml)
      default: throw yaml.fail(value, "unknown criterion setting '\(key)'")
      }
    }
    let label = criterion.id.isEmpty ? "a criterion" : "criterion \(criterion.id)"
    if criterion.id.isEmpty { throw yaml.fail(node, "a criterion needs an id") }
    if !sawAction { throw yaml.fail(node, "\(label) needs an action (reject or escalate)") }
    if criterion.detector.isEmpty { throw yaml.fail(node, "\(label) needs a detector") }
    if criterion.explanation.isEmpty { throw yaml.fail(node, "\(label) needs an explanation") }
    return criterion
  }

  private static func parseExamples(_ node: Node, _ yaml: YAMLReader) throws -> [PolicyExample] {
    var result: [PolicyExample] = []
    for (key, value) in try yaml.members(node, "examples") {
      guard let expectation = PolicyExample.Expectation(rawValue: key) else {
        throw yaml.fail(value, "examples: use 'fire' and 'pass', not '\(key)'")
      }
      for item in try yaml.items(value, "examples.\(key)") {
        var others: [Review] = []
        let review = try parseReview(item, yaml, id: "example-\(yaml.line(item))", others: &others)
        result.append(
          PolicyExample(
            expectation: expectation, review: review, others: others, line: yaml.line(item)))
      }
    }
    return result
  }

  private static func parseReview(
    _ node: Node, _ yaml: YAMLReader, id: String, others: inout [Review]
  ) throws -> Review {
    if case .scalar(let scalar) = node { return Review(id: id, rating: 3, body: scalar.string) }
    var review = Review(id: id, rating: 3)
    for (key, value) in try yaml.members(node, "an example") {
      switch key {
      case "id": review.id = try yaml.text(value, "id")
      case "rating":
        review.rating = try yaml.int(value, "rating")
        if !(1...5).contains(review.rating) { throw yaml.fail(value, "rating must be 1 to 5") }
      case "title": review.title = try yaml.text(value, "title")
      case "body": review.body = try yaml.text(value, "body")
      case "product": review.product.id = try yaml.text(value, "product")
      case "author": try parseAuthor(value, yaml, into: &review.author)
      case "verified_purchase": review.verifiedPurchase = value.bool
      case "others":
        for (k, other) in try yaml.items(value, "others").enumerated() {
          var nested: [Review] = []
          others.append(try parseReview(other, yaml, id: "\(id)-other-\(k + 1)", others: &nested))
        }
      default: throw yaml.fail(value, "unknown example field '\(key)'")
      }
    }
    return review
  }

  private static func parseAuthor(_ node: Node, _ yaml: YAMLReader, into author: inout Author)
    throws
  {
    for (key, value) in try yaml.members(node, "author") {
      switch key {
      case "name": author.name = try yaml.text(value, "author.name")
      case "email": author.email = try yaml.text(value, "author.email")
      case "id": author.id = try yaml.text(value, "author.id")
      default: throw yaml.fail(value, "unknown author field '\(key)'")
      }
    }
  }
}
