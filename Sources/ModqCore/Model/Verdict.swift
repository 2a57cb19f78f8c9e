/// What happens to a review: it is published, rejected, or escalated to customer support.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case publish
  case reject
  case escalate

  /// Resolution order from criteria.md: escalate beats reject beats publish.
  public var precedence: Int {
    switch self {
    case .publish: 0
    case .reject: 1
    case .escalate: 2
    }
  }

  public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.precedence < rhs.precedence }
}
