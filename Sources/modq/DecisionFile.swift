import Foundation
import ModqCore

/// A `decide --from` file: one JSON object per line. Bad lines become `file:line: reason`
/// problems and are skipped; the rest are kept with their line numbers.
struct DecisionFile {
  struct Item {
    var line: Int
    var request: DecisionRequest
  }

  var requests: [Item] = []
  var problems: [String] = []

  static func load(_ path: String) throws -> DecisionFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw AuditError.io(operation: "read", path: path, errno: ENOENT)
    }
    var file = DecisionFile()
    var number = 0
    for raw in data.split(separator: 10, omittingEmptySubsequences: false) {
      number += 1
      if raw.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
      switch parse(Data(raw)) {
      case .success(let request): file.requests.append(Item(line: number, request: request))
      case .failure(let problem): file.problems.append("\(path):\(number): \(problem.reason)")
      }
    }
    return file
  }

  struct Problem: Error {
    var reason: String
  }

  static func parse(_ line: Data) -> Result<DecisionRequest, Problem> {
    guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
      return .failure(Problem(reason: "not a JSON object"))
    }
    guard let review = object["review"] as? String, !review.isEmpty else {
      return .failure(Problem(reason: "missing \"review\" (a string)"))
    }
    guard let text = object["verdict"] as? String, let verdict = Verdict(rawValue: text) else {
      return .failure(Problem(reason: "\"verdict\" must be publish, reject or escalate"))
    }
    let criteria = object["criteria"] ?? [String]()
    guard let list = criteria as? [String] else {
      return .failure(Problem(reason: "\"criteria\" must be a list of strings"))
    }
    if object["note"] != nil && !(object["note"] is String) {
      return .failure(Problem(reason: "\"note\" must be a string"))
    }
    if object["id"] != nil && (object["id"] as? String)?.isEmpty != false {
      return .failure(Problem(reason: "\"id\" must be a non-empty string"))
    }
    return .success(
      DecisionRequest(
        review: review, verdict: verdict, criteria: list, note: object["note"] as? String,
        id: (object["id"] as? String) ?? AuditDraft.newID()))
  }
}
