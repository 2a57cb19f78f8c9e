import Yams

/// Small helpers over Yams nodes that keep file and line for every error.
struct YAMLReader {
  let file: String

  func root(_ text: String) throws -> Node {
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw PolicyError(file: file, line: nil, "the file is empty")
      }
      return node
    } catch let error as PolicyError {
      throw error
    } catch {
      throw PolicyError(file: file, line: nil, "not valid YAML: \(error)")
    }
  }

  func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

  func fail(_ node: Node, _ message: String) -> PolicyError {
    PolicyError(file: file, line: line(node), message)
  }

  /// The members of a mapping, in file order.
  func members(_ node: Node, _ what: String) throws -> [(key: String, value: Node)] {
    guard let mapping = node.mapping else { throw fail(node, "\(what) must be a mapping") }
    var result: [(key: String, value: Node)] = []
    for (key, value) in mapping {
      guard let name = key.string else { throw fail(key, "\(what): keys must be text") }
      result.append((name, value))
    }
    return result
  }

  func items(_ node: Node, _ what: String) throws -> [Node] {
    guard let sequence = node.sequence else { throw fail(node, "\(what) must be a list") }
    return Array(sequence)
  }

  func text(_ node: Node, _ what: String) throws -> String {
    guard case .scalar(let scalar) = node else { throw fail(node, "\(what) must be text") }
    return scalar.string
  }

  func texts(_ node: Node, _ what: String) throws -> [String] {
    if case .scalar(let scalar) = node { return scalar.string.isEmpty ? [] : [scalar.string] }
    return try items(node, what).map { try text($0, what) }
  }

  func int(_ node: Node, _ what: String) throws -> Int {
    guard let value = Int(try text(node, what)) else {
      throw fail(node, "\(what) must be an integer")
    }
    return value
  }

  func param(_ node: Node) -> ParamValue {
    switch node {
    case .scalar(let scalar): return .scalar(scalar.string, line: line(node))
    case .sequence(let sequence): return .list(sequence.map(param), line: line(node))
    case .mapping(let mapping):
      var result: [String: ParamValue] = [:]
      for (key, value) in mapping { result[key.string ?? ""] = param(value) }
      return .map(result, line: line(node))
    case .alias: return .scalar("", line: line(node))
    }
  }
}
