/// A criterion parameter as written in the policy YAML, with the line it is on.
public indirect enum ParamValue: Sendable, Hashable {
  case scalar(String, line: Int)
  case list([ParamValue], line: Int)
  case map([String: ParamValue], line: Int)

  public var line: Int {
    switch self {
    case .scalar(_, let line), .list(_, let line), .map(_, let line): line
    }
  }

  /// The scalar text, or nil for a list or map.
  public var scalar: String? {
    if case .scalar(let text, _) = self { return text }
    return nil
  }

  /// Every scalar in a list (or the scalar itself as a one-element list).
  public var scalars: [String]? {
    switch self {
    case .scalar(let text, _): return [text]
    case .list(let items, _):
      var result: [String] = []
      for item in items {
        guard let text = item.scalar else { return nil }
        result.append(text)
      }
      return result
    case .map: return nil
    }
  }
}
