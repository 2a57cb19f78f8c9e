import Foundation
import ModqCore

/// A `decide --from` file: one JSON object per line. Bad lines become `file:line: reason`
/// problems and are skipped; the rest are kept with their line numbers.
///
/// Lines are read on bytes (`DecisionLineReader`); only a line that is not strict JSON goes
/// through `JSONSerialization`, which accepted some of those (trailing commas) before and still
/// decides them, so no line changes verdict.
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
    [UInt8](data).withUnsafeBufferPointer { bytes in
      var number = 0
      var start = 0
      while start < bytes.count {
        let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
        number += 1
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        start = end + 1
        if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
        switch DecisionLineReader.parse(line) ?? lenient(Data(line)) {
        case .success(let request): file.requests.append(Item(line: number, request: request))
        case .failure(let problem): file.problems.append("\(path):\(number): \(problem.reason)")
        }
      }
    }
    return file
  }

  /// A line that is not strict JSON, read as before with `JSONSerialization`.
  static func lenient(_ line: Data) -> Result<DecisionRequest, DecisionLineProblem> {
    guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
      return .failure(DecisionLineProblem(reason: "not a JSON object"))
    }
    func field(_ key: String) -> DecisionLineReader.Field {
      guard let value = object[key] else { return .absent }
      if let text = value as? String { return .string(text) }
      if value is [Any], let list = value as? [String] { return .strings(list) }
      return .other
    }
    return DecisionLineReader.request(
      review: field("review"), verdict: field("verdict"), criteria: field("criteria"),
      note: field("note"), id: field("id"))
  }
}
